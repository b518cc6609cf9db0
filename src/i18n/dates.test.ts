import { expect } from '@open-wc/testing';
import { parseWhen, type Part } from '../feed/edtf.js';
import { addDatePhrases, formatWhen } from './dates.js';
import { phrases as et } from './dates/et.js';
import { phrases as lt } from './dates/lt.js';
import { phrases as lv } from './dates/lv.js';
import { phrases as ru } from './dates/ru.js';
import { phrases as uk } from './dates/uk.js';

// In the widgets these arrive with each locale's lazy chunk (messages.ts).
for (const [locale, phrases] of Object.entries({ et, lt, lv, ru, uk })) addDatePhrases(locale, phrases);
import { dateFormat, dayMonth, monthName, numberFormat, pluralRules } from './intl.js';

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

/**
 * Ranges of every precision pair (year, season, month, day), open ends,
 * equal ends and qualifiers, in every locale: [when, expected].
 */
const ranges: Record<string, Array<[string, string]>> = {
  en: [
    ['2019/2020', '2019–2020'],
    ['2020-21/2020-22', 'spring–summer 2020'],
    ['2019-23/2020-21', 'autumn 2019 – spring 2020'],
    ['2020-04/2020-05', 'April–May 2020'],
    ['2019-11/2020-02', 'November 2019 – February 2020'],
    ['2020-04-27/2020-04-30', '27–30 April 2020'],
    ['2020-04-27/2020-05-03', '27 April – 3 May 2020'],
    ['2019-12-27/2020-01-03', '27 December 2019 – 3 January 2020'],
    ['2019/2020-21', 'from 2019 to spring 2020'],
    ['2019/2020-04', 'from 2019 to April 2020'],
    ['2019/2020-04-29', 'from 2019 to 29 April 2020'],
    ['2020-21/2021', 'from spring 2020 to 2021'],
    ['2020-21/2020-06', 'from spring to June 2020'],
    ['2020-21/2020-05-03', 'from spring to 3 May 2020'],
    ['2020-04/2021', 'from April 2020 to 2021'],
    ['2020-04/2020-22', 'from April to summer 2020'],
    ['2020-04/2020-05-03', 'from April to 3 May 2020'],
    ['2020-04-27/2021', 'from 27 April 2020 to 2021'],
    ['2020-04-27/2020-22', 'from 27 April to summer 2020'],
    ['2020-04-27/2020-05', 'from 27 April to May 2020'],
    ['2020/..', 'from 2020'],
    ['2020-21/..', 'from spring 2020'],
    ['2020-04/..', 'from April 2020'],
    ['2020-04-27/..', 'from 27 April 2020'],
    ['../2020', 'until 2020'],
    ['../2020-24', 'until winter 2020'],
    ['../2020-04', 'until April 2020'],
    ['../2020-05-03', 'until 3 May 2020'],
    ['2019/2019', '2019'],
    ['2020-21/2020-21', 'spring 2020'],
    ['2020-03/2020-03', 'March 2020'],
    ['2020-04-29/2020-04-29', '29 April 2020'],
    ['2019~/2020~', 'about 2019–2020'],
    ['2020-21~/2020-22~', 'about spring–summer 2020'],
    ['2020-04-27~/2020-04-30~', 'about 27–30 April 2020'],
    ['2020-04~/2020-05-03~', 'from about April to about 3 May 2020'],
    ['2020-04-27~/2020-05-03', 'from about 27 April to 3 May 2020'],
    ['2020-04-27/2020-04-30?', 'from 27 April to possibly 30 April 2020'],
    ['2020-04~/..', 'from about April 2020'],
    ['../2020?', 'until possibly 2020'],
    ['2020-03~/2020-03', 'about March 2020'],
  ],
  lv: [
    ['2019/2020', '2019.–2020. gadā'],
    ['2020-21/2020-22', 'no 2020. gada pavasara līdz vasarai'],
    ['2019-23/2020-21', 'no 2019. gada rudens līdz 2020. gada pavasarim'],
    ['2020-04/2020-05', 'no 2020. gada aprīļa līdz maijam'],
    ['2019-11/2020-02', 'no 2019. gada novembra līdz 2020. gada februārim'],
    ['2020-04-27/2020-04-30', '2020. gada 27.–30. aprīlī'],
    ['2020-04-27/2020-05-03', 'no 2020. gada 27. aprīļa līdz 3. maijam'],
    ['2019-12-27/2020-01-03', 'no 2019. gada 27. decembra līdz 2020. gada 3. janvārim'],
    ['2019/2020-21', 'no 2019. gada līdz 2020. gada pavasarim'],
    ['2019/2020-04', 'no 2019. gada līdz 2020. gada aprīlim'],
    ['2019/2020-04-29', 'no 2019. gada līdz 2020. gada 29. aprīlim'],
    ['2020-21/2021', 'no 2020. gada pavasara līdz 2021. gadam'],
    ['2020-21/2020-06', 'no 2020. gada pavasara līdz jūnijam'],
    ['2020-21/2020-05-03', 'no 2020. gada pavasara līdz 3. maijam'],
    ['2020-04/2021', 'no 2020. gada aprīļa līdz 2021. gadam'],
    ['2020-04/2020-22', 'no 2020. gada aprīļa līdz vasarai'],
    ['2020-04/2020-05-03', 'no 2020. gada aprīļa līdz 3. maijam'],
    ['2020-04-27/2021', 'no 2020. gada 27. aprīļa līdz 2021. gadam'],
    ['2020-04-27/2020-22', 'no 2020. gada 27. aprīļa līdz vasarai'],
    ['2020-04-27/2020-05', 'no 2020. gada 27. aprīļa līdz maijam'],
    ['2020/..', 'no 2020. gada'],
    ['2020-21/..', 'no 2020. gada pavasara'],
    ['2020-04/..', 'no 2020. gada aprīļa'],
    ['2020-04-27/..', 'no 2020. gada 27. aprīļa'],
    ['../2020', 'līdz 2020. gadam'],
    ['../2020-24', 'līdz 2020. gada ziemai'],
    ['../2020-04', 'līdz 2020. gada aprīlim'],
    ['../2020-05-03', 'līdz 2020. gada 3. maijam'],
    ['2019/2019', '2019. gadā'],
    ['2020-21/2020-21', '2020. gada pavasarī'],
    ['2020-03/2020-03', '2020. gada martā'],
    ['2020-04-29/2020-04-29', '2020. gada 29. aprīlī'],
    ['2019~/2020~', 'aptuveni 2019.–2020. gadā'],
    ['2020-21~/2020-22~', 'aptuveni no 2020. gada pavasara līdz vasarai'],
    ['2020-04-27~/2020-04-30~', 'aptuveni 2020. gada 27.–30. aprīlī'],
    ['2020-04~/2020-05-03~', 'aptuveni no 2020. gada aprīļa līdz 3. maijam'],
    ['2020-04-27~/2020-05-03', 'aptuveni no 2020. gada 27. aprīļa līdz 3. maijam'],
    ['2020-04-27/2020-04-30?', 'no 2020. gada 27. aprīļa, iespējams, līdz 30. aprīlim'],
    ['2020-04~/..', 'aptuveni no 2020. gada aprīļa'],
    ['../2020?', 'iespējams, līdz 2020. gadam'],
    ['2020-03~/2020-03', 'aptuveni 2020. gada martā'],
  ],
  ru: [
    ['2019/2020', '2019–2020 гг.'],
    ['2020-21/2020-22', 'весна–лето 2020 г.'],
    ['2019-23/2020-21', 'осень 2019 г. – весна 2020 г.'],
    ['2020-04/2020-05', 'апрель–май 2020 г.'],
    ['2019-11/2020-02', 'ноябрь 2019 г. – февраль 2020 г.'],
    ['2020-04-27/2020-04-30', '27–30 апреля 2020 г.'],
    ['2020-04-27/2020-05-03', '27 апреля – 3 мая 2020 г.'],
    ['2019-12-27/2020-01-03', '27 декабря 2019 г. – 3 января 2020 г.'],
    ['2019/2020-21', 'с 2019 г. по весну 2020 г.'],
    ['2019/2020-04', 'с 2019 г. по апрель 2020 г.'],
    ['2019/2020-04-29', 'с 2019 г. по 29 апреля 2020 г.'],
    ['2020-21/2021', 'с весны 2020 г. по 2021 г.'],
    ['2020-21/2020-06', 'с весны по июнь 2020 г.'],
    ['2020-21/2020-05-03', 'с весны по 3 мая 2020 г.'],
    ['2020-04/2021', 'с апреля 2020 г. по 2021 г.'],
    ['2020-04/2020-22', 'с апреля по лето 2020 г.'],
    ['2020-04/2020-05-03', 'с апреля по 3 мая 2020 г.'],
    ['2020-04-27/2021', 'с 27 апреля 2020 г. по 2021 г.'],
    ['2020-04-27/2020-22', 'с 27 апреля по лето 2020 г.'],
    ['2020-04-27/2020-05', 'с 27 апреля по май 2020 г.'],
    ['2020/..', 'с 2020 г.'],
    ['2020-21/..', 'с весны 2020 г.'],
    ['2020-04/..', 'с апреля 2020 г.'],
    ['2020-04-27/..', 'с 27 апреля 2020 г.'],
    ['../2020', 'до 2020 г.'],
    ['../2020-24', 'до зимы 2020 г.'],
    ['../2020-04', 'до апреля 2020 г.'],
    ['../2020-05-03', 'до 3 мая 2020 г.'],
    ['2019/2019', 'в 2019 г.'],
    ['2020-21/2020-21', 'весной 2020 г.'],
    ['2020-03/2020-03', 'в марте 2020 г.'],
    ['2020-04-29/2020-04-29', '29 апреля 2020 г.'],
    ['2019~/2020~', 'примерно 2019–2020 гг.'],
    ['2020-21~/2020-22~', 'примерно весна–лето 2020 г.'],
    ['2020-04-27~/2020-04-30~', 'примерно 27–30 апреля 2020 г.'],
    ['2020-04~/2020-05-03~', 'примерно с апреля по 3 мая 2020 г.'],
    ['2020-04-27~/2020-05-03', 'примерно с 27 апреля по 3 мая 2020 г.'],
    ['2020-04-27/2020-04-30?', 'с 27 апреля, возможно, по 30 апреля 2020 г.'],
    ['2020-04~/..', 'примерно с апреля 2020 г.'],
    ['../2020?', 'возможно, до 2020 г.'],
    ['2020-03~/2020-03', 'примерно в марте 2020 г.'],
  ],
  lt: [
    ['2019/2020', '2019–2020 m.'],
    ['2020-21/2020-22', 'nuo 2020 m. pavasario iki vasaros'],
    ['2019-23/2020-21', 'nuo 2019 m. rudens iki 2020 m. pavasario'],
    ['2020-04/2020-05', '2020 m. balandžio–gegužės mėn.'],
    ['2019-11/2020-02', '2019 m. lapkričio mėn. – 2020 m. vasario mėn.'],
    ['2020-04-27/2020-04-30', '2020 m. balandžio 27–30 d.'],
    ['2020-04-27/2020-05-03', '2020 m. balandžio 27 d. – gegužės 3 d.'],
    ['2019-12-27/2020-01-03', '2019 m. gruodžio 27 d. – 2020 m. sausio 3 d.'],
    ['2019/2020-21', 'nuo 2019 m. iki 2020 m. pavasario'],
    ['2019/2020-04', 'nuo 2019 m. iki 2020 m. balandžio'],
    ['2019/2020-04-29', 'nuo 2019 m. iki 2020 m. balandžio 29 d.'],
    ['2020-21/2021', 'nuo 2020 m. pavasario iki 2021 m.'],
    ['2020-21/2020-06', 'nuo 2020 m. pavasario iki birželio'],
    ['2020-21/2020-05-03', 'nuo 2020 m. pavasario iki gegužės 3 d.'],
    ['2020-04/2021', 'nuo 2020 m. balandžio iki 2021 m.'],
    ['2020-04/2020-22', 'nuo 2020 m. balandžio iki vasaros'],
    ['2020-04/2020-05-03', 'nuo 2020 m. balandžio iki gegužės 3 d.'],
    ['2020-04-27/2021', 'nuo 2020 m. balandžio 27 d. iki 2021 m.'],
    ['2020-04-27/2020-22', 'nuo 2020 m. balandžio 27 d. iki vasaros'],
    ['2020-04-27/2020-05', 'nuo 2020 m. balandžio 27 d. iki gegužės'],
    ['2020/..', 'nuo 2020 m.'],
    ['2020-21/..', 'nuo 2020 m. pavasario'],
    ['2020-04/..', 'nuo 2020 m. balandžio'],
    ['2020-04-27/..', 'nuo 2020 m. balandžio 27 d.'],
    ['../2020', 'iki 2020 m.'],
    ['../2020-24', 'iki 2020 m. žiemos'],
    ['../2020-04', 'iki 2020 m. balandžio'],
    ['../2020-05-03', 'iki 2020 m. gegužės 3 d.'],
    ['2019/2019', '2019 m.'],
    ['2020-21/2020-21', '2020 m. pavasarį'],
    ['2020-03/2020-03', '2020 m. kovo mėn.'],
    ['2020-04-29/2020-04-29', '2020 m. balandžio 29 d.'],
    ['2019~/2020~', 'maždaug 2019–2020 m.'],
    ['2020-21~/2020-22~', 'maždaug nuo 2020 m. pavasario iki vasaros'],
    ['2020-04-27~/2020-04-30~', 'maždaug 2020 m. balandžio 27–30 d.'],
    ['2020-04~/2020-05-03~', 'maždaug nuo 2020 m. balandžio iki gegužės 3 d.'],
    ['2020-04-27~/2020-05-03', 'maždaug nuo 2020 m. balandžio 27 d. iki gegužės 3 d.'],
    ['2020-04-27/2020-04-30?', 'nuo 2020 m. balandžio 27 d. galbūt iki balandžio 30 d.'],
    ['2020-04~/..', 'maždaug nuo 2020 m. balandžio'],
    ['../2020?', 'galbūt iki 2020 m.'],
    ['2020-03~/2020-03', 'maždaug 2020 m. kovo mėn.'],
  ],
  et: [
    ['2019/2020', '2019–2020'],
    ['2020-21/2020-22', 'kevad–suvi 2020'],
    ['2019-23/2020-21', 'sügis 2019 – kevad 2020'],
    ['2020-04/2020-05', 'aprill–mai 2020'],
    ['2019-11/2020-02', 'november 2019 – veebruar 2020'],
    ['2020-04-27/2020-04-30', '27.–30. aprill 2020'],
    ['2020-04-27/2020-05-03', '27. aprill – 3. mai 2020'],
    ['2019-12-27/2020-01-03', '27. detsember 2019 – 3. jaanuar 2020'],
    ['2019/2020-21', 'alates 2019. aastast kuni 2020. aasta kevadeni'],
    ['2019/2020-04', 'alates 2019. aastast kuni aprillini 2020'],
    ['2019/2020-04-29', 'alates 2019. aastast kuni 29. aprillini 2020'],
    ['2020-21/2021', 'alates 2020. aasta kevadest kuni 2021. aastani'],
    ['2020-21/2020-06', 'alates kevadest kuni juunini 2020'],
    ['2020-21/2020-05-03', 'alates kevadest kuni 3. maini 2020'],
    ['2020-04/2021', 'alates aprillist 2020 kuni 2021. aastani'],
    ['2020-04/2020-22', 'alates aprillist kuni 2020. aasta suveni'],
    ['2020-04/2020-05-03', 'alates aprillist kuni 3. maini 2020'],
    ['2020-04-27/2021', 'alates 27. aprillist 2020 kuni 2021. aastani'],
    ['2020-04-27/2020-22', 'alates 27. aprillist kuni 2020. aasta suveni'],
    ['2020-04-27/2020-05', 'alates 27. aprillist kuni maini 2020'],
    ['2020/..', 'alates 2020. aastast'],
    ['2020-21/..', 'alates 2020. aasta kevadest'],
    ['2020-04/..', 'alates aprillist 2020'],
    ['2020-04-27/..', 'alates 27. aprillist 2020'],
    ['../2020', 'kuni 2020. aastani'],
    ['../2020-24', 'kuni 2020. aasta talveni'],
    ['../2020-04', 'kuni aprillini 2020'],
    ['../2020-05-03', 'kuni 3. maini 2020'],
    ['2019/2019', '2019. aastal'],
    ['2020-21/2020-21', '2020. aasta kevadel'],
    ['2020-03/2020-03', 'märtsis 2020'],
    ['2020-04-29/2020-04-29', '29. aprillil 2020'],
    ['2019~/2020~', 'umbes 2019–2020'],
    ['2020-21~/2020-22~', 'umbes kevad–suvi 2020'],
    ['2020-04-27~/2020-04-30~', 'umbes 27.–30. aprill 2020'],
    ['2020-04~/2020-05-03~', 'umbes alates aprillist kuni 3. maini 2020'],
    ['2020-04-27~/2020-05-03', 'umbes alates 27. aprillist kuni 3. maini 2020'],
    ['2020-04-27/2020-04-30?', 'alates 27. aprillist võib-olla kuni 30. aprillini 2020'],
    ['2020-04~/..', 'umbes alates aprillist 2020'],
    ['../2020?', 'võib-olla kuni 2020. aastani'],
    ['2020-03~/2020-03', 'umbes märtsis 2020'],
  ],
  uk: [
    ['2019/2020', '2019–2020 рр.'],
    ['2020-21/2020-22', 'весна–літо 2020 р.'],
    ['2019-23/2020-21', 'осінь 2019 р. – весна 2020 р.'],
    ['2020-04/2020-05', 'квітень–травень 2020 р.'],
    ['2019-11/2020-02', 'листопад 2019 р. – лютий 2020 р.'],
    ['2020-04-27/2020-04-30', '27–30 квітня 2020 р.'],
    ['2020-04-27/2020-05-03', '27 квітня – 3 травня 2020 р.'],
    ['2019-12-27/2020-01-03', '27 грудня 2019 р. – 3 січня 2020 р.'],
    ['2019/2020-21', 'з 2019 р. до весни 2020 р.'],
    ['2019/2020-04', 'з 2019 р. до квітня 2020 р.'],
    ['2019/2020-04-29', 'з 2019 р. до 29 квітня 2020 р.'],
    ['2020-21/2021', 'з весни 2020 р. до 2021 р.'],
    ['2020-21/2020-06', 'з весни до червня 2020 р.'],
    ['2020-21/2020-05-03', 'з весни до 3 травня 2020 р.'],
    ['2020-04/2021', 'з квітня 2020 р. до 2021 р.'],
    ['2020-04/2020-22', 'з квітня до літа 2020 р.'],
    ['2020-04/2020-05-03', 'з квітня до 3 травня 2020 р.'],
    ['2020-04-27/2021', 'з 27 квітня 2020 р. до 2021 р.'],
    ['2020-04-27/2020-22', 'з 27 квітня до літа 2020 р.'],
    ['2020-04-27/2020-05', 'з 27 квітня до травня 2020 р.'],
    ['2020/..', 'з 2020 р.'],
    ['2020-21/..', 'з весни 2020 р.'],
    ['2020-04/..', 'з квітня 2020 р.'],
    ['2020-04-27/..', 'з 27 квітня 2020 р.'],
    ['../2020', 'до 2020 р.'],
    ['../2020-24', 'до зими 2020 р.'],
    ['../2020-04', 'до квітня 2020 р.'],
    ['../2020-05-03', 'до 3 травня 2020 р.'],
    ['2019/2019', 'у 2019 р.'],
    ['2020-21/2020-21', 'навесні 2020 р.'],
    ['2020-03/2020-03', 'у березні 2020 р.'],
    ['2020-04-29/2020-04-29', '29 квітня 2020 р.'],
    ['2019~/2020~', 'приблизно 2019–2020 рр.'],
    ['2020-21~/2020-22~', 'приблизно весна–літо 2020 р.'],
    ['2020-04-27~/2020-04-30~', 'приблизно 27–30 квітня 2020 р.'],
    ['2020-04~/2020-05-03~', 'приблизно з квітня до 3 травня 2020 р.'],
    ['2020-04-27~/2020-05-03', 'приблизно з 27 квітня до 3 травня 2020 р.'],
    ['2020-04-27/2020-04-30?', 'з 27 квітня, можливо, до 30 квітня 2020 р.'],
    ['2020-04~/..', 'приблизно з квітня 2020 р.'],
    ['../2020?', 'можливо, до 2020 р.'],
    ['2020-03~/2020-03', 'приблизно в березні 2020 р.'],
  ],
};

describe('formatWhen, ranges', () => {
  for (const [locale, cases] of Object.entries(ranges)) {
    it(`joins ranges in ${locale}`, () => {
      for (const [when, expected] of cases) expect(say(locale, when), `${locale} ${when}`).to.equal(expected);
    });
  }

  it('writes the forms a native editor asked for', () => {
    // One plural abbreviation and a closed dash for years, also when qualified.
    expect(say('ru', '2019/2020')).to.equal('2019–2020 гг.');
    expect(say('ru', '2019/2020')).not.to.equal('2019 г. – 2020 г.');
    expect(say('uk', '2019/2020')).to.equal('2019–2020 рр.');
    expect(say('lt', '2019/2020')).to.equal('2019–2020 m.');
    expect(say('en', '2019/2020')).to.equal('2019–2020');
    expect(say('et', '2019/2020')).to.equal('2019–2020');
    expect(say('lv', '2019/2020')).to.equal('2019.–2020. gadā');
    expect(say('ru', '2019~/2020~')).to.equal('примерно 2019–2020 гг.');
    // A month of days says the month once.
    expect(say('lt', '2020-04-27/2020-04-30')).to.equal('2020 m. balandžio 27–30 d.');
    expect(say('en', '2020-04-27/2020-04-30')).to.equal('27–30 April 2020');
    expect(say('ru', '2020-04-27/2020-04-30')).to.equal('27–30 апреля 2020 г.');
    expect(say('lv', '2020-04-27/2020-04-30')).to.equal('2020. gada 27.–30. aprīlī');
    // Ends of different precision: prepositions and their cases, no nominative beside a genitive.
    expect(say('ru', '2020-04/2020-05-03')).to.equal('с апреля по 3 мая 2020 г.');
    expect(say('uk', '2020-04/2020-05-03')).to.equal('з квітня до 3 травня 2020 р.');
    expect(say('lt', '2020-04/2020-05-03')).to.equal('nuo 2020 m. balandžio iki gegužės 3 d.');
    // Equal ends are one date.
    for (const locale of ['en', 'lv', 'ru', 'lt', 'et', 'uk']) expect(say(locale, '2020-03/2020-03'), locale).to.equal(say(locale, '2020-03'));
    expect(say('en', '2020-03/2020-03')).to.equal('March 2020');
    // Ukrainian у/в is chosen after the qualifier is attached.
    expect(say('uk', '2020-04~')).to.equal('приблизно в квітні 2020 р.');
    expect(say('uk', '2020-04~')).not.to.contain('приблизно у квітні');
    // Lithuanian "maždaug" for a time, not "apytiksliai" (for quantities).
    expect(say('lt', '2020-04~')).to.equal('maždaug 2020 m. balandžio mėn.');
  });
});

describe('intl', () => {
  it('caches formatters per locale and options', () => {
    expect(dateFormat('lv', { month: 'long' })).to.equal(dateFormat('lv', { month: 'long' }));
    expect(dateFormat('lv', { month: 'long' })).not.to.equal(dateFormat('ru', { month: 'long' }));
    expect(dateFormat('lv', { month: 'long' })).not.to.equal(dateFormat('lv', { month: 'short' }));
    expect(numberFormat('lv')).to.equal(numberFormat('lv'));
    expect(numberFormat('en').format(12345)).to.equal('12,345');
    expect(pluralRules('ru')).to.equal(pluralRules('ru'));
    expect(pluralRules('ru').select(22)).to.equal('few');
    expect(pluralRules('en', { type: 'ordinal' }).select(2)).to.equal('two');
  });

  it('names months and days', () => {
    expect(monthName('ru', 4)).to.equal('апрель');
    expect(monthName('ru', 4, true)).to.equal('апреля');
    expect(monthName('lt', 4, true)).to.equal('balandžio');
    expect(dayMonth('en-GB', 2, 29)).to.equal('29 February');
  });
});
