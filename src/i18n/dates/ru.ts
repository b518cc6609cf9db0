import type { DatePhrases } from '../date-phrases.js';
import { dayMonth, monthName } from '../intl.js';

// Forms Intl lacks: prepositional months ("в апреле"); seasons as adverb
// (instrumental), genitive, nominative and accusative ("по весну").
const inMonth = 'январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре'.split(' ');
const seasons = ['весной летом осенью зимой', 'весны лета осени зимы', 'весна лето осень зима', 'весну лето осень зиму'].map((s) => s.split(' '));

/**
 * Russian: "29 апреля 2020 г.", "в апреле 2020 г.", "в 2020 г.", "весной 2020 г.";
 * genitive (from Intl) after "в конце", "с", "до"; accusative after "по"
 * ("с 27 апреля по май 2020 г."); nominative in dash ranges, where years are plural ("2019–2020 гг.").
 */
export const phrases: DatePhrases = {
  point: (p, role, cut) => {
    const at = role === 'at';
    const plain = role === 'span' || role === 'to';
    const name = p.day
      ? dayMonth('ru', p.month!, p.day)
      : p.month
        ? at
          ? 'в ' + inMonth[p.month - 1]
          : monthName('ru', p.month, !plain)
        : p.season
          ? seasons[at ? 0 : role === 'span' ? 2 : role === 'to' ? 3 : 1][p.season - 1]
          : at
            ? 'в'
            : '';
    const year = `${p.year} ${role === 'span' && !name ? 'гг.' : 'г.'}`;
    return cut ? name : name ? `${name} ${year}` : year;
  },
  early: 'в начале %',
  mid: 'в середине %',
  late: 'в конце %',
  from: 'с %',
  until: 'до %',
  to: 'по %',
  about: 'примерно %',
  maybe: 'возможно, %',
};
