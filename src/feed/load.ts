/**
 * Fetches, parses and validates a feed once per URL, however many widgets
 * on the page name it. Each caller may abort its own wait; the request
 * itself is aborted only when every caller has gone.
 */
import { FeedError, isAbort } from './errors.js';
import { LIMITS } from './schema.js';
import { validateFeed, type ValidationResult } from './validate.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before the request gives up with code `timeout`. */
  timeout?: number;
}

export const DEFAULT_TIMEOUT = 10_000;

interface SharedRequest {
  result: Promise<ValidationResult>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

const requests = new Map<string, SharedRequest>();
/** The text each loaded feed was read from (for `saved-copy`), without keeping it alive. */
const texts = new WeakMap<ValidationResult, string>();

/** The JSON text a loaded feed came from. */
export const textOf = (result: ValidationResult): string | undefined => texts.get(result);

/** Parses feed text into JSON: tolerates a UTF-8 byte order mark, refuses over-large text. */
export function parseFeedJson(text: string): unknown {
  if (text.length > LIMITS.bytes) throw new FeedError('too-large', 'The feed is larger than 5 MB.');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new FeedError('parse', `The feed is not valid JSON (${(error as Error).message}).`);
  }
}

/** Parses and validates feed text. */
export const parseFeedText = (text: string): ValidationResult => validateFeed(parseFeedJson(text));

async function request(url: string, controller: AbortController, timeout: number): Promise<ValidationResult> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
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
    const result = parseFeedText(text);
    texts.set(result, text);
    return result;
  } catch (error) {
    if (timedOut) throw new FeedError('timeout', `The feed did not arrive within ${timeout / 1000} s.`);
    if (error instanceof FeedError || isAbort(error)) throw error;
    throw new FeedError('network', 'The feed could not be reached.');
  } finally {
    clearTimeout(timer);
  }
}

function share(url: string, timeout: number): SharedRequest {
  const existing = requests.get(url);
  if (existing) return existing;
  const controller = new AbortController();
  const shared: SharedRequest = { controller, waiting: 0, settled: false, result: request(url, controller, timeout) };
  requests.set(url, shared);
  shared.result.then(
    () => (shared.settled = true),
    () => {
      // A failed request is forgotten so that a later widget may try again.
      shared.settled = true;
      if (requests.get(url) === shared) requests.delete(url);
    }
  );
  return shared;
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
export function load(url: string, { signal, timeout = DEFAULT_TIMEOUT }: LoadOptions = {}): Promise<ValidationResult> {
  signal?.throwIfAborted();
  let absolute: string;
  try {
    absolute = absoluteUrl(url);
  } catch (error) {
    return Promise.reject(error);
  }
  const shared = share(absolute, timeout);
  shared.waiting++;
  if (!signal) return shared.result; // a caller that cannot leave keeps the request alive
  return new Promise((resolve, reject) => {
    let waiting = true;
    const leave = () => {
      if (!waiting) return false;
      waiting = false;
      signal.removeEventListener('abort', onAbort);
      shared.waiting--;
      return true;
    };
    const onAbort = () => {
      if (!leave()) return;
      if (shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (requests.get(absolute) === shared) requests.delete(absolute);
      }
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort);
    shared.result.then(
      (value) => leave() && resolve(value),
      (error) => leave() && reject(error)
    );
  });
}

/** Forgets every loaded feed (tests, or a page that wants fresh data). */
export function clearFeedCache(): void {
  requests.clear();
}
