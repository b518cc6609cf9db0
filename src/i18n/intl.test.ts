import { expect } from '@open-wc/testing';
import { dateFormat, dayMonth, monthName, numberFormat, pluralRules, yearMonth } from './intl.js';

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

  it('writes English dates day first, as en-GB does, from the one cache', () => {
    expect(dateFormat('en', { day: 'numeric', month: 'long' })).to.equal(dateFormat('en-GB', { day: 'numeric', month: 'long' }));
    expect(dayMonth('en', 5, 7)).to.equal('7 May');
  });

  it('names a month of a year for a group heading', () => {
    expect(yearMonth('en', 2020, 4)).to.equal('April 2020');
    expect(yearMonth('ru', 2020, 4)).to.equal('апрель 2020 г.');
  });
});
