/**
 * Archive pages of a feed index (feed.md, "Feeds that grow"): which pages may
 * hold a release, and what became of each page, for synchronous rendering.
 * Reading pages is `archive-load.ts`, imported dynamically so that pages
 * showing only the newest news never download it. (The feed layer only: the
 * elements do not read archive pages yet, see README, Large feeds.)
 */
import type { FeedError } from './errors.js';
import type { LoadOptions } from './load.js';
import type { Release } from './schema.js';
import type { ArchivePage } from './archive-index.js';
import type { Feed, ValidationResult } from './validate.js';

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

export interface ArchivedRelease {
  release: Release;
  /** The page's content: the index's people and organizations with the page's releases. */
  result: ValidationResult;
}

/**
 * Finds release `id` on the archive `pages` of `index`, reading one page at a
 * time. Resolves undefined when no page that may hold it does.
 * @throws FeedError when a page that may hold it fails.
 */
export async function findArchivedRelease(
  index: Feed,
  pages: ArchivePage[],
  id: string,
  options: LoadOptions = {}
): Promise<ArchivedRelease | undefined> {
  const { loadPage } = await import('./archive-load.js');
  for (const page of pagesFor(pages, id)) {
    const result = await loadPage(index, page, options);
    const release = result.feed.releases.find((candidate) => candidate.id === id);
    if (release) return { release, result };
  }
  return undefined;
}
