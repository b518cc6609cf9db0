/**
 * The language links of the site's pages (landing, index and embed pages
 * alike): each language named in itself, so a reader finds their own.
 */
import { type Locale, localeRow } from '../../../src/core.js';

/** The language's name in that language (its tag for one without a row in the locale table). */
export const languageName = (locale: string): string => localeRow(locale)?.name ?? locale;

/** A link to the same page in each of the site's other languages; `href` gives that language's address of the page. */
export function otherLanguageLinks(locale: Locale, locales: readonly Locale[], href: (other: Locale) => string): string[] {
  return locales
    .filter((other) => other !== locale)
    .map((other) => `<a href="${href(other)}" hreflang="${other}" lang="${other}">${languageName(other)}</a>`);
}
