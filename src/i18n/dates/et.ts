import type { DatePhrases } from '../date-phrases.js';
import { label } from './en.js';

// Intl has only the nominative. Genitive stems; the other cases add an ending:
// -s inessive ("aprillis"), -l adessive ("29. aprillil", "kevadel", "aastal"), -st elative, -ni terminative.
const months = 'jaanuari veebruari märtsi aprilli mai juuni juuli augusti septembri oktoobri novembri detsembri'.split(' ');
const seasons = ['kevade suve sügise talve', 'kevad suvi sügis talv'].map((s) => s.split(' '));
const endings = { at: 'l', of: '', from: 'st', until: 'ni', to: 'ni' };

/**
 * Estonian: "29. aprillil 2020", "aprillis 2020", "2020. aastal", "2020. aasta kevadel",
 * "2020. aasta aprilli lõpus"; dash ranges in the nominative ("27.–30. aprill 2020").
 */
export const phrases: DatePhrases = {
  point: (p, role, cut) => {
    if (role === 'span') return label('et', seasons[1], p, cut);
    const { year, month, day, season } = p;
    const ending = role === 'at' && month && !day ? 's' : endings[role];
    const name = month ? months[month - 1] : season ? seasons[0][season - 1] : '';
    if (month && (day || role !== 'of')) return `${day ? day + '. ' : ''}${name}${ending}${cut ? '' : ' ' + year}`;
    return cut ? name + ending : `${year}. aasta${name && ' ' + name}${ending}`;
  },
  early: '% alguses',
  mid: '% keskel',
  late: '% lõpus',
  from: 'alates %',
  until: 'kuni %',
  about: 'umbes %',
  maybe: 'võib-olla %',
};
