/**
 * The activities of a feed as a timeline asks for them: gathered from one
 * release or all, filtered by a date window (an activity is in when its
 * possible range overlaps the window) and sorted by the earliest instant
 * each can mean (ties keep feed order).
 */
import { parseWhen, type When } from './edtf.js';
import { findRelease, ofTopic } from './resolve.js';
import type { Activity, Release } from './schema.js';
import { unchecked, type Feed } from './validate.js';
import { measure } from '../shared/timing.js';

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
  /** A topic id: only the activities of releases that name it. */
  topic?: string;
}

/** A window bound: any `when` value (`2020`, `2020-04`, `2020-04-29`); invalid → no bound. */
export const bound = (value: string | undefined, edge: 'earliest' | 'latest', open: number) => {
  const parsed = value ? parseWhen(value.trim()) : undefined;
  return parsed ? parsed[edge] : open;
};

/** Whether some activities of `feed` are still to be checked (validate.ts): `timelineItems` then gives only the first ones. */
export const checkedInPart = (feed: Feed): boolean => feed.releases.some((release) => unchecked.has(release));

/** The items for `query`, sorted; of a feed checked in part, only the first `limit`. */
export function timelineItems(feed: Feed, query: TimelineQuery, limit = Infinity): TimelineItem[] {
  const began = globalThis.KOPIENA_TIMING ? performance.now() : 0;
  const releases = query.release ? [findRelease(feed, query.release)].filter((release) => release !== undefined) : feed.releases;
  const start = bound(query.from, 'earliest', -Infinity);
  const end = bound(query.to, 'latest', Infinity);
  const items: TimelineItem[] = [];
  let inPart = false;
  for (const release of releases) {
    if (!ofTopic(release, query.topic)) continue;
    const later = unchecked.get(release);
    inPart ||= !!later;
    // Not checked yet: placed by its `when` if it has one, kept below only if its check passes.
    for (const activity of (later?.input ?? release.activities) as Array<Activity | null>) {
      const when = parseWhen(activity?.when as string, activity?.part);
      if (when && when.earliest <= end && when.latest >= start) items.push({ activity: activity!, release, when });
    }
  }
  const direction = query.order === 'asc' ? 1 : -1;
  // Array.prototype.sort is stable: equal instants keep feed order.
  items.sort((a, b) => direction * (a.when.earliest - b.when.earliest) || 0);
  if (globalThis.KOPIENA_TIMING) measure('sort', began);
  if (!inPart) return items;
  // The first `limit` valid ones, each checked with its whole release, so that a repeated id is judged as the whole feed's check judges it.
  const valid = new Map<Release, Activity[]>();
  const first: TimelineItem[] = [];
  for (const item of items) {
    if (first.length >= limit) break;
    let kept = valid.get(item.release);
    if (!kept) valid.set(item.release, (kept = unchecked.get(item.release)!.check()));
    if (kept.includes(item.activity)) first.push(item);
  }
  return first;
}
