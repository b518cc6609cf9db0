/** The events every kopiena element fires, named and typed once. */
import type { FeedError, FeedErrorCode, FeedIssue } from '../feed/errors.js';
import type { Feed } from '../feed/validate.js';

export interface KopienaLoadDetail {
  /** The validated feed now shown. */
  feed: Feed;
  /** Problems that made parts of the feed be skipped. */
  issues: FeedIssue[];
  /** `saved-copy`: true when the feed shown is the saved copy, because the feed could not be loaded. */
  stale?: true;
  /** When that saved copy was saved (ISO date-time). */
  savedAt?: string;
}

export interface KopienaErrorDetail {
  code: FeedErrorCode;
  message: string;
  issues: FeedIssue[];
}

export interface KopienaEventMap {
  'kopiena-load': CustomEvent<KopienaLoadDetail>;
  'kopiena-error': CustomEvent<KopienaErrorDetail>;
}

declare global {
  interface HTMLElementEventMap extends KopienaEventMap {}
}

/** Dispatches a kopiena event that bubbles out of shadow roots. */
export function emit<K extends keyof KopienaEventMap>(target: EventTarget, type: K, detail: KopienaEventMap[K]['detail']): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

export const errorDetail = (error: FeedError): KopienaErrorDetail => ({
  code: error.code,
  message: error.message,
  issues: error.issues,
});
