/** Helpers shared by the browser tests. */
import { oneEvent } from '@open-wc/testing';
import type { KopienaEventMap } from '../src/shared/events.js';

let counter = 0;

/** A URL no earlier test has requested, so the shared loader cache never hides a request. */
export function freshUrl(path: string): string {
  const url = new URL(path, location.origin);
  url.searchParams.set('t', `${Date.now()}-${++counter}`);
  return url.href;
}

/** How many requests the page really made to `url` (from resource timing, not a mock). */
export function requestsTo(url: string): number {
  return performance.getEntriesByName(url).length;
}

/** The visible text of an element's shadow root, whitespace folded. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

/** Waits for a kopiena event from `element`. */
export function nextEvent<K extends keyof KopienaEventMap>(element: Element, type: K): Promise<KopienaEventMap[K]> {
  return oneEvent(element, type) as Promise<KopienaEventMap[K]>;
}

/** The tests' copy of the seed press release (test/fixtures/feed.json): the demo's feed may change freely. */
export async function seedFeed(): Promise<Record<string, unknown>> {
  const response = await fetch('/test/fixtures/feed.json');
  return response.json();
}

/** Test-server endpoints (see web-test-runner.config.js). */
export const testServer = {
  status: (code: number) => freshUrl(`/__test/status/${code}`),
  slow: (ms: number) => freshUrl(`/__test/slow/${ms}`),
  withBom: (path: string) => freshUrl(`/__test/bom/${path}`),
  /** Fails with 503 the first time, then serves the fixture feed. */
  flaky: () => freshUrl(`/__test/flaky/${Date.now()}-${++counter}`),
  body: (text: string, type = 'application/json') => freshUrl(`/__test/body?type=${encodeURIComponent(type)}&text=${encodeURIComponent(text)}`),
};
/** A file the archive test server serves (test/server/archive-endpoints.js). */
export interface ServedFile {
  json?: unknown;
  text?: string;
  status?: number;
  /** Milliseconds before it answers. */
  delay?: number;
  type?: string;
}

/** Serves `files` (path → file) under a fresh folder; resolves to the folder's URL, ending in `/`. */
export async function serveFiles(files: Record<string, ServedFile>): Promise<string> {
  const id = `f${Date.now()}-${++counter}`;
  const response = await fetch(`/__test/files/${id}`, { method: 'POST', body: JSON.stringify(files) });
  if (!response.ok) throw new Error(`could not post test files: ${response.status}`);
  return new URL(`/__test/files/${id}/`, location.origin).href;
}

/** How many requests the test server received for `url` (its path; files and histories only). */
export async function serverCount(url: string): Promise<number> {
  const response = await fetch(`/__test/count?path=${encodeURIComponent(new URL(url).pathname)}`);
  return ((await response.json()) as { count: number }).count;
}

/**
 * A generated history (scripts/lib/history-feed.js) under a fresh path: the
 * index URL. Release n (0 newest) is published 14 days before n − 1, from
 * 2026-02-26 back, with `activities` activities dated 1… days before it.
 */
export function historyUrl(releases: number, perPage: number, activities = 3): string {
  return new URL(`/__test/history/h${Date.now()}-${++counter}/${releases}-${perPage}-${activities}/index.json`, location.origin).href;
}
