/**
 * The shape of one locale's date wording, apart from `dates.ts` that
 * composes it, so that the locale modules (`dates/*.ts`) and `dates.ts`
 * import this file rather than each other.
 */
import type { Point } from '../feed/edtf.js';

/**
 * The role a point's phrase plays, each locale picks its case for it:
 * `at` alone ("в апреле 2020 г."), `of` before early/mid/late ("апреля 2020 г."),
 * `from` / `until` after the open-interval prepositions, `to` after the
 * closing preposition of a range (ru "по апрель"), `span` an end of a dash
 * range ("апрель – май 2020 г."; a year there is plural: "2019 гг.").
 */
export type Role = 'at' | 'of' | 'from' | 'until' | 'to' | 'span';

/** One locale's date wording. In templates `%` stands for the phrase. */
export interface DatePhrases {
  /** A point's phrase in `role`; `cut` leaves out the year (the range's other end says it). */
  point(p: Point, role: Role, cut?: boolean): string;
  early: string;
  mid: string;
  late: string;
  from: string;
  until: string;
  /** The closing preposition of a range; default `until`. */
  to?: string;
  /** approximate (`~`) */
  about: string;
  /** uncertain (`?`) */
  maybe: string;
  /** The year leads (lv, lt): a range leaves it out of its end, not its start. */
  yearFirst?: boolean;
  /** Qualifiers go inside the prepositions, per end ("from about April 2020"), not around them ("примерно с апреля 2020 г."). */
  inner?: boolean;
  /** Precisions (y, s, m, d) whose closed ranges take a dash ("2019–2020"); default all. */
  dash?: string;
  /** Precisions whose other ranges take a spaced dash ("27 April – 3 May 2020"); default `dash`. */
  spaced?: string;
  /** Last touch on the whole phrase (uk: у/в after the word before). */
  finish?(phrase: string): string;
}
