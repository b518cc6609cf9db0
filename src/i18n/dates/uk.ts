import type { DatePhrases } from '../dates.js';
import { monthName } from '../intl.js';
import { label } from './en.js';

// Forms Intl lacks: locative months ("у квітні"); seasons as adverb, genitive, nominative.
const inMonth = 'січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді грудні'.split(' ');
const seasons = ['навесні влітку восени взимку', 'весни літа осені зими', 'весна літо осінь зима'].map((s) => s.split(' '));

/** Ukrainian: "29 квітня 2020 р.", "у квітні 2020 р.", "у 2020 р.", "навесні 2020 р."; genitive (from Intl) after "наприкінці", "з", "до". */
export const phrases: DatePhrases = {
  point: (p, role, cut) => {
    const year = `${p.year} р.`;
    if (role === 'a' || role === 'b' || p.day) return label('uk', seasons[2], p, cut, year);
    const at = role === 'at';
    const name = p.month ? (at ? 'у ' + inMonth[p.month - 1] : monthName('uk', p.month, true)) : p.season ? seasons[at ? 0 : 1][p.season - 1] : at ? 'у' : '';
    return name ? `${name} ${year}` : year;
  },
  early: 'на початку %',
  mid: 'у середині %',
  late: 'наприкінці %',
  from: 'з %',
  until: 'до %',
  range: '% – %',
  about: 'приблизно %',
  maybe: 'можливо, %',
};
