/**
 * Archive pages of a feed index (docs/feed-format.md, "Feeds that grow"): which pages may
 * hold a release, and what became of each page, for synchronous rendering;
 * and which page a timeline reads next. Reading pages is `archive-load.ts`
 * (it records each page's outcome here), in the archive reader's lazy chunk,
 * so that pages showing only the newest news never download it.
 */
import { bound, type TimelineItem, type TimelineQuery } from './activities.js';
import type { FeedError } from './errors.js';
import type { ArchivePage } from './archive-index.js';
import type { ValidationResult } from './validate.js';

/** What became of each page: its validated content or why it failed (set by `archive-load.ts`). */
export const outcomes = new WeakMap<ArchivePage, ValidationResult | FeedError>();

/** At most this many pages are read to look up a release id that does not begin with a date. */
export const MAX_PAGES_SEARCHED = 100;

/** The page's content or failure, if it has arrived. */
export const pageOutcome = (page: ArchivePage): ValidationResult | FeedError | undefined => outcomes.get(page);

const day = (iso: string | undefined, open: string) => iso?.slice(0, 10) ?? open;

/**
 * The pages that may hold release `id`, in the order to read them: for an
 * id that begins with a date (`2019-03-14-…`), the pages whose range holds
 * that date; for any other id, every page newest first, up to
 * `MAX_PAGES_SEARCHED`.
 */
export function pagesFor(pages: ArchivePage[], id: string): ArchivePage[] {
  const date = /^\d{4}-\d\d-\d\d/.exec(id)?.[0];
  if (!date) return pages.slice(0, MAX_PAGES_SEARCHED);
  return pages.filter((page) => day(page.from, '') <= date && date <= day(page.to, '~'));
}

/**
 * For a feed split into archive pages: how many of `items` (sorted, from the
 * index and the pages read so far, in feed order) are certainly the first
 * of the whole history, and the unread page to read next for more — among
 * the unread pages whose activities range can overlap the window, the one
 * whose items could come first (newest first: the highest `to`). Items sort
 * by their earliest instant, which on a page lies within its [low, high],
 * so every item strictly before that page's bound is final.
 */
export function settle(items: TimelineItem[], unread: ArchivePage[], query: TimelineQuery): { count: number; next?: ArchivePage } {
  const start = bound(query.from, 'earliest', -Infinity);
  const end = bound(query.to, 'latest', Infinity);
  const asc = query.order === 'asc';
  let next: ArchivePage | undefined;
  for (const page of unread) {
    if (page.low <= page.high && page.low <= end && page.high >= start && (!next || (asc ? page.low < next.low : page.high > next.high))) next = page;
  }
  if (!next) return { count: items.length };
  const limit = asc ? next.low : next.high;
  const count = items.findIndex((item) => (asc ? item.when.earliest >= limit : item.when.earliest <= limit));
  return { count: count < 0 ? items.length : count, next };
}
