/**
 * The language links of the site's pages (landing, index and embed pages
 * alike): each language named in itself, so a reader finds their own.
 */
import type { Locale } from '../../../src/i18n/messages.js';

const languageNames: Record<string, string> = { lv: 'Latviešu', en: 'English', ru: 'Русский', lt: 'Lietuvių', et: 'Eesti', uk: 'Українська' };

/** The language's name in that language (its tag for one without a name here). */
export const languageName = (locale: string): string => languageNames[locale] ?? locale;

/** A link to the same page in each of the site's other languages; `href` gives that language's address of the page. */
export function otherLanguageLinks(locale: Locale, locales: readonly Locale[], href: (other: Locale) => string): string[] {
  return locales
    .filter((other) => other !== locale)
    .map((other) => `<a href="${href(other)}" hreflang="${other}" lang="${other}">${languageName(other)}</a>`);
}
