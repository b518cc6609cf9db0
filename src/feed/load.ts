/**
 * Fetches, parses and validates a feed once per URL, however many widgets
 * on the page name it. Each caller may abort its own wait; the request
 * itself is aborted only when every caller has gone. Archive pages
 * (`archives.ts`) go through the same sharing.
 */
import { FeedError, isAbort } from './errors.js';
import { LIMITS } from './schema.js';
import { validateFeed, type ValidationResult } from './validate.js';
import { measure } from '../shared/timing.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before the request gives up with code `timeout`. */
  timeout?: number;
}

export const DEFAULT_TIMEOUT = 10_000;

export interface SharedRequest<T> {
  result: Promise<T>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

/** Requests by URL: the index of every feed on the page. */
const requests = new Map<string, SharedRequest<ValidationResult>>();
/** The text each loaded feed was read from (for `saved-copy`), without keeping it alive. */
const texts = new WeakMap<ValidationResult, string>();

/** The JSON text a loaded feed came from. */
export const textOf = (result: ValidationResult): string | undefined => texts.get(result);

/** Parses feed text into JSON: tolerates a UTF-8 byte order mark, refuses over-large text. */
export function parseFeedJson(text: string): unknown {
  if (text.length > LIMITS.bytes) throw new FeedError('too-large', 'The feed is larger than 5 MB.');
  try {
    const start = globalThis.KOPIENA_TIMING ? performance.now() : 0;
    const parsed: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (globalThis.KOPIENA_TIMING) measure('JSON.parse', start);
    return parsed;
  } catch (error) {
    throw new FeedError('parse', `The feed is not valid JSON (${(error as Error).message}).`);
  }
}

/** Parses and validates feed text; archive pages resolve against `base`; `soon`: see `validateFeed`. */
export const parseFeedText = (text: string, base?: string, soon?: boolean): ValidationResult => validateFeed(parseFeedJson(text), base, soon);

async function request<T>(url: string, controller: AbortController, timeout: number, read: (text: string) => T): Promise<T> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const start = globalThis.KOPIENA_TIMING ? performance.now() : 0;
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
      headers: { accept: 'application/json' },
    });
    if (!response.ok) throw new FeedError('http', `The feed server answered ${response.status}.`);
    if (Number(response.headers.get('content-length')) > LIMITS.bytes) {
      throw new FeedError('too-large', 'The feed is larger than 5 MB.');
    }
    const text = await response.text();
    if (globalThis.KOPIENA_TIMING) measure('feed request', start);
    return read(text);
  } catch (error) {
    if (timedOut) throw new FeedError('timeout', `The feed did not arrive within ${timeout / 1000} s.`);
    if (error instanceof FeedError || isAbort(error)) throw error;
    throw new FeedError('network', 'The feed could not be reached.');
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Fetches `url` once for every caller that asks while it is in `requests`
 * and reads it with `read`. A failed request is forgotten (a later widget
 * may try again) unless `keepFailures`; an aborted one always is.
 * @throws FeedError, or an AbortError DOMException when `signal` aborts.
 */
export function shared<T>(
  requests: Map<string, SharedRequest<T>>,
  url: string,
  read: (text: string) => T,
  { signal, timeout = DEFAULT_TIMEOUT }: LoadOptions,
  keepFailures = false
): Promise<T> {
  signal?.throwIfAborted();
  let entry = requests.get(url);
  if (!entry) {
    const controller = new AbortController();
    const created: SharedRequest<T> = (entry = { controller, waiting: 0, settled: false, result: request(url, controller, timeout, read) });
    requests.set(url, created);
    created.result.then(
      () => (created.settled = true),
      (error) => {
        created.settled = true;
        if ((!keepFailures || isAbort(error)) && requests.get(url) === created) requests.delete(url);
      }
    );
  }
  const joined = entry;
  joined.waiting++;
  if (!signal) return joined.result; // a caller that cannot leave keeps the request alive
  return new Promise((resolve, reject) => {
    let waiting = true;
    const leave = () => {
      if (!waiting) return false;
      waiting = false;
      signal.removeEventListener('abort', onAbort);
      joined.waiting--;
      return true;
    };
    const onAbort = () => {
      if (!leave()) return;
      if (joined.waiting === 0 && !joined.settled) {
        joined.controller.abort();
        if (requests.get(url) === joined) requests.delete(url);
      }
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort);
    joined.result.then(
      (value) => leave() && resolve(value),
      (error) => leave() && reject(error)
    );
  });
}

/** `url` made absolute against the page; a FeedError when it cannot be. */
export function absoluteUrl(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    throw new FeedError('network', `The feed address "${url}" is not a valid URL.`);
  }
}

/**
 * Loads and validates the feed at `url` (absolute, or relative to the page).
 * @throws FeedError, or an AbortError DOMException when `signal` aborts.
 */
export function load(url: string, options: LoadOptions = {}): Promise<ValidationResult> {
  try {
    const absolute = absoluteUrl(url);
    return shared(
      requests,
      absolute,
      (text) => {
        const result = parseFeedText(text, absolute, true);
        texts.set(result, text);
        return result;
      },
      options
    );
  } catch (error) {
    return Promise.reject(error);
  }
}
