import { expect } from '@open-wc/testing';
import { parseWhen, type Part } from '../feed/edtf.js';
import { addDatePhrases, formatWhen } from './dates.js';
import { phrases as et } from './dates/et.js';
import { phrases as lt } from './dates/lt.js';
import { phrases as lv } from './dates/lv.js';
import { phrases as ru } from './dates/ru.js';
import { phrases as uk } from './dates/uk.js';

// Single dates in every locale (ranges: date-ranges.test.ts). In the widgets
// the wording arrives with each locale's lazy chunk (messages.ts).
for (const [locale, phrases] of Object.entries({ et, lt, lv, ru, uk })) addDatePhrases(locale, phrases);

const say = (locale: string, when: string, part?: Part) => formatWhen(parseWhen(when, part)!, locale);

/** [when, part, expected] per locale */
type Case = [string, Part | undefined, string];

const expectations: Record<string, Case[]> = {
  en: [
    ['2020-04-29', undefined, '29 April 2020'],
    ['2020-04', undefined, 'April 2020'],
    ['2020', undefined, '2020'],
    ['2020-21', undefined, 'spring 2020'],
    ['2020-22', undefined, 'summer 2020'],
    ['2020-23', undefined, 'autumn 2020'],
    ['2020-24', undefined, 'winter 2020'],
    ['2020-04', 'late', 'late April 2020'],
    ['2020-04', 'mid', 'mid-April 2020'],
    ['2020', 'early', 'early 2020'],
    ['2020', 'mid', 'mid-2020'],
    ['2020-21', 'late', 'late spring 2020'],
    ['2020-04~', undefined, 'about April 2020'],
    ['2020-04?', undefined, 'possibly April 2020'],
    ['2020-04%', undefined, 'possibly about April 2020'],
  ],
  lv: [
    ['2020-04-29', undefined, '2020. gada 29. aprīlī'],
    ['2020-04', undefined, '2020. gada aprīlī'],
    ['2020', undefined, '2020. gadā'],
    ['2020-21', undefined, '2020. gada pavasarī'],
    ['2020-22', undefined, '2020. gada vasarā'],
    ['2020-23', undefined, '2020. gada rudenī'],
    ['2020-24', undefined, '2020. gada ziemā'],
    ['2020-04', 'late', '2020. gada aprīļa beigās'],
    ['2020-05', 'mid', '2020. gada maija vidū'],
    ['2020', 'early', '2020. gada sākumā'],
    ['2020', 'mid', '2020. gada vidū'],
    ['2020-21', 'early', '2020. gada pavasara sākumā'],
    ['2020-22', 'late', '2020. gada vasaras beigās'],
    ['2020-04~', undefined, 'aptuveni 2020. gada aprīlī'],
    ['2020-04?', undefined, 'iespējams, 2020. gada aprīlī'],
    ['2020-04%', undefined, 'iespējams, aptuveni 2020. gada aprīlī'],
  ],
  ru: [
    ['2020-04-29', undefined, '29 апреля 2020 г.'],
    ['2020-04', undefined, 'в апреле 2020 г.'],
    ['2020-05', undefined, 'в мае 2020 г.'],
    ['2020', undefined, 'в 2020 г.'],
    ['2020-21', undefined, 'весной 2020 г.'],
    ['2020-22', undefined, 'летом 2020 г.'],
    ['2020-23', undefined, 'осенью 2020 г.'],
    ['2020-24', undefined, 'зимой 2020 г.'],
    ['2020-04', 'late', 'в конце апреля 2020 г.'],
    ['2020', 'early', 'в начале 2020 г.'],
    ['2020', 'mid', 'в середине 2020 г.'],
    ['2020-21', 'early', 'в начале весны 2020 г.'],
    ['2020-04~', undefined, 'примерно в апреле 2020 г.'],
    ['2020-04?', undefined, 'возможно, в апреле 2020 г.'],
    ['2020-04%', undefined, 'возможно, примерно в апреле 2020 г.'],
  ],
  lt: [
    ['2020-04-29', undefined, '2020 m. balandžio 29 d.'],
    ['2020-04', undefined, '2020 m. balandžio mėn.'],
    ['2020', undefined, '2020 m.'],
    ['2020-21', undefined, '2020 m. pavasarį'],
    ['2020-04', 'late', '2020 m. balandžio pabaigoje'],
    ['2020', 'early', '2020 m. pradžioje'],
    ['2020-22', 'mid', '2020 m. vasaros viduryje'],
    ['2020-04~', undefined, 'maždaug 2020 m. balandžio mėn.'],
  ],
  et: [
    ['2020-04-29', undefined, '29. aprillil 2020'],
    ['2020-04', undefined, 'aprillis 2020'],
    ['2020', undefined, '2020. aastal'],
    ['2020-21', undefined, '2020. aasta kevadel'],
    ['2020-04', 'late', '2020. aasta aprilli lõpus'],
    ['2020', 'early', '2020. aasta alguses'],
    ['2020-22', 'mid', '2020. aasta suve keskel'],
    ['2020-04?', undefined, 'võib-olla aprillis 2020'],
  ],
  uk: [
    ['2020-04-29', undefined, '29 квітня 2020 р.'],
    ['2020-04', undefined, 'у квітні 2020 р.'],
    ['2020-02', undefined, 'у лютому 2020 р.'],
    ['2020', undefined, 'у 2020 р.'],
    ['2020-21', undefined, 'навесні 2020 р.'],
    ['2020-24', undefined, 'взимку 2020 р.'],
    ['2020-04', 'late', 'наприкінці квітня 2020 р.'],
    ['2020', 'early', 'на початку 2020 р.'],
    ['2020-04~', undefined, 'приблизно в квітні 2020 р.'],
    ['2020-09~', undefined, 'приблизно у вересні 2020 р.'],
    ['2020-04?', undefined, 'можливо, у квітні 2020 р.'],
    ['2020-04%', undefined, 'можливо, приблизно в квітні 2020 р.'],
    ['2020~', undefined, 'приблизно в 2020 р.'],
    ['2020-04~', 'mid', 'приблизно в середині квітня 2020 р.'],
  ],
};

describe('formatWhen', () => {
  for (const [locale, cases] of Object.entries(expectations)) {
    it(`speaks ${locale}`, () => {
      for (const [when, part, expected] of cases) expect(say(locale, when, part), `${locale} ${part ?? ''} ${when}`).to.equal(expected);
    });
  }

  it('says every month in lv and ru', () => {
    const months = Array.from({ length: 12 }, (_, i) => `2020-${String(i + 1).padStart(2, '0')}`);
    expect(months.map((m) => say('lv', m))).to.deep.equal(
      'janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī'.split(' ').map((m) => `2020. gada ${m}`)
    );
    expect(months.map((m) => say('lv', m, 'late'))).to.deep.equal(
      'janvāra februāra marta aprīļa maija jūnija jūlija augusta septembra oktobra novembra decembra'.split(' ').map((m) => `2020. gada ${m} beigās`)
    );
    expect(months.map((m) => say('ru', m))).to.deep.equal(
      'январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре'.split(' ').map((m) => `в ${m} 2020 г.`)
    );
    expect(months.map((m) => say('ru', m, 'late'))).to.deep.equal(
      'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(' ').map((m) => `в конце ${m} 2020 г.`)
    );
    expect(months.map((m) => say('lv', `../${m}`))).to.deep.equal(
      'janvārim februārim martam aprīlim maijam jūnijam jūlijam augustam septembrim oktobrim novembrim decembrim'
        .split(' ')
        .map((m) => `līdz 2020. gada ${m}`)
    );
  });

  it('matches locale tags by base language and falls back to English', () => {
    expect(say('lv-LV', '2020-04')).to.equal('2020. gada aprīlī');
    expect(say('ru_RU', '2020')).to.equal('в 2020 г.');
    expect(say('EN-us', '2020-04-29')).to.equal('29 April 2020');
    expect(say('de', '2020-04', 'late')).to.equal('late April 2020');
    expect(say('constructor', '2020-21')).to.equal('spring 2020');
    expect(say('', '2020')).to.equal('2020');
  });
});
