import type { DatePhrases } from '../dates.js';
import { dayMonth, monthName } from '../intl.js';

// Seasons (Intl has none): accusative of time ("pavasarį"), genitive, nominative.
const seasons = ['pavasarį vasarą rudenį žiemą', 'pavasario vasaros rudens žiemos', 'pavasaris vasara ruduo žiema'].map((s) => s.split(' '));

/** Lithuanian, year first: "2020 m. balandžio 29 d.", "2020 m. balandžio mėn.", "2020 m. pavasarį"; genitive after "nuo", "iki" and before "pabaigoje". */
export const phrases: DatePhrases = {
  point: (p, role, cut) => {
    const c = role === 'at' ? 0 : role === 'a' || role === 'b' ? 2 : 1;
    const name = p.day
      ? dayMonth('lt', p.month!, p.day)
      : p.month
        ? c > 1
          ? monthName('lt', p.month)
          : monthName('lt', p.month, true) + (c ? '' : ' mėn.')
        : p.season
          ? seasons[c][p.season - 1]
          : '';
    return cut ? name : `${p.year} m.${name && ' ' + name}`;
  },
  early: '% pradžioje',
  mid: '% viduryje',
  late: '% pabaigoje',
  from: 'nuo %',
  until: 'iki %',
  range: '% – %',
  about: 'apytiksliai %',
  maybe: 'galbūt %',
  yearFirst: true,
};
