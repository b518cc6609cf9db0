/**
 * Cached `Intl` objects. Building a formatter costs far more than using one,
 * and a feed formats many dates and numbers: one instance per kind, locale
 * and options. Pure, no DOM: works in Node and during SSR.
 */
import { measure } from '../shared/timing.js';
const cache = new Map<string, unknown>();

function cached<T, O>(Ctor: new (locale: string, options?: O) => T, locale: string, options?: O): T {
  const key = `${Ctor.name} ${locale} ${JSON.stringify(options)}`;
  let instance = cache.get(key) as T | undefined;
  if (!instance) {
    const start = globalThis.KOPIENA_TIMING ? performance.now() : 0;
    cache.set(key, (instance = new Ctor(locale, options)));
    if (globalThis.KOPIENA_TIMING) measure(`Intl ${Ctor.name}`, start);
  }
  return instance;
}

/** Dates as `locale` writes them; English in British (and European) day–month order: "7 May 2020". */
export const dateFormat = (locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached(Intl.DateTimeFormat, locale === 'en' ? 'en-GB' : locale, options);

export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat => cached(Intl.NumberFormat, locale, options);

export const pluralRules = (locale: string, options?: Intl.PluralRulesOptions): Intl.PluralRules => cached(Intl.PluralRules, locale, options);

/** UTC ms of a day in leap year 2000 (29 February exists), for names only. */
const date = (month: number, day = 1) => Date.UTC(2000, month - 1, day);
const dayMonthFormat = (locale: string) => dateFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** Day and month as the locale writes them: "29 April", "29 апреля", "balandžio 29 d.". Month 1–12. */
export const dayMonth = (locale: string, month: number, day: number): string => dayMonthFormat(locale).format(date(month, day));

/**
 * A month's name (1–12): standalone ("апрель", "balandis"), or with `inDate`
 * the form it takes beside a day number ("апреля", "balandžio": genitive).
 */
export const monthName = (locale: string, month: number, inDate?: boolean): string =>
  inDate
    ? dayMonthFormat(locale)
        .formatToParts(date(month))
        .find((part) => part.type === 'month')!.value
    : dateFormat(locale, { month: 'long', timeZone: 'UTC' }).format(date(month));

/** A month of a year (month 1–12), as a timeline's group heading says it: "April 2020", "апрель 2020 г.". */
export const yearMonth = (locale: string, year: number, month: number): string =>
  dateFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1));
