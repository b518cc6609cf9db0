import type { Point } from '../../feed/edtf.js';
import type { DatePhrases } from '../date-phrases.js';
import { dayMonth, monthName } from '../intl.js';

/**
 * A point as a label, year last: "29 April 2020", "April", "spring 2020"
 * (`seasons`), "2020". Intl gives day and month; `year` is appended unless `cut`.
 */
export const label = (locale: string, seasons: readonly string[], p: Point, cut?: boolean, year = `${p.year}`) => {
  const name = p.day ? dayMonth(locale, p.month!, p.day) : p.month ? monthName(locale, p.month) : p.season ? seasons[p.season - 1] : '';
  return cut ? name : name ? `${name} ${year}` : year;
};

const seasons = ['spring', 'summer', 'autumn', 'winter'];

/** English, day–month order as in en-GB ("29 April 2020", see dateFormat). No cases: every role reads the same. */
export const phrases: DatePhrases = {
  point: (p, _role, cut) => label('en', seasons, p, cut),
  early: 'early %',
  mid: 'mid-%',
  late: 'late %',
  from: 'from %',
  until: 'until %',
  to: 'to %',
  about: 'about %',
  maybe: 'possibly %',
  inner: true,
};
