/**
 * The `when` of an activity: a subset of EDTF (ISO 8601-2, levels 0–1).
 *
 *   2020-04-29   day            2020-04~   approximate
 *   2020-04      month          2020-04?   uncertain
 *   2020         year           2020-04%   both
 *   2020-21…24   spring, summer, autumn, winter (meteorological, northern
 *                hemisphere; winter 2020 = December 2020 – February 2021)
 *   a/b          interval of any two of the above; either side may be `..`
 *                (open), not both
 *
 * An optional part (early / mid / late) narrows a single month, season or
 * year to its first, middle or last third, counted in whole days
 * (boundaries at ⌊n/3⌋ and ⌊2n/3⌋ days: April → 1–10, 11–20, 21–30).
 * Pure, no DOM: runs in the browser, in Node and during SSR.
 */
import { tally } from '../shared/timing.js';
export type Part = 'early' | 'mid' | 'late';

export type Point = {
  precision: 'day' | 'month' | 'year' | 'season';
  year: number;
  /** 1–12 */
  month?: number;
  day?: number;
  /** 1 spring (21), 2 summer (22), 3 autumn (23), 4 winter (24) */
  season?: 1 | 2 | 3 | 4;
  /** `~` or `%`; set only when true */
  approximate?: boolean;
  /** `?` or `%`; set only when true */
  uncertain?: boolean;
};

export type When = {
  /** Undefined when the interval is open at its start. */
  start?: Point;
  /** Undefined when the interval is open at its end; for a single value, the same object as `start`. */
  end?: Point;
  interval: boolean;
  part?: Part;
  /** UTC epoch ms of the first instant the value can mean (-Infinity when open). Qualifiers do not widen it. */
  earliest: number;
  /** UTC epoch ms of the last instant the value can mean (+Infinity when open). */
  latest: number;
  /** Most precise valid `<time datetime>` value: `2020-04-29`, `2020-04`, `2020` (also for seasons); an interval's start (or end when open at the start). */
  datetime: string;
};

const DAY = 864e5;
const parts: readonly Part[] = ['early', 'mid', 'late'];

/** UTC ms of a calendar date (month 0-based, overflow rolls over); unlike Date.UTC, years 0–99 stay as given. */
const utc = (year: number, month: number, day = 1) => new Date(0).setUTCFullYear(year, month, day);

function point(text: string): Point | undefined {
  const match = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?([~?%]?)$/.exec(text);
  if (!match) return undefined;
  const [, y, m, d, q] = match;
  const year = +y;
  const month = +m;
  const day = +d;
  let p: Point;
  if (!m) p = { precision: 'year', year };
  else if (month > 20) {
    if (d || month > 24) return undefined;
    p = { precision: 'season', year, season: (month - 20) as 1 | 2 | 3 | 4 };
  } else if (month < 1 || month > 12) return undefined;
  else if (!d) p = { precision: 'month', year, month };
  // Day 00, 31 April, 29 February of a common year: the date rolls over.
  else if (new Date(utc(year, month - 1, day)).getUTCDate() !== day) return undefined;
  else p = { precision: 'day', year, month, day };
  if (q && q !== '?') p.approximate = true;
  if (q && q !== '~') p.uncertain = true;
  return p;
}

/** [first, last] UTC ms of a point. */
function range({ year, month, day, season }: Point): [number, number] {
  const first = utc(year, season ? season * 3 - 1 : (month ?? 1) - 1, day);
  const next = day ? first + DAY : utc(year, season ? season * 3 + 2 : (month ?? 12));
  return [first, next - 1];
}

const parsed = new Map<string, When | undefined>();

/**
 * Parses `when` (and an optional `part`); undefined for anything outside the
 * subset or impossible. Remembered: validation and the timeline's sort ask for
 * the same values, 10,000 of them in a large feed. Callers share the result
 * and must not change it.
 */
export function parseWhen(when: string, part?: Part): When | undefined {
  if (typeof when !== 'string' || (part !== undefined && !parts.includes(part))) return undefined;
  const key = `${when} ${part}`;
  if (!parsed.has(key)) {
    // Bounded: a page that shows feed after feed does not grow without end.
    if (parsed.size >= 1e5) parsed.clear();
    const start = globalThis.KOPIENA_TIMING ? performance.now() : 0;
    parsed.set(key, parse(when, part));
    if (globalThis.KOPIENA_TIMING) tally('date parsing', start);
  }
  return parsed.get(key);
}

function parse(when: string, part?: Part): When | undefined {
  const sides = when.split('/');
  const interval = sides.length === 2;
  if (sides.length > 2 || (interval && part)) return undefined;
  // null: open side (`..`); undefined: invalid.
  const points = sides.map((side) => (interval && side === '..' ? null : point(side)));
  if (points.includes(undefined) || (interval && !points[0] && !points[1])) return undefined;
  const start = points[0] ?? undefined;
  const end = points[interval ? 1 : 0] ?? undefined;
  const earliest = start ? range(start)[0] : -Infinity;
  const latest = end ? range(end)[1] : Infinity;
  if (earliest > latest) return undefined;
  const w: When = {
    interval,
    earliest,
    latest,
    // A season has no HTML form: its year. Qualifiers are not part of it.
    datetime: /^\d{4}(-[01]\d(-\d\d)?)?/.exec(sides[start ? 0 : 1])![0],
  };
  if (start) w.start = start;
  if (end) w.end = end;
  if (part) {
    if (start!.day) return undefined;
    const days = (latest + 1 - earliest) / DAY;
    const third = parts.indexOf(part);
    w.part = part;
    w.earliest = earliest + Math.floor((days * third) / 3) * DAY;
    w.latest = earliest + Math.floor((days * (third + 1)) / 3) * DAY - 1;
  }
  return w;
}
