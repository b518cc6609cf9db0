import { expect } from '@open-wc/testing';
import { activateMessages, loadMessages, supportedLocales, type Locale } from './messages.js';
import { formatCount, occurrences, participants } from './plurals.js';

/** Formats in `locale` as a widget does: its messages active for the call. */
async function inLocale<T>(locale: Locale, format: () => T): Promise<T> {
  await loadMessages(locale);
  activateMessages(locale);
  try {
    return format();
  } finally {
    activateMessages('en');
  }
}

const counts = [0, 1, 2, 5, 11, 12, 21, 22];

// The forms each locale expects, extended with other numbers under the same CLDR rules.
const expectedParticipants: Record<string, string[]> = {
  en: [
    '0 participants',
    '1 participant',
    '2 participants',
    '5 participants',
    '11 participants',
    '12 participants',
    '21 participants',
    '22 participants',
  ],
  lv: ['0 dalībnieku', '1 dalībnieks', '2 dalībnieki', '5 dalībnieki', '11 dalībnieku', '12 dalībnieku', '21 dalībnieks', '22 dalībnieki'],
  ru: ['0 участников', '1 участник', '2 участника', '5 участников', '11 участников', '12 участников', '21 участник', '22 участника'],
};

describe('plurals', () => {
  for (const [locale, expected] of Object.entries(expectedParticipants)) {
    it(`counts participants in ${locale} for ${counts.join(', ')}`, async () => {
      const said = await inLocale(locale as Locale, () => counts.map((n) => participants(n, locale)));
      expect(said).to.deep.equal(expected);
    });
  }

  it('follows the CLDR rules beyond the table (lv 30, 101, 111; ru 3, 14, 101, 104, 111)', async () => {
    expect(await inLocale('lv', () => [30, 101, 111, 1001].map((n) => participants(n, 'lv')))).to.deep.equal([
      '30 dalībnieku',
      '101 dalībnieks',
      '111 dalībnieku',
      '1001 dalībnieks',
    ]);
    expect(await inLocale('ru', () => [3, 14, 101, 104, 111].map((n) => participants(n, 'ru')))).to.deep.equal([
      '3 участника',
      '14 участников',
      '101 участник',
      '104 участника',
      '111 участников',
    ]);
  });

  it('says how many times: en once/twice/4 times, lv reize/reizes/reižu, ru раз/раза', async () => {
    expect(await inLocale('en', () => [1, 2, 4, 21].map((n) => occurrences(n, 'en')))).to.deep.equal(['once', 'twice', '4 times', '21 times']);
    expect(await inLocale('lv', () => [1, 2, 4, 10, 21].map((n) => occurrences(n, 'lv')))).to.deep.equal([
      '1 reize',
      '2 reizes',
      '4 reizes',
      '10 reižu',
      '21 reize',
    ]);
    expect(await inLocale('ru', () => [1, 2, 4, 5, 21, 22].map((n) => occurrences(n, 'ru')))).to.deep.equal([
      '1 раз',
      '2 раза',
      '4 раза',
      '5 раз',
      '21 раз',
      '22 раза',
    ]);
  });

  it('groups large numbers: en with a comma, lv and ru with a no-break space', () => {
    expect(formatCount(12345, 'en')).to.equal('12,345');
    expect(formatCount(12345, 'lv')).to.match(/^12[\u00a0\u202f]345$/);
    expect(formatCount(12345, 'ru')).to.match(/^12[\u00a0\u202f]345$/);
  });

  it('has lt, et and uk forms for each of their plural categories', async () => {
    expect(supportedLocales).to.include.members(['lt', 'et', 'uk']);
    expect(await inLocale('lt', () => [1, 2, 10, 21].map((n) => participants(n, 'lt')))).to.deep.equal([
      '1 dalyvis',
      '2 dalyviai',
      '10 dalyvių',
      '21 dalyvis',
    ]);
    expect(await inLocale('et', () => [1, 2, 21].map((n) => participants(n, 'et')))).to.deep.equal(['1 osaleja', '2 osalejat', '21 osalejat']);
    expect(await inLocale('uk', () => [1, 2, 5, 21, 22].map((n) => participants(n, 'uk')))).to.deep.equal([
      '1 учасник',
      '2 учасники',
      '5 учасників',
      '21 учасник',
      '22 учасники',
    ]);
  });
});
