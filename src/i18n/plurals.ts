/**
 * Counted phrases with the locale's plural categories (`Intl.PluralRules`):
 * lv zero/one/other, ru and uk one/few/many, lt one/few/many/other, et and
 * en one/other. Each category is its own message, so translators write every
 * form their language has; English repeats its "other" form where it has none.
 */
import { msg, str } from './messages.js';
import { numberFormat, pluralRules } from './intl.js';

/** The number as the locale groups it: "12,345", "12 345". */
export const formatCount = (n: number, locale: string): string => numberFormat(locale).format(n);

/** "12 participants", "12 dalībnieku", "12 участников". */
export function participants(n: number, locale: string): string {
  const count = formatCount(n, locale);
  switch (pluralRules(locale).select(n)) {
    case 'zero':
      return msg(str`${count} participants`, {
        id: 'participants-zero',
        desc: 'Participants of an activity, plural category "zero" (lv: 0, 10–20, 30 …)',
      });
    case 'one':
      return msg(str`${count} participant`, {
        id: 'participants-one',
        desc: 'Participants of an activity, plural category "one" (en: 1; lv, ru: 1, 21, 31 …)',
      });
    case 'two':
      return msg(str`${count} participants`, { id: 'participants-two', desc: 'Participants of an activity, plural category "two"' });
    case 'few':
      return msg(str`${count} participants`, {
        id: 'participants-few',
        desc: 'Participants of an activity, plural category "few" (ru, uk: 2–4, 22–24 …)',
      });
    case 'many':
      return msg(str`${count} participants`, {
        id: 'participants-many',
        desc: 'Participants of an activity, plural category "many" (ru, uk: 0, 5–20, 25 …)',
      });
    default:
      return msg(str`${count} participants`, { id: 'participants-other', desc: 'Participants of an activity, plural category "other"' });
  }
}

/**
 * "once", "twice", "4 times"; "1 reize", "4 reizes", "10 reižu"; "1 раз", "4 раза".
 * Exactly 1 and 2 have messages of their own, as ICU's `=1`/`=2` do, because
 * English says them with words; other languages translate them as numbers.
 */
export function occurrences(n: number, locale: string): string {
  const count = formatCount(n, locale);
  if (n === 1) return msg('once', { id: 'occurrences-exactly-1', desc: 'An activity took place exactly once (lv "1 reize")' });
  if (n === 2) return msg('twice', { id: 'occurrences-exactly-2', desc: 'An activity took place exactly twice (lv "2 reizes")' });
  switch (pluralRules(locale).select(n)) {
    case 'zero':
      return msg(str`${count} times`, { id: 'occurrences-zero', desc: 'Times an activity took place, plural category "zero" (lv: 10–20, 30 …)' });
    case 'one':
      return msg(str`${count} times`, { id: 'occurrences-one', desc: 'Times an activity took place, plural category "one" (lv, ru: 21, 31 …)' });
    case 'two':
      return msg(str`${count} times`, { id: 'occurrences-two', desc: 'Times an activity took place, plural category "two"' });
    case 'few':
      return msg(str`${count} times`, { id: 'occurrences-few', desc: 'Times an activity took place, plural category "few" (ru, uk: 3, 4, 22–24 …)' });
    case 'many':
      return msg(str`${count} times`, { id: 'occurrences-many', desc: 'Times an activity took place, plural category "many" (ru, uk: 5–20, 25 …)' });
    default:
      return msg(str`${count} times`, { id: 'occurrences-other', desc: 'Times an activity took place, plural category "other"' });
  }
}
