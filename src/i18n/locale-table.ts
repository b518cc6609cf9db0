/**
 * What the command's site and Storybook need to know of each locale, in one
 * place beside `supportedLocales` (src/i18n/messages.ts): its name in its own
 * language and its Open Graph locale. Typed against `Locale`, so a code added
 * to `targetLocales` in lit-localize.json fails the typecheck until it has a
 * row here. The widgets' bundle never imports it (it would cost the kit its
 * bytes); the widgets' own per-locale knowledge is listed in CONTRIBUTING.md,
 * "Add a locale".
 */
import type { Locale } from './messages.js';

export interface LocaleRow {
  /** The language's name in itself, as a reader looks for it: "Latviešu". */
  name: string;
  /** The Open Graph locale of a page in it (`og:locale`): language_TERRITORY. */
  openGraph: string;
}

/** In the order a chooser offers them: Latvian, English and Russian first. */
export const localeTable = {
  lv: { name: 'Latviešu', openGraph: 'lv_LV' },
  en: { name: 'English', openGraph: 'en_GB' },
  ru: { name: 'Русский', openGraph: 'ru_RU' },
  lt: { name: 'Lietuvių', openGraph: 'lt_LT' },
  et: { name: 'Eesti', openGraph: 'et_EE' },
  uk: { name: 'Українська', openGraph: 'uk_UA' },
} as const satisfies Record<Locale, LocaleRow>;

/** The row of `locale`, or undefined for a tag kopiena has no messages for. */
export const localeRow = (locale: string): LocaleRow | undefined => (Object.hasOwn(localeTable, locale) ? localeTable[locale as Locale] : undefined);
