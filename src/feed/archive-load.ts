/**
 * Reads archive pages: each page is requested at most once per page load,
 * shared by every widget reading the same index, validated against the
 * index, and its content (or failure) kept in `outcomes`.
 */
import { outcomes } from './archives.js';
import { FeedError, isAbort } from './errors.js';
import { parseFeedJson, shared, type LoadOptions, type SharedRequest } from './load.js';
import type { ArchivePage } from './archive-index.js';
import type { Feed, ValidationResult } from './validate.js';
import { validatePage } from './validate-page.js';

/** Requests per index feed (one parsed index is shared by all widgets naming its URL). */
const requests = new WeakMap<Feed, Map<string, SharedRequest<ValidationResult>>>();

/**
 * Loads an archive page of `index`. Errors name the page: "Archive page
 * archive/2019.json: The feed server answered 404." A failed page is not
 * requested again during this page load.
 * @throws FeedError, or an AbortError DOMException when `signal` aborts.
 */
export function loadPage(index: Feed, page: ArchivePage, options: LoadOptions = {}): Promise<ValidationResult> {
  let pages = requests.get(index);
  if (!pages) requests.set(index, (pages = new Map()));
  const read = (text: string) => validatePage(parseFeedJson(text), index, page);
  return shared(pages, page.url, read, options, true).then(
    (result) => (outcomes.set(page, result), result),
    (error: unknown) => {
      if (isAbort(error)) throw error;
      const cause = error instanceof FeedError ? error : new FeedError('network', String(error));
      const failure = new FeedError(cause.code, `Archive page ${page.name}: ${cause.message}`, cause.issues);
      outcomes.set(page, failure);
      throw failure;
    }
  );
}
