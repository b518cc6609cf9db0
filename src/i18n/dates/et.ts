import type { DatePhrases } from '../dates.js';
import { label } from './en.js';

// Intl has only the nominative. Genitive stems; the other cases add an ending:
// -s inessive ("aprillis"), -l adessive ("29. aprillil", "kevadel", "aastal"), -st elative, -ni terminative.
const months = 'jaanuari veebruari märtsi aprilli mai juuni juuli augusti septembri oktoobri novembri detsembri'.split(' ');
const seasons = ['kevade suve sügise talve', 'kevad suvi sügis talv'].map((s) => s.split(' '));
const endings = { at: 'l', of: '', from: 'st', until: 'ni' };

/** Estonian: "29. aprillil 2020", "aprillis 2020", "2020. aastal", "2020. aasta kevadel", "2020. aasta aprilli lõpus". */
export const phrases: DatePhrases = {
  point: (p, role, cut) => {
    if (role === 'a' || role === 'b') return label('et', seasons[1], p, cut, undefined, '.');
    const { year, month, day, season } = p;
    const ending = role === 'at' && month && !day ? 's' : endings[role];
    if (month && (day || role !== 'of')) return `${day ? day + '. ' : ''}${months[month - 1]}${ending} ${year}`;
    return `${year}. aasta${month ? ' ' + months[month - 1] : season ? ' ' + seasons[0][season - 1] : ''}${ending}`;
  },
  early: '% alguses',
  mid: '% keskel',
  late: '% lõpus',
  from: 'alates %',
  until: 'kuni %',
  range: '% – %',
  about: 'umbes %',
  maybe: 'võib-olla %',
};
