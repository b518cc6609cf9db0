import type { DatePhrases } from '../dates.js';
import { monthName } from '../intl.js';
import { label } from './en.js';

// Forms Intl lacks: prepositional months ("в апреле"); seasons as adverb (instrumental), genitive, nominative.
const inMonth = 'январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре'.split(' ');
const seasons = ['весной летом осенью зимой', 'весны лета осени зимы', 'весна лето осень зима'].map((s) => s.split(' '));

/** Russian: "29 апреля 2020 г.", "в апреле 2020 г.", "в 2020 г.", "весной 2020 г."; genitive (from Intl) after "в конце", "с", "до". */
export const phrases: DatePhrases = {
  point: (p, role, cut) => {
    const year = `${p.year} г.`;
    if (role === 'a' || role === 'b' || p.day) return label('ru', seasons[2], p, cut, year);
    const at = role === 'at';
    const name = p.month ? (at ? 'в ' + inMonth[p.month - 1] : monthName('ru', p.month, true)) : p.season ? seasons[at ? 0 : 1][p.season - 1] : at ? 'в' : '';
    return name ? `${name} ${year}` : year;
  },
  early: 'в начале %',
  mid: 'в середине %',
  late: 'в конце %',
  from: 'с %',
  until: 'до %',
  range: '% – %',
  about: 'примерно %',
  maybe: 'возможно, %',
};
