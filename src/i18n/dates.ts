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
 * lt "apytiksliai" / "galbūt", et "umbes" / "võib-olla".
 *
 * Ranges leave out what both ends share, once: "27 April – 3 May 2020",
 * "27–30 April 2020"; "no 2020. gada 27. aprīļa līdz 3. maijam". English
 * qualifies each end, and then keeps both whole: "about 27 April 2020 – 3 May 2020";
 * the others qualify the whole phrase: "примерно 27 апреля – 3 мая 2020 г.".
 * Pure, no DOM: works in Node and during SSR.
 */
import type { Point, When } from '../feed/edtf.js';
import { phrases as en } from './dates/en.js';

/**
 * The role a point's phrase plays, each locale picks its case for it:
 * `at` alone ("в апреле 2020 г."), `of` before early/mid/late ("апреля 2020 г."),
 * `from` / `until` in an open interval, `a` / `b` the start / end of a range.
 */
export type Role = 'at' | 'of' | 'from' | 'until' | 'a' | 'b';

/** One locale's date wording. In templates `%` stands for the phrase (a range: start, then end). */
export interface DatePhrases {
  /** A point's phrase in `role`; `cut` 1 leaves out the year, 2 the year and month (the range's other end carries them). */
  point(p: Point, role: Role, cut: 0 | 1 | 2): string;
  early: string;
  mid: string;
  late: string;
  from: string;
  until: string;
  range: string;
  /** approximate (`~`) */
  about: string;
  /** uncertain (`?`) */
  maybe: string;
  /** The year leads (lv, lt): a range leaves it out of its end, not its start. */
  yearFirst?: boolean;
  /** Qualifiers go inside from/until, per end ("from about April 2020"), not around the whole phrase ("примерно с апреля 2020 г."). */
  inner?: boolean;
}

// English is built in; the other locales' phrases arrive with their lazily
// loaded message chunk (see messages.ts), so a page pays only for its languages.
const locales = new Map<string, DatePhrases>([['en', en]]);

/** Makes `phrases` the date wording of `locale` (called when a locale chunk loads). */
export function addDatePhrases(locale: string, phrases: DatePhrases): void {
  locales.set(locale, phrases);
}

/** Fills each `%` of a template in turn. */
const fill = (template: string, ...phrases: string[]) => phrases.reduce((s, x) => s.replace('%', x), template);

/** `w` in words for `locale` (BCP 47; `lv-LV` → lv); unsupported locales get English. */
export function formatWhen(w: When, locale: string): string {
  const l = locales.get(locale.toLowerCase().split(/[-_]/)[0]) ?? en;
  const { start: a, end: b, interval } = w;
  const qualify = (s: string, ...points: (Point | undefined)[]) => {
    if (points.some((p) => p?.approximate)) s = fill(l.about, s);
    return points.some((p) => p?.uncertain) ? fill(l.maybe, s) : s;
  };
  const end = (p: Point, role: Role, cut: 0 | 1 | 2 = 0) => {
    const s = l.point(p, role, cut);
    return l.inner ? qualify(s, p) : s;
  };
  let s: string;
  if (!interval) s = w.part ? fill(l[w.part], l.point(a!, 'of', 0)) : l.point(a!, 'at', 0);
  else if (!b) s = fill(l.from, end(a!, 'from'));
  else if (!a) s = fill(l.until, end(b, 'until'));
  else {
    const cut =
      a.year !== b.year || a.precision === 'year' || b.precision === 'year' || (l.inner && [a, b].some((p) => p.approximate || p.uncertain))
        ? 0
        : a.day && b.day && a.month === b.month && !l.yearFirst
          ? 2
          : 1;
    s = fill(cut > 1 ? '%–%' : l.range, end(a, 'a', l.yearFirst ? 0 : cut), end(b, 'b', l.yearFirst ? cut : 0));
  }
  return l.inner && interval ? s : qualify(s, a, b);
}
