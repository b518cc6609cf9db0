/** The publication date of a release as the locale writes it in a date line. */
import { dateFormat } from './intl.js';

/**
 * Locales whose press releases carry a numeric date ("07.05.2020.");
 * the others spell the month out ("7 May 2020").
 */
const numeric = new Set(['lv', 'ru', 'uk', 'et', 'lt']);

/**
 * Formats an ISO `published` value by its calendar date, whatever the reader's
 * time zone. Built from Intl's parts without a closing literal: some engines
 * end a Latvian date with a dot ("07.05.2020."), others not, and the date
 * line's message adds the locale's own ending ("Preses relīze 07.05.2020.").
 */
export function formatPublished(published: string, locale: string): string {
  const date = new Date(`${published.slice(0, 10)}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions = numeric.has(locale)
    ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }
    : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  const parts = dateFormat(locale, options).formatToParts(date);
  if (parts.at(-1)!.type === 'literal') parts.pop();
  return parts.map((part) => part.value).join('');
}
