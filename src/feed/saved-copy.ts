/**
 * `saved-copy`: the last good index of a feed, kept in the host site's
 * `localStorage` under `kopiena:saved:<absolute feed URL>` as
 * `{ "savedAt": ISO date-time, "text": the feed's JSON text }`. Public feed
 * data only, nothing about the reader; at most 1 MB a feed URL; not shown
 * when older than 30 days. What is read back is validated like any feed, so
 * a corrupt, foreign or tampered entry is ignored, never trusted; storage
 * that is missing, full or refused is no error.
 */
import { parseFeedText } from './load.js';
import type { ValidationResult } from './validate.js';

export const SAVED_COPY_LIMITS = { bytes: 1_000_000, days: 30 } as const;

export interface SavedCopy {
  result: ValidationResult;
  /** When it was saved (ISO date-time). */
  savedAt: string;
}

const keyOf = (url: string) => `kopiena:saved:${url}`;

/** The saved copy of the feed at `url` (absolute), if there is a usable one. */
export function readSavedCopy(url: string): SavedCopy | undefined {
  try {
    const { savedAt, text } = JSON.parse(localStorage.getItem(keyOf(url))!) as { savedAt: unknown; text: unknown };
    const at = Date.parse(savedAt as string);
    const age = Date.now() - at;
    // A date from the future is as untrustworthy as a stale one.
    if (typeof text !== 'string' || !(age >= 0 && age <= SAVED_COPY_LIMITS.days * 864e5)) return undefined;
    return { result: parseFeedText(text, url), savedAt: new Date(at).toISOString() };
  } catch {
    return undefined; // nothing saved, storage refused, not JSON, not a feed
  }
}

/** Saves `text` (a feed that just validated) as the copy of `url`; one too large replaces none and drops an older one. */
export function saveCopy(url: string, text: string): void {
  try {
    const entry = JSON.stringify({ savedAt: new Date().toISOString(), text });
    if (new Blob([keyOf(url), entry]).size > SAVED_COPY_LIMITS.bytes) localStorage.removeItem(keyOf(url));
    else localStorage.setItem(keyOf(url), entry);
  } catch {
    // storage full or refused: the widget works as without saved-copy
  }
}
