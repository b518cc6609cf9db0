import type { DatePhrases } from '../date-phrases.js';

// Intl gives Latvian months only in the nominative ("aprīlis"); phrases need
// locative (alone: "aprīlī"), genitive ("aprīļa beigās", "no … aprīļa") and
// dative ("līdz … aprīlim", built from the locative stem).
const inMonth = 'janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī'.split(' ');
const months = [
  inMonth,
  'janvāra februāra marta aprīļa maija jūnija jūlija augusta septembra oktobra novembra decembra'.split(' '),
  inMonth.map((m) => m.slice(0, -1) + (m.endsWith('ī') ? 'im' : 'am')),
];
const seasons = ['pavasarī vasarā rudenī ziemā', 'pavasara vasaras rudens ziemas', 'pavasarim vasarai rudenim ziemai'].map((s) => s.split(' '));
const years = ['gadā', 'gada', 'gadam'];

/**
 * Latvian, year first: "2020. gada 29. aprīlī", "2020. gadā"; genitive after
 * "no" and before "beigās", dative after "līdz". A dash joins only years and
 * days of one month ("2019.–2020. gadā", "2020. gada 27.–30. aprīlī"); other
 * ranges say "no … līdz …".
 */
export const phrases: DatePhrases = {
  point: ({ year, month, day, season }, role, cut) => {
    const c = role === 'at' || role === 'span' ? 0 : role === 'until' || role === 'to' ? 2 : 1;
    const name = month ? months[c][month - 1] : season ? seasons[c][season - 1] : '';
    return (cut ? '' : `${year}. ${name ? 'gada ' : years[c]}`) + (day ? `${day}. ` : '') + name;
  },
  early: '% sākumā',
  mid: '% vidū',
  late: '% beigās',
  from: 'no %',
  until: 'līdz %',
  about: 'aptuveni %',
  maybe: 'iespējams, %',
  yearFirst: true,
  dash: 'yd',
  spaced: '',
};
