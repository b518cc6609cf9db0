import type { DatePhrases } from '../date-phrases.js';
import { dayMonth, monthName } from '../intl.js';

// Seasons (Intl has none): accusative of time ("pavasarį") and genitive.
const seasons = ['pavasarį vasarą rudenį žiemą', 'pavasario vasaros rudens žiemos'].map((s) => s.split(' '));

/**
 * Lithuanian, year first: "2020 m. balandžio 29 d.", "2020 m. balandžio mėn.",
 * "2020 m. pavasarį"; genitive after "nuo", "iki" and before "pabaigoje".
 * Dash ranges: "2020 m. balandžio 27–30 d.", "2020 m. balandžio–gegužės mėn.",
 * "2019–2020 m."; seasons take "nuo … iki …".
 */
export const phrases: DatePhrases = {
  point: (p, role, cut) => {
    const at = role === 'at' || role === 'span';
    const name = p.day
      ? dayMonth('lt', p.month!, p.day)
      : p.month
        ? monthName('lt', p.month, true) + (at ? ' mėn.' : '')
        : p.season
          ? seasons[at ? 0 : 1][p.season - 1]
          : '';
    return cut ? name : `${p.year} m.${name && ' ' + name}`;
  },
  early: '% pradžioje',
  mid: '% viduryje',
  late: '% pabaigoje',
  from: 'nuo %',
  until: 'iki %',
  // "maždaug" for a time; "apytiksliai" is for quantities.
  about: 'maždaug %',
  maybe: 'galbūt %',
  yearFirst: true,
  dash: 'ymd',
};
