/**
 * Gives an element its feed, from the `.feed` property, an inline
 * `<script type="application/json">` child, or the `src` URL (in that order
 * of precedence), renders the state it is in with the templates the element
 * hands over, and announces the outcome with kopiena events.
 *
 * In the shape of Lit's `Task.render()`:
 *
 * ```ts
 * readonly #locale = new LocaleController(this);
 * readonly #feed = new FeedController(this, this.#locale);
 * render() {
 *   return this.#feed.render({
 *     loading: () => renderSkeleton(3),
 *     error: (error) => renderError(error),
 *     ready: (result, failure) => findIt(result) ? html`…` : new FeedError('not-found', '…'),
 *   });
 * }
 * ```
 *
 * The element has no `updated()` for events: after each update in which it
 * rendered through `render()`, the controller fires `kopiena-load` or
 * `kopiena-error` for what is on screen, once per outcome. Outcomes are
 * compared by value (an error by code, message and issues; a load by the feed
 * object), so a `not-found` error built anew in every render fires once, and
 * re-renders, locale changes and "Show more" fire nothing. A new source (a
 * new `.feed`, `src` or inline script) starts over: its outcome fires again.
 * A feed checked in part (`validateFeed`'s `whole`, more than 1,000
 * activities) is rendered at once and announced when its whole arrives.
 *
 * Server-safe: nothing here touches the DOM or the network until the host
 * is connected, and a `.feed` given up front is validated synchronously, so
 * the server can render it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ArchiveSession } from '../feed/archive-reader.js';
import { FeedError, isAbort, type FeedIssue } from '../feed/errors.js';
import { findRelease } from '../feed/resolve.js';
import type { Release } from '../feed/schema.js';
import { absoluteUrl, load, parseFeedText, textOf } from '../feed/load.js';
import { validateFeed, type Feed, type ValidationResult } from '../feed/validate.js';
import { dayMonth } from '../i18n/intl.js';
import { resolveLocale } from '../i18n/locale.js';
import { emit, errorDetail } from './events.js';
import { measure } from './timing.js';

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  feed?: unknown;
  timeout: number;
  /** Keep the last good feed in localStorage (`saved-copy`). */
  savedCopy?: boolean;
}

/** The templates an element renders its feed with (see `FeedController.render`). */
export interface FeedTemplates {
  /** While the first load is under way, or while the locale's messages load. */
  loading: () => unknown;
  /** When there is no feed to show, or `ready` returned an error: the reader sees why. */
  error: (error: FeedError) => unknown;
  /**
   * With a valid feed. `failure` is a later load that failed while this feed
   * stays on screen (show it too: it is announced). Return a `FeedError`
   * instead of a template when the feed lacks what the element shows (`not-found`):
   * `error` renders it and it is announced. Return undefined while an
   * archive page it needs loads (`loading` shows; once a page has failed,
   * `error` shows that failure). `savedAt`: the feed shown is the saved copy
   * from then (`saved-copy`; show the note).
   */
  ready: (result: ValidationResult, failure?: FeedError, savedAt?: string) => unknown;
}

/** Whether the host's messages are ready (a `LocaleController`). */
export interface LocaleReadiness {
  readonly ready: boolean;
}

/** What an update put on screen, as announced: compared by value. */
type Outcome = { kind: 'load'; result: ValidationResult; issues: FeedIssue[]; savedAt?: string } | { kind: 'error'; error: FeedError };

/** What makes two outcomes the same announcement: a load by its feed object, issues and saved copy; an error by its detail. */
const signature = (outcome: Outcome): unknown[] =>
  outcome.kind === 'load' ? [outcome.result.feed, outcome.issues.length, outcome.savedAt] : [JSON.stringify(errorDetail(outcome.error))];

function sameOutcome(a: Outcome | undefined, b: Outcome): boolean {
  const before = a && signature(a);
  return !!before && a.kind === b.kind && signature(b).every((value, index) => value === before[index]);
}

export interface FeedState {
  /** True while a request is under way. */
  loading: boolean;
  /** The last good feed, kept on screen when a later load fails. */
  result?: ValidationResult;
  error?: FeedError;
  /** Set when `result` is a saved copy (`saved-copy`), from then (ISO date-time). */
  savedAt?: string;
}

/** The state for a feed given in the page (`.feed` or inline JSON): validated at once, failures kept as errors. */
function stateOf(read: () => ValidationResult): FeedState {
  try {
    return { loading: false, result: read() };
  } catch (error) {
    return { loading: false, error: error instanceof FeedError ? error : new FeedError('schema', String(error)) };
  }
}

const noop = () => {};
/** When the update under way began (the benchmark's build only: src/shared/timing.ts). Lit runs one host's update at a time. */
let updateStart = 0;
/** The saved-copy code (`saved-copy`), once requested: one import for the page. */
let savedCopies: Promise<typeof import('../feed/saved-copy.js')> | undefined;

type ArchiveReader = typeof import('../feed/archive-reader.js');
/** The archive reader, once its chunk has arrived (one import for the page). */
let reader: ArchiveReader | undefined;
let readerRequest: Promise<void> | undefined;
/** Set when the reader's chunk could not be loaded: not tried again during this page load, as a failed page is not. */
let readerFailure: FeedError | undefined;

export class FeedController implements ReactiveController {
  #current: FeedState = { loading: true };
  #given?: unknown;
  #requested?: string;
  #abort?: AbortController;
  #connected = false;
  /** What this update rendered, set by `render()` and announced in `hostUpdated()`. */
  #rendered?: Outcome;
  /** The last outcome announced for the current source. */
  #announced?: Outcome;
  /** Notices an inline JSON script added or edited after the host connected. */
  #children?: MutationObserver;
  /** This host's reading of archive pages (once the reader's chunk is here), and whether the current render asked for the reader. */
  #archive?: ArchiveSession;
  #wantsReader = false;

  readonly #host: FeedHost;
  readonly #locale?: LocaleReadiness;

  /** `locale`: while it is not ready, `render()` shows `loading` (a skeleton, not English). */
  constructor(host: FeedHost, locale?: LocaleReadiness) {
    this.#host = host;
    this.#locale = locale;
    host.addController(this);
  }

  /** The feed as it stands now (computed on demand, so it also works under SSR). */
  get state(): FeedState {
    this.#sync();
    return this.#current;
  }

  hostConnected(): void {
    this.#connected = true;
    this.#children ??= new MutationObserver(() => this.#host.requestUpdate());
    this.#children.observe(this.#host, { childList: true, subtree: true, characterData: true });
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#children?.disconnect();
    this.#abort?.abort();
    this.#abort = undefined;
    this.#archive?.stop();
    if (this.#current.loading) this.#requested = undefined;
  }

  hostUpdate(): void {
    if (globalThis.KOPIENA_TIMING) updateStart = performance.now();
    this.#rendered = undefined;
    this.#sync();
  }

  /**
   * Renders the feed's state with the element's templates: `loading`, then
   * `ready` with the feed, or `error`. Call it from the host's `render()`;
   * what it renders is announced after the update.
   */
  render(templates: FeedTemplates): unknown {
    const { loading, result, error, savedAt } = this.state;
    this.#rendered = undefined;
    if (this.#locale && !this.#locale.ready) return templates.loading();
    if (!result) {
      if (loading || !error) return templates.loading();
      this.#rendered = { kind: 'error', error };
      return templates.error(error);
    }
    this.#archive?.begin();
    this.#wantsReader = false;
    const shown = templates.ready(result, error, savedAt);
    const failure = shown instanceof FeedError ? shown : (this.pageFailure ?? error);
    const issues = this.#archive ? [...result.issues, ...this.#archive.issues] : result.issues;
    // A feed checked in part (src/feed/validate.ts) shows what it can now; its whole, once checked, replaces it and is announced.
    result.whole?.then((whole) => this.#current.result === result && this.#set({ ...this.#current, result: whole }), noop);
    const waiting = this.#archive?.waiting || (this.#wantsReader && !readerFailure) || result.whole;
    // While a new source, a needed archive page or the rest of the feed's check is awaited, what is on screen is not announced yet.
    if (!loading && (failure || !waiting)) this.#rendered = failure ? { kind: 'error', error: failure } : { kind: 'load', result, issues, savedAt };
    if (shown === undefined) return failure ? templates.error(failure) : templates.loading();
    return shown instanceof FeedError ? templates.error(shown) : shown;
  }

  /** The archive page failure the current render met, to show beside what stays on screen. */
  get pageFailure(): FeedError | undefined {
    return this.#archive?.failure ?? (this.#wantsReader ? readerFailure : undefined);
  }

  /**
   * This host's reading of the archive pages of a feed that lists
   * `archives`; undefined while the archive reader's chunk loads (the host
   * renders again when it arrives) or when it failed (`pageFailure`).
   */
  archives(): ArchiveSession | undefined {
    if (reader) return (this.#archive ??= new reader.ArchiveSession(this.#host));
    this.#wantsReader = true;
    if (!readerFailure && globalThis.document) {
      (readerRequest ??= import('../feed/archive-reader.js').then(
        (module) => void (reader = module),
        (error: unknown) => void (readerFailure = new FeedError('network', String(error)))
      )).then(() => this.#host.requestUpdate());
    }
    return undefined;
  }

  /**
   * Release `id` (or `latest`: the index's newest, undefined when it has
   * none) and the feed it is in: from the index, else from the archive pages
   * that may hold it, read one at a time. Undefined while a page loads or
   * after one failed; a `not-found` FeedError when no page has it.
   */
  release(result: ValidationResult, id = 'latest'): [Release | undefined, Feed] | FeedError | undefined {
    const index = result.feed;
    const found = findRelease(index, id);
    if (found || id === 'latest') return [found, index];
    return index.archives?.length ? this.archives()?.release(index, id) : new FeedError('not-found', `The feed has no release "${id}".`);
  }

  /** Fires `kopiena-load` or `kopiena-error` for what the update just rendered, unless it was already announced. */
  hostUpdated(): void {
    if (globalThis.KOPIENA_TIMING)
      measure(this.#current.result ? 'update with the feed (render and commit)' : 'update without the feed', updateStart);
    const outcome = this.#rendered;
    this.#rendered = undefined;
    if (!outcome || sameOutcome(this.#announced, outcome)) return;
    this.#announced = outcome;
    if (outcome.kind === 'error') emit(this.#host, 'kopiena-error', errorDetail(outcome.error));
    else
      emit(this.#host, 'kopiena-load', {
        feed: outcome.result.feed,
        issues: outcome.issues,
        ...(outcome.savedAt && { stale: true, savedAt: outcome.savedAt }),
      });
  }

  #set(state: FeedState): void {
    this.#current = state;
    this.#host.requestUpdate();
  }

  #sync(): void {
    const { feed } = this.#host;
    if (feed !== undefined) {
      if (feed !== this.#given) {
        this.#given = feed;
        this.#requested = undefined;
        this.#announced = undefined;
        this.#abort?.abort();
        this.#current = stateOf(() => validateFeed(feed, undefined, true));
      }
      return;
    }
    this.#given = undefined;
    if (!this.#connected) return;
    const inline = this.#host.querySelector(':scope > script[type="application/json"]');
    const source = inline ? `inline:${inline.textContent}` : this.#host.src ? `src:${this.#host.src}` : '';
    if (source === this.#requested) return;
    this.#requested = source;
    this.#announced = undefined;
    this.#abort?.abort();
    this.#abort = undefined;
    if (inline) {
      this.#current = stateOf(() => parseFeedText(inline.textContent ?? '', undefined, true));
    } else if (this.#host.src) {
      this.#fetch(this.#host.src);
    } else {
      this.#current = { loading: false, error: new FeedError('not-found', 'No feed was given: set src, .feed or an inline JSON script.') };
    }
  }

  #fetch(src: string): void {
    const abort = (this.#abort = new AbortController());
    let url: string | undefined;
    try {
      url = this.#host.savedCopy ? absoluteUrl(src) : undefined;
    } catch {
      // load() reports the bad address
    }
    // The saved copy's code is a chunk of its own, fetched only by widgets with `saved-copy`, at the same
    // time as the feed. The copy shows as soon as it is read, while the feed loads, and stays when the feed fails.
    const copies = url ? (savedCopies ??= import('../feed/saved-copy.js')) : undefined;
    this.#current = { ...this.#current, loading: true, error: undefined, savedAt: undefined };
    // While the feed is on its way, in the browser's idle time, the first Intl formatter of the host's language is
    // built (ICU's data, 8–40 ms), not in the first render that shows dates (docs/performance.md); not once the feed
    // has come: that render is then due, and building it in the idle time before its frame delayed the frame.
    globalThis.requestIdleCallback?.(() => this.#current.loading && dayMonth(resolveLocale(this.#host), 1, 1));
    copies?.then((module) => {
      const saved = module.readSavedCopy(url!);
      if (saved && this.#current.loading && !abort.signal.aborted) this.#set({ loading: true, ...saved });
    }, noop);
    load(src, { signal: abort.signal, timeout: this.#host.timeout }).then(
      (result) => {
        if (abort.signal.aborted) return;
        copies?.then((module) => module.saveCopy(url!, textOf(result)!), noop);
        this.#set({ loading: false, result });
      },
      (error: unknown) => {
        if (isAbort(error) || abort.signal.aborted) return;
        const failure = error instanceof FeedError ? error : new FeedError('network', String(error));
        const settle = () => {
          const { result, savedAt } = this.#current;
          this.#set(savedAt ? { loading: false, result, savedAt } : { loading: false, result, error: failure });
        };
        // Once the saved copy, if there is one, has been read.
        if (copies) copies.then(settle, settle);
        else settle();
      }
    );
  }
}
