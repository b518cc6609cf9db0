/**
 * Gives an element its feed, from the `.feed` property, an inline
 * `<script type="application/json">` child, or the `src` URL (in that order
 * of precedence), and announces the outcome with kopiena events.
 *
 * Server-safe: nothing here touches the DOM or the network until the host
 * is connected, and a `.feed` given up front is validated synchronously, so
 * the server can render it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, isAbort } from '../feed/errors.js';
import { load, parseFeedText } from '../feed/load.js';
import { validateFeed, type ValidationResult } from '../feed/validate.js';
import { emit, errorDetail } from './events.js';

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  feed?: unknown;
  timeout: number;
}

export interface FeedState {
  /** True while a request is under way. */
  loading: boolean;
  /** The last good feed, kept on screen when a later load fails. */
  result?: ValidationResult;
  error?: FeedError;
}

function validateGiven(feed: unknown): FeedState {
  try {
    return { loading: false, result: validateFeed(feed) };
  } catch (error) {
    return { loading: false, error: error instanceof FeedError ? error : new FeedError('schema', String(error)) };
  }
}

export class FeedController implements ReactiveController {
  #current: FeedState = { loading: true };
  #given?: unknown;
  #requested?: string;
  #abort?: AbortController;
  #connected = false;
  #announced?: object;
  /** Notices an inline JSON script added or edited after the host connected. */
  #children?: MutationObserver;

  readonly #host: FeedHost;

  constructor(host: FeedHost) {
    this.#host = host;
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
    if (this.#current.loading) this.#requested = undefined;
  }

  hostUpdate(): void {
    this.#sync();
  }

  /**
   * Fires `kopiena-load` or `kopiena-error` once per outcome. The host calls it
   * after rendering, with the error it shows (which may be its own, such as
   * `not-found`), so the event follows what the reader sees.
   */
  announce(shownError?: FeedError): void {
    const { loading, result } = this.#current;
    if (loading && !shownError) return;
    const outcome = shownError ?? result;
    if (!outcome || outcome === this.#announced) return;
    this.#announced = outcome;
    if (shownError) emit(this.#host, 'kopiena-error', errorDetail(shownError));
    else if (result) emit(this.#host, 'kopiena-load', { feed: result.feed, issues: result.issues });
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
        this.#abort?.abort();
        this.#current = validateGiven(feed);
      }
      return;
    }
    this.#given = undefined;
    if (!this.#connected) return;
    const inline = this.#host.querySelector(':scope > script[type="application/json"]');
    const source = inline ? `inline:${inline.textContent}` : this.#host.src ? `src:${this.#host.src}` : '';
    if (source === this.#requested) return;
    this.#requested = source;
    this.#abort?.abort();
    this.#abort = undefined;
    if (inline) {
      this.#current = this.#parseInline(inline.textContent ?? '');
    } else if (this.#host.src) {
      this.#fetch(this.#host.src);
    } else {
      this.#current = { loading: false, error: new FeedError('not-found', 'No feed was given: set src, .feed or an inline JSON script.') };
    }
  }

  #parseInline(text: string): FeedState {
    try {
      return { loading: false, result: parseFeedText(text) };
    } catch (error) {
      return { loading: false, error: error as FeedError };
    }
  }

  #fetch(src: string): void {
    const abort = (this.#abort = new AbortController());
    this.#current = { ...this.#current, loading: true, error: undefined };
    load(src, { signal: abort.signal, timeout: this.#host.timeout }).then(
      (result) => abort.signal.aborted || this.#set({ loading: false, result }),
      (error: unknown) => {
        if (isAbort(error) || abort.signal.aborted) return;
        const failure = error instanceof FeedError ? error : new FeedError('network', String(error));
        this.#set({ loading: false, result: this.#current.result, error: failure });
      }
    );
  }
}
