/**
 * Everything a widget needs to read archive pages, in one chunk that is
 * imported only when a feed lists `archives` and a widget needs more than
 * the index (an old release): pages showing the newest news
 * never download it, so their cost does not grow with the project's past.
 */
import { timelineItems, type TimelineItem, type TimelineQuery } from './activities.js';
import { checkArchives, type ArchivePage } from './archive-index.js';
import { loadPage } from './archive-load.js';
import { pageOutcome, pagesFor, settle } from './archives.js';
import { FeedError, type FeedIssue } from './errors.js';
import type { Release } from './schema.js';
import type { Feed, ValidationResult } from './validate.js';

const checked = new WeakMap<Feed, { pages: ArchivePage[]; issues: FeedIssue[] }>();

/** The index's archive pages, checked once per parsed index (issues say what was refused). */
function archivesOf(index: Feed): { pages: ArchivePage[]; issues: FeedIssue[] } {
  let entry = checked.get(index);
  if (!entry) {
    const issues: FeedIssue[] = [];
    entry = { pages: checkArchives(index.archives ?? [], index.url, issues), issues };
    checked.set(index, entry);
  }
  return entry;
}

/** What one widget needs of the archive pages during a render, and what it is waiting for. */
export class ArchiveSession {
  /** Pages this widget is loading, and how to abort them when it leaves. */
  #pending = new Set<ArchivePage>();
  #abort?: AbortController;
  /** What the current render used (their issues are announced). */
  #used = new Set<{ issues: FeedIssue[] }>();
  /** The sorted activities of the index and the pages read so far, for one query. */
  #sorted?: { index: Feed; key: string; items: TimelineItem[] };
  /** Whether the current render waits for a page, and the first page failure it met. */
  waiting = false;
  failure?: FeedError;

  /** `host`: the widget, rendered again when a page arrives; its `timeout` applies to each page. */
  constructor(readonly host: { requestUpdate(): void; timeout: number }) {}

  /** Starts a render. */
  begin(): void {
    this.#used.clear();
    this.waiting = false;
    this.failure = undefined;
  }

  /** The host left the page. */
  stop(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#pending.clear();
  }

  /** The issues of the index's archive list and of every page the render used. */
  get issues(): FeedIssue[] {
    return [...this.#used].flatMap((used) => used.issues);
  }

  pages(index: Feed): ArchivePage[] {
    const entry = archivesOf(index);
    this.#used.add(entry);
    return entry.pages;
  }

  /**
   * An archive page of `index`: its content once here; undefined while it
   * loads (the host renders again when it arrives) or when it failed
   * (`failure`). Each page is requested once per page load.
   */
  page(index: Feed, page: ArchivePage): ValidationResult | undefined {
    const outcome = pageOutcome(page);
    if (outcome instanceof FeedError) this.failure ??= outcome;
    else if (outcome) return (this.#used.add(outcome), outcome);
    else {
      this.waiting = true;
      if (!this.#pending.has(page)) {
        this.#pending.add(page);
        const signal = (this.#abort ??= new AbortController()).signal;
        const settled = () => signal.aborted || (this.#pending.delete(page), this.host.requestUpdate());
        loadPage(index, page, { signal, timeout: this.host.timeout }).then(settled, settled);
      }
    }
    return undefined;
  }

  /** Release `id` from the pages that may hold it, read one at a time: see `FeedController.release()`. */
  release(index: Feed, id: string): [Release, Feed] | FeedError | undefined {
    for (const page of pagesFor(this.pages(index), id)) {
      const content = this.page(index, page)?.feed;
      if (!content) return undefined;
      const release = content.releases.find((candidate) => candidate.id === id);
      if (release) return [release, content];
    }
    return new FeedError('not-found', `The feed has no release "${id}".`);
  }

  /**
   * The activities of the whole history (the index and its archive pages)
   * for `query`, as if it were one file: `items` are the first ones, certain
   * (at least `wanted` of them when the history has that many), read one
   * page at a time in the order they can come, newest first. `more`: the
   * history may hold more (a page not read yet, or loading, or failed:
   * `waiting`, `failure`).
   */
  activities(index: Feed, query: TimelineQuery, wanted: number): { items: TimelineItem[]; more: boolean } {
    const read: Feed[] = [];
    const unread: ArchivePage[] = [];
    for (const page of this.pages(index)) {
      const outcome = pageOutcome(page);
      if (!outcome || outcome instanceof FeedError) unread.push(page);
      else {
        read.push(outcome.feed);
        this.#used.add(outcome);
      }
    }
    // Index first, then the pages in the index's order: ties keep the order of the history as one file.
    const key = [query.order, query.from, query.to, query.topic, read.length].join();
    if (this.#sorted?.key !== key || this.#sorted.index !== index)
      this.#sorted = { index, key, items: timelineItems({ ...index, releases: [index, ...read].flatMap((feed) => feed.releases) }, query) };
    const { items } = this.#sorted;
    const { count, next } = settle(items, unread, query);
    // Too few are certain: read the page they wait for (the host renders again when it arrives; a failed page is not read again).
    if (count < wanted && next) this.page(index, next);
    return { items: items.slice(0, count), more: !!next };
  }
}
