import type { Point } from '../../feed/edtf.js';
import type { DatePhrases } from '../dates.js';
import { dayMonth, monthName } from '../intl.js';

/**
 * A point as a label, year last: "29 April 2020", "April", "spring 2020"
 * (`seasons`), "2020". Intl gives day and month; `year` is appended unless
 * `cut`; with `cut` 2 only the day, plus `dot` ("27." in Estonian).
 */
export const label = (locale: string, seasons: readonly string[], p: Point, cut: number, year = `${p.year}`, dot = '') => {
  const name =
    cut > 1 ? p.day + dot : p.day ? dayMonth(locale, p.month!, p.day) : p.month ? monthName(locale, p.month) : p.season ? seasons[p.season - 1] : '';
  return cut ? name : name ? `${name} ${year}` : year;
};

const seasons = ['spring', 'summer', 'autumn', 'winter'];

/** English, day–month order as in en-GB ("29 April 2020"). No cases: every role reads the same. */
export const phrases: DatePhrases = {
  point: (p, _role, cut) => label('en-GB', seasons, p, cut),
  early: 'early %',
  mid: 'mid-%',
  late: 'late %',
  from: 'from %',
  until: 'until %',
  range: '% – %',
  about: 'about %',
  maybe: 'possibly %',
  inner: true,
};
