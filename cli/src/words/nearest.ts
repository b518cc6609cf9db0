/**
 * "did you mean …" for an id nobody has: the known id nearest by edit
 * distance. Bounded, so a feed of hostile ids stays fast: ids are compared
 * in their first MAX_LENGTH characters, against at most MAX_CANDIDATES
 * known ids, and a row of the distance table stops once it cannot win.
 */
const MAX_LENGTH = 64;
const MAX_CANDIDATES = 2000;

/** Compared without case and accents: `Arvita-Jukša` is one slip from `arvita-juksa`, not five. */
const plain = (text: string) => [...text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()].slice(0, MAX_LENGTH);

/** Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. */
function distance(a: string[], b: string[], limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/**
 * The candidate nearest to `value`, when it is near enough to be a slip
 * (a third of the value's length, at least one edit), else undefined.
 */
export function nearest(value: string, candidates: Iterable<string>): string | undefined {
  const wanted = plain(value);
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  let found: string | undefined;
  let best = limit + 1;
  let seen = 0;
  for (const candidate of candidates) {
    if (++seen > MAX_CANDIDATES) break;
    if (candidate === value) continue;
    const gap = distance(wanted, plain(candidate), best - 1);
    if (gap < best) {
      best = gap;
      found = candidate;
      if (gap === 0) break;
    }
  }
  return found;
}
