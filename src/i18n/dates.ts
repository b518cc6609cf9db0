/**
 * A parsed `when` in words, per locale: "late April 2020",
 * "2020. gada aprīļa beigās", "в конце апреля 2020 г.".
 *
 * Month names and day–month order come from `Intl.DateTimeFormat` where it
 * has the right form; each locale module adds only the case forms Intl
 * lacks (Latvian locative "aprīlī", Russian prepositional "в апреле", …).
 * This module composes them: parts, open ends, ranges and qualifiers.
 *
 * Qualifiers (EDTF `~` `?` `%`) are words, not symbols, so screen readers
 * say them: en "about April 2020" (approximate), "possibly April 2020"
 * (uncertain), "possibly about April 2020" (both); likewise lv "aptuveni" /
 * "iespējams,", ru "примерно" / "возможно,", uk "приблизно" / "можливо,",
 * lt "maždaug" / "galbūt", et "umbes" / "võib-olla".
 *
 * Ranges, in the order tried:
 * - equal ends are one date: "2020-03/2020-03" is "March 2020";
 * - ends of one precision that differ only in their last field say the rest
 *   once, with a closed dash: "27–30 April 2020", "2019–2020 гг.",
 *   "2020 m. balandžio 27–30 d.", "2019.–2020. gadā";
 * - other ends of one precision take a spaced dash and say a shared year
 *   once: "27 April – 3 May 2020", "2020 m. balandžio 27 d. – gegužės 3 d.";
 * - everything else (ends of different precision, ends qualified
 *   differently, and what a locale does not join with a dash) is said with
 *   prepositions, each end in the case its preposition takes, so a
 *   nominative month never meets a genitive date: "с апреля по 3 мая 2020 г.",
 *   "nuo 2020 m. balandžio iki gegužės 3 d.", "from April to 3 May 2020".
 * Ends qualified alike qualify the whole range ("примерно 2019–2020 гг.").
 * Pure, no DOM: works in Node and during SSR.
 */
import type { Point, When } from '../feed/edtf.js';
import type { DatePhrases, Role } from './date-phrases.js';
import { phrases as en } from './dates/en.js';

export type { DatePhrases, Role } from './date-phrases.js';

// English is built in; the other locales' phrases arrive with their lazily
// loaded message chunk (see messages.ts), so a page pays only for its languages.
const locales = new Map<string, DatePhrases>([['en', en]]);

/** Makes `phrases` the date wording of `locale` (called when a locale chunk loads). */
export function addDatePhrases(locale: string, phrases: DatePhrases): void {
  locales.set(locale, phrases);
}

const fill = (template: string, phrase: string) => template.replace('%', phrase);

/**
 * Says once what two ends share: "27 April 2020" and "30 April 2020" give
 * "27–30 April 2020"; ends that differ in more than one word keep a spaced dash.
 */
function tighten(x: string, y: string): string {
  const a = x.split(' ');
  const b = y.split(' ');
  const i = a.findIndex((word, j) => word !== b[j]);
  if (a.length !== b.length || a.slice(i + 1).join() !== b.slice(i + 1).join()) return `${x} – ${y}`;
  a[i] += '–' + b[i];
  return a.join(' ');
}

/** `w` in words for `locale` (BCP 47; `lv-LV` → lv); unsupported locales get English. */
export function formatWhen(w: When, locale: string): string {
  const l = locales.get(locale.toLowerCase().split(/[-_]/)[0]) ?? en;
  const { start: a, end: b } = w;
  const qualify = (s: string, ...points: (Point | undefined)[]) => {
    if (points.some((p) => p?.approximate)) s = fill(l.about, s);
    return points.some((p) => p?.uncertain) ? fill(l.maybe, s) : s;
  };
  // Ends qualified alike (or one open end) take one qualifier for the whole phrase.
  const differ = a && b && qualify('', a) !== qualify('', b);
  const perEnd = l.inner || differ;
  /** An end after its preposition, with its own qualifier when the phrase has none. */
  const end = (p: Point, role: Role, template: string, cut?: boolean) => {
    const s = l.point(p, role, cut);
    return perEnd ? (l.inner ? fill(template, qualify(s, p)) : qualify(fill(template, s), p)) : fill(template, s);
  };
  let s: string;
  // True when each end already carries its own qualifier.
  let said = false;
  if (a === b || (a && b && l.point(a, 'at') === l.point(b, 'at'))) s = w.part ? fill(l[w.part], l.point(a!, 'of')) : l.point(a!, 'at');
  else if (!a || !b) {
    said = !!l.inner;
    s = a ? end(a, 'from', l.from) : end(b!, 'until', l.until);
  } else {
    const kind = a.precision[0];
    const sameYear = a.year === b.year && kind !== 'y' && b.precision[0] !== 'y';
    // The ends differ in their last field only: the rest is said once.
    const closed = kind === 'y' || (sameYear && (kind !== 'd' || a.month === b.month));
    if (!differ && kind === b.precision[0] && ((closed ? l.dash : (l.spaced ?? l.dash)) ?? 'ysmd').includes(kind)) {
      s = closed
        ? tighten(l.point(a, 'span'), l.point(b, 'span'))
        : `${l.point(a, 'span', sameYear && !l.yearFirst)} – ${l.point(b, 'span', sameYear && l.yearFirst)}`;
    } else {
      said = !!perEnd;
      const to = end(b, 'to', l.to ?? l.until, sameYear && l.yearFirst);
      // A qualifier with a comma ("возможно,") is parenthetical mid-phrase: "с 27 апреля, возможно, по 30 апреля".
      s = end(a, 'from', l.from, sameYear && !l.yearFirst) + (to.includes(',') ? ', ' : ' ') + to;
    }
  }
  if (!said) s = qualify(s, a, b);
  return l.finish ? l.finish(s) : s;
}
