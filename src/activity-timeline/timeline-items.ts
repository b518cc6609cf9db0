/**
 * The activities a timeline shows, computed once per feed and settings:
 * gathered from one release or all, filtered by a date window (an activity
 * is in when its possible range overlaps the window), sorted by the earliest
 * instant each can mean (ties keep feed order), and grouped.
 */
import { parseWhen, type When } from '../feed/edtf.js';
import { findRelease } from '../feed/resolve.js';
import type { Activity, Release } from '../feed/schema.js';
import type { Feed } from '../feed/validate.js';
import type { ArchivePage } from '../feed/archive-index.js';

export interface TimelineItem {
  activity: Activity;
  release: Release;
  when: When;
}

export interface TimelineQuery {
  /** A release id, `latest`, or undefined for every release. */
  release?: string;
  order: 'asc' | 'desc';
  from?: string;
  to?: string;
}

/** A window bound: any `when` value (`2020`, `2020-04`, `2020-04-29`); invalid → no bound. */
const bound = (value: string | undefined, edge: 'earliest' | 'latest', open: number) => {
  const parsed = value ? parseWhen(value.trim()) : undefined;
  return parsed ? parsed[edge] : open;
};

export function timelineItems(feed: Feed, query: TimelineQuery): TimelineItem[] {
  const releases = query.release ? [findRelease(feed, query.release)].filter((release) => release !== undefined) : feed.releases;
  const start = bound(query.from, 'earliest', -Infinity);
  const end = bound(query.to, 'latest', Infinity);
  const items: TimelineItem[] = [];
  for (const release of releases) {
    for (const activity of release.activities) {
      const when = parseWhen(activity.when, activity.part);
      if (when && when.earliest <= end && when.latest >= start) items.push({ activity, release, when });
    }
  }
  const direction = query.order === 'asc' ? 1 : -1;
  // Array.prototype.sort is stable: equal instants keep feed order.
  return items.sort((a, b) => direction * (a.when.earliest - b.when.earliest) || 0);
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

export type Grouping = 'none' | 'year' | 'month';

/** The group an item falls in: its year (`2020`) or month (`2020-04`), by its earliest instant. */
export function groupKey(item: TimelineItem, grouping: Grouping): string {
  if (grouping === 'none') return '';
  const instant = Number.isFinite(item.when.earliest) ? item.when.earliest : item.when.latest;
  if (!Number.isFinite(instant)) return '';
  const iso = new Date(instant).toISOString();
  return grouping === 'year' ? iso.slice(0, 4) : iso.slice(0, 7);
}
