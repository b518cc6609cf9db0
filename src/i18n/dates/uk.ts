import type { DatePhrases } from '../date-phrases.js';
import { dayMonth, monthName } from '../intl.js';

// Forms Intl lacks: locative months ("у квітні"); seasons as adverb, genitive, nominative.
const inMonth = 'січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді грудні'.split(' ');
const seasons = ['навесні влітку восени взимку', 'весни літа осені зими', 'весна літо осінь зима'].map((s) => s.split(' '));

/**
 * Ukrainian: "29 квітня 2020 р.", "у квітні 2020 р.", "у 2020 р.", "навесні 2020 р.";
 * genitive (from Intl) after "наприкінці", "з", "до"; nominative in dash
 * ranges, where years are plural ("2019–2020 рр.").
 */
export const phrases: DatePhrases = {
  point: (p, role, cut) => {
    const at = role === 'at';
    const name = p.day
      ? dayMonth('uk', p.month!, p.day)
      : p.month
        ? at
          ? 'у ' + inMonth[p.month - 1]
          : monthName('uk', p.month, role !== 'span')
        : p.season
          ? seasons[at ? 0 : role === 'span' ? 2 : 1][p.season - 1]
          : at
            ? 'у'
            : '';
    const year = `${p.year} ${role === 'span' && !name ? 'рр.' : 'р.'}`;
    return cut ? name : name ? `${name} ${year}` : year;
  },
  early: 'на початку %',
  mid: 'у середині %',
  late: 'наприкінці %',
  from: 'з %',
  until: 'до %',
  about: 'приблизно %',
  maybe: 'можливо, %',
  // у/в alternation, once the whole phrase is known: "в" after a vowel
  // ("приблизно в квітні"), "у" after a consonant or a pause ("можливо, у квітні")
  // and always before в, ф, льв, св, тв, хв ("приблизно у вересні").
  finish: (s) => s.replace(/([аеєиіїоуюя]) у (?![вф]|льв|св|тв|хв)/g, '$1 в '),
};
