/**
 * The newest releases of a feed for `<release-list>`, optionally of one
 * topic, across an index and its archive pages (docs/feed-format.md, "Feeds
 * that grow"), as if the history were one file: a page is read only when the
 * releases read so far cannot tell which come first. Drafts and embargoed
 * releases (a hand-written feed may hold them) are never among them.
 */
import type { ArchiveSession } from '../feed/archive-reader.js';
import { heldBack } from '../feed/embargo.js';
import { ofTopic, sortReleases } from '../feed/resolve.js';
import type { Release } from '../feed/schema.js';
import type { Feed } from '../feed/validate.js';

export interface NewestQuery {
  /** A topic id: only releases that name it. */
  topic?: string;
  /** How many the list needs to know of (the shown ones and one more, to know whether "Show more" has anything). */
  wanted: number;
  /** The reader's clock, against embargoes. */
  now: Date;
}

export interface Newest {
  /** The first releases of the whole history, certain, newest first: at least `wanted` when the history has that many. */
  releases: Release[];
  /** The history may hold more: a page not read yet, loading, or failed. */
  more: boolean;
}

const day = (iso: string) => iso.slice(0, 10);
/** An archive page without `to` may hold releases of any day: "~" sorts after every date. */
const OPEN = '~';

/** How many of `sorted` are newer than every release of a page whose newest day is `limit`. */
const newerThan = (sorted: Release[], limit: string) => {
  const index = sorted.findIndex((release) => day(release.published) <= limit);
  return index < 0 ? sorted.length : index;
};

/**
 * The newest releases for `query`. `archives` gives the widget's archive
 * session (undefined while the archive reader's chunk loads: then the
 * result is undefined too); it is asked only when the index alone cannot
 * answer, so a list of the newest news never downloads the reader.
 */
export function newestReleases(index: Feed, query: NewestQuery, archives: () => ArchiveSession | undefined): Newest | undefined {
  const shown = (release: Release) => !heldBack(release, query.now) && ofTopic(release, query.topic);
  const pool = index.releases.filter(shown);
  let sorted = sortReleases(pool);
  if (!index.archives?.length) return { releases: sorted, more: false };
  // From the index alone: what is newer than every page may hold (the pages' `to` as written; unchecked ones only make this stricter).
  const listed = index.archives.map((entry) => {
    const to = (entry as { to?: unknown } | null)?.to;
    return typeof to === 'string' ? day(to) : OPEN;
  });
  let certain = newerThan(
    sorted,
    listed.reduce((a, b) => (a > b ? a : b))
  );
  if (certain >= query.wanted) return { releases: sorted.slice(0, certain), more: true };
  const session = archives();
  if (!session) return undefined;
  const pages = session.pages(index);
  // The newest day each page and every later one may hold: pages are listed newest first, but nothing relies on it.
  const limits = pages.map((page) => (page.to ? day(page.to) : OPEN));
  for (let at = limits.length - 2; at >= 0; at--) if (limits[at + 1] > limits[at]) limits[at] = limits[at + 1];
  for (const [at, page] of pages.entries()) {
    certain = newerThan(sorted, limits[at]);
    if (certain >= query.wanted) return { releases: sorted.slice(0, certain), more: true };
    const content = session.page(index, page)?.feed;
    // Loading (the host renders again when it arrives) or failed (`session.failure`): what is certain so far.
    if (!content) return { releases: sorted.slice(0, certain), more: true };
    pool.push(...content.releases.filter(shown));
    sorted = sortReleases(pool);
  }
  return { releases: sorted, more: false };
}
