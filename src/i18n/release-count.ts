/**
 * "Showing 10 releases", said by `<release-list>` after "Show more", with the
 * locale's plural categories (see plurals.ts). Its own module so that it
 * travels in the list's lazy chunk, not in the kit every page downloads.
 */
import { msg, str } from './messages.js';
import { formatCount } from './plurals.js';
import { pluralRules } from './intl.js';

/** "Showing 1 release", "Parādītas 10 relīzes", "Показано 5 релизов". */
export function releasesShown(n: number, locale: string): string {
  const count = formatCount(n, locale);
  switch (pluralRules(locale).select(n)) {
    case 'zero':
      return msg(str`Showing ${count} releases`, {
        id: 'releases-shown-zero',
        desc: 'Announced after "Show more" in a list of press releases, plural category "zero" (lv: 10–20, 30 …)',
      });
    case 'one':
      return msg(str`Showing ${count} release`, {
        id: 'releases-shown-one',
        desc: 'Announced after "Show more" in a list of press releases, plural category "one" (en: 1; lv, ru: 1, 21, 31 …)',
      });
    case 'few':
      return msg(str`Showing ${count} releases`, {
        id: 'releases-shown-few',
        desc: 'Announced after "Show more" in a list of press releases, plural category "few" (ru, uk: 2–4, 22–24 …)',
      });
    case 'many':
      return msg(str`Showing ${count} releases`, {
        id: 'releases-shown-many',
        desc: 'Announced after "Show more" in a list of press releases, plural category "many" (ru, uk: 5–20, 25 …)',
      });
    default:
      // No locale of the kit has "two"; it reads as "other".
      return msg(str`Showing ${count} releases`, {
        id: 'releases-shown-other',
        desc: 'Announced after "Show more" in a list of press releases, plural category "other"',
      });
  }
}
