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
  body: (text: string, type = 'application/json') =>
    freshUrl(`/__test/body?type=${encodeURIComponent(type)}&text=${encodeURIComponent(text)}`),
};
