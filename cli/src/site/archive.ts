/**
 * The site's `feed.json`, split as docs/feed-format.md's "Feeds that grow" says when it
 * holds more releases than one page: the index keeps the newest `pageSize`
 * releases and lists the archive pages, newest first; each archive page is
 * `{ "version": 1, "releases": [...] }`, newest first.
 *
 * Archive pages are counted from the oldest release (`archive/1.json` holds
 * the oldest ones) and every page but the newest is full, so a new release
 * changes only the index and the newest archive page: the older pages keep
 * their bytes, and a CDN keeps them cached.
 */
import { type ArchiveEntry, parseWhen, type Release } from '../../../src/core.js';

export interface FeedFile {
  path: string;
  json: unknown;
}

type RawRelease = Record<string, unknown>;

const day = (epoch: number) => new Date(epoch).toISOString().slice(0, 10);

/** The count and range of the activities' `when` (the earliest and latest day they can mean; open ends left out). */
function activityRange(releases: readonly Release[]): ArchiveEntry['activities'] {
  let count = 0;
  let earliest = Infinity;
  let latest = -Infinity;
  for (const release of releases) {
    for (const activity of release.activities ?? []) {
      count++;
      const when = parseWhen(activity.when, activity.part);
      if (!when) continue;
      if (Number.isFinite(when.earliest)) earliest = Math.min(earliest, when.earliest);
      if (Number.isFinite(when.latest)) latest = Math.max(latest, when.latest);
    }
  }
  if (!count || !Number.isFinite(earliest) || !Number.isFinite(latest)) return undefined;
  return { count, from: day(earliest), to: day(latest) };
}

/**
 * The feed files of the site: `feed.json`, and `archive/<n>.json` when the
 * releases do not fit one page. `sorted` are the validated releases newest
 * first; `source` is the feed document as written, whose release objects
 * are copied unchanged (fields the widgets do not know yet included).
 */
export function paginateFeed(source: Record<string, unknown>, sorted: readonly Release[], pageSize: number): FeedFile[] {
  const raw = new Map((source.releases as RawRelease[]).map((release) => [release.id as string, release]));
  const asWritten = (releases: readonly Release[]) => releases.map((release) => raw.get(release.id)!);
  const { archives: _previous, ...envelope } = source;
  if (sorted.length <= pageSize) return [{ path: 'feed.json', json: { ...envelope, releases: asWritten(sorted) } }];

  const newest = sorted.slice(0, pageSize);
  const older = sorted.slice(pageSize).reverse(); // oldest first, to count pages from the oldest
  const pages: FeedFile[] = [];
  const archives: ArchiveEntry[] = [];
  for (let start = 0, number = 1; start < older.length; start += pageSize, number++) {
    const releases = older.slice(start, start + pageSize).reverse(); // newest first within the page
    const url = `archive/${number}.json`;
    const activities = activityRange(releases);
    pages.push({ path: url, json: { version: 1, releases: asWritten(releases) } });
    archives.unshift({
      url,
      from: releases.at(-1)!.published.slice(0, 10),
      to: releases[0].published.slice(0, 10),
      releases: releases.length,
      ...(activities ? { activities } : {}),
    });
  }
  return [{ path: 'feed.json', json: { ...envelope, releases: asWritten(newest), archives } }, ...pages];
}
