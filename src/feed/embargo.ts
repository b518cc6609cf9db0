/**
 * Whether a release may be public yet (docs/feed-format.md, "Newsroom
 * fields"): a draft never is, an embargoed release (`published` in the
 * future) is from its moment on. A date alone (`2026-12-10`) starts at
 * midnight UTC, as `Date.parse` reads it; a date-time carries its offset.
 * `kopiena build` asks with its clock; the widgets do not ask (a built
 * feed holds no held release).
 */
export type HeldBecause = 'draft' | 'embargo';

export function heldBack(release: { published?: unknown; draft?: unknown }, now: Date): HeldBecause | undefined {
  if (release.draft === true) return 'draft';
  const moment = typeof release.published === 'string' ? Date.parse(release.published) : Number.NaN;
  return moment > now.getTime() ? 'embargo' : undefined;
}
