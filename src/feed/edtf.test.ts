import { expect } from '@open-wc/testing';
import { parseWhen, type Part } from './edtf.js';

const utc = (y: number, m: number, d = 1, h = 0, min = 0, s = 0, ms = 0) => Date.UTC(y, m - 1, d, h, min, s, ms);
/** last millisecond of a day */
const end = (y: number, m: number, d: number) => utc(y, m, d, 23, 59, 59, 999);

describe('parseWhen', () => {
  it('parses a day', () => {
    expect(parseWhen('2020-04-29')).to.deep.equal({
      start: { precision: 'day', year: 2020, month: 4, day: 29 },
      end: { precision: 'day', year: 2020, month: 4, day: 29 },
      interval: false,
      earliest: utc(2020, 4, 29),
      latest: end(2020, 4, 29),
      datetime: '2020-04-29',
    });
    const w = parseWhen('2020-04-29')!;
    expect(w.start).to.equal(w.end);
  });

  it('parses a month', () => {
    const w = parseWhen('2020-04')!;
    expect(w.start).to.deep.equal({ precision: 'month', year: 2020, month: 4 });
    expect(w.interval).to.equal(false);
    expect([w.earliest, w.latest]).to.deep.equal([utc(2020, 4, 1), end(2020, 4, 30)]);
    expect(w.datetime).to.equal('2020-04');
    expect(parseWhen('2020-12')!.latest).to.equal(end(2020, 12, 31));
    expect(parseWhen('2020-02')!.latest).to.equal(end(2020, 2, 29));
    expect(parseWhen('2019-02')!.latest).to.equal(end(2019, 2, 28));
  });

  it('parses a year', () => {
    const w = parseWhen('2020')!;
    expect(w.start).to.deep.equal({ precision: 'year', year: 2020 });
    expect([w.earliest, w.latest]).to.deep.equal([utc(2020, 1, 1), end(2020, 12, 31)]);
    expect(w.datetime).to.equal('2020');
  });

  it('parses seasons (meteorological, northern hemisphere)', () => {
    const seasons: [string, number, number, number, number, number][] = [
      ['2020-21', 3, 2020, 5, 31, 1],
      ['2020-22', 6, 2020, 8, 31, 2],
      ['2020-23', 9, 2020, 11, 30, 3],
      ['2020-24', 12, 2021, 2, 28, 4],
    ];
    for (const [when, from, y, m, d, season] of seasons) {
      const w = parseWhen(when)!;
      expect(w.start, when).to.deep.equal({ precision: 'season', year: 2020, season });
      expect([w.earliest, w.latest], when).to.deep.equal([utc(2020, from, 1), end(y, m, d)]);
      expect(w.datetime, when).to.equal('2020');
    }
    expect(parseWhen('2019-24')!.latest).to.equal(end(2020, 2, 29));
  });

  it('parses qualifiers without widening the range', () => {
    expect(parseWhen('2020-04~')!.start).to.deep.equal({ precision: 'month', year: 2020, month: 4, approximate: true });
    expect(parseWhen('2020-04?')!.start).to.deep.equal({ precision: 'month', year: 2020, month: 4, uncertain: true });
    expect(parseWhen('2020-04%')!.start).to.deep.equal({ precision: 'month', year: 2020, month: 4, approximate: true, uncertain: true });
    expect(parseWhen('2020-04-29~')!.start!.approximate).to.equal(true);
    expect(parseWhen('2020?')!.start!.uncertain).to.equal(true);
    expect(parseWhen('2020-21%')!.start!.approximate).to.equal(true);
    const w = parseWhen('2020-04%')!;
    expect([w.earliest, w.latest]).to.deep.equal([utc(2020, 4, 1), end(2020, 4, 30)]);
    expect(w.datetime).to.equal('2020-04');
    expect(parseWhen('2020-04-29?')!.datetime).to.equal('2020-04-29');
  });

  it('narrows a month, season or year to a third by days', () => {
    const cases: [string, Part, number, number][] = [
      ['2020-04', 'early', utc(2020, 4, 1), end(2020, 4, 10)],
      ['2020-04', 'mid', utc(2020, 4, 11), end(2020, 4, 20)],
      ['2020-04', 'late', utc(2020, 4, 21), end(2020, 4, 30)],
      ['2020-05', 'late', utc(2020, 5, 21), end(2020, 5, 31)],
      ['2019-02', 'late', utc(2019, 2, 19), end(2019, 2, 28)],
      // 366 days: 122 + 122 + 122
      ['2020', 'early', utc(2020, 1, 1), end(2020, 5, 1)],
      ['2020', 'mid', utc(2020, 5, 2), end(2020, 8, 31)],
      ['2020', 'late', utc(2020, 9, 1), end(2020, 12, 31)],
      // spring: 92 days → 30 + 31 + 31
      ['2020-21', 'early', utc(2020, 3, 1), end(2020, 3, 30)],
      ['2020-21', 'late', utc(2020, 5, 1), end(2020, 5, 31)],
      // winter 2020/21: 90 days → 30 + 30 + 30
      ['2020-24', 'mid', utc(2020, 12, 31), end(2021, 1, 29)],
    ];
    for (const [when, part, earliest, latest] of cases) {
      const w = parseWhen(when, part)!;
      expect(w.part, `${part} ${when}`).to.equal(part);
      expect([new Date(w.earliest).toISOString(), new Date(w.latest).toISOString()], `${part} ${when}`).to.deep.equal([
        new Date(earliest).toISOString(),
        new Date(latest).toISOString(),
      ]);
    }
    expect(parseWhen('2020-04', 'late')!.datetime).to.equal('2020-04');
    expect(parseWhen('2020-04~', 'late')!.start!.approximate).to.equal(true);
  });

  it('parses intervals', () => {
    const w = parseWhen('2020-04-27/2020-05-03')!;
    expect(w).to.deep.equal({
      start: { precision: 'day', year: 2020, month: 4, day: 27 },
      end: { precision: 'day', year: 2020, month: 5, day: 3 },
      interval: true,
      earliest: utc(2020, 4, 27),
      latest: end(2020, 5, 3),
      datetime: '2020-04-27',
    });
    const mixed = parseWhen('2020-21/2021')!;
    expect([mixed.start!.precision, mixed.end!.precision]).to.deep.equal(['season', 'year']);
    expect([mixed.earliest, mixed.latest, mixed.datetime]).to.deep.equal([utc(2020, 3, 1), end(2021, 12, 31), '2020']);
    expect(parseWhen('2020-04~/2020-05?')!.end!.uncertain).to.equal(true);
    expect(parseWhen('2020/2020-04')!.latest).to.equal(end(2020, 4, 30));
  });

  it('parses open intervals', () => {
    const from = parseWhen('2020-04-27/..')!;
    expect(from.start).to.deep.equal({ precision: 'day', year: 2020, month: 4, day: 27 });
    expect(from.end).to.equal(undefined);
    expect([from.interval, from.earliest, from.latest, from.datetime]).to.deep.equal([true, utc(2020, 4, 27), Infinity, '2020-04-27']);
    const until = parseWhen('../2020-05')!;
    expect(until.start).to.equal(undefined);
    expect(until.end).to.deep.equal({ precision: 'month', year: 2020, month: 5 });
    expect([until.interval, until.earliest, until.latest, until.datetime]).to.deep.equal([true, -Infinity, end(2020, 5, 31), '2020-05']);
  });

  it('keeps years 0000–0099 as written', () => {
    const w = parseWhen('0020-02-29')!;
    expect(w.earliest).to.equal(new Date(0).setUTCFullYear(20, 1, 29));
    expect(w.datetime).to.equal('0020-02-29');
    expect(parseWhen('0000')!.start!.year).to.equal(0);
    expect(parseWhen('9999-12-31')!.latest).to.equal(end(9999, 12, 31));
  });

  it('rejects anything invalid', () => {
    const invalid = [
      '',
      ' ',
      'garbage',
      '2020-13',
      '2020-00',
      '2020-20',
      '2020-25',
      '2020-04-31',
      '2019-02-29',
      '2100-02-29',
      '2020-04-00',
      '2020-21-01',
      '20',
      '202',
      '20201',
      '-2020',
      '+2020',
      '2020-4',
      '2020-04-1',
      '2020-04-29T10:00',
      '2020 ',
      ' 2020',
      '2020~~',
      '2020~?',
      '~2020',
      '2020-~04',
      '2020-04-29/',
      '/2020',
      '../..',
      '..',
      '2020/2021/2022',
      '2020-05/2020-04',
      '2020-04-28/2020-04-27',
      '2020 - 2021',
      '2020/ 2021',
      'Y2020',
      '2020-XX',
      '2020-04-29Z',
    ];
    for (const when of invalid) expect(parseWhen(when), JSON.stringify(when)).to.equal(undefined);
    expect(parseWhen('2020-04-29', 'late')).to.equal(undefined);
    expect(parseWhen('2020-04/2020-05', 'early')).to.equal(undefined);
    expect(parseWhen('2020-04/..', 'early')).to.equal(undefined);
    expect(parseWhen('2020-04', 'end' as Part)).to.equal(undefined);
    expect(parseWhen(2020 as unknown as string)).to.equal(undefined);
    expect(parseWhen('2000-02-29')).not.to.equal(undefined);
  });

  it('answers a value asked for again the same, and never mistakes a number for its text', () => {
    expect(parseWhen('2019-04', 'late')).to.equal(parseWhen('2019-04', 'late'));
    expect(parseWhen('2019-04')).not.to.equal(parseWhen('2019-04', 'late'));
    expect(parseWhen('2019')?.latest).to.equal(utc(2020, 1) - 1);
    expect(parseWhen(2019 as unknown as string)).to.equal(undefined);
    expect(parseWhen('2019', 'someday' as Part)).to.equal(undefined);
  });
});
