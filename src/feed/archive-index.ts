/**
 * The `archives` of a feed index (docs/feed-format.md, "Feeds that grow"): each entry
 * checked, resolved against the index's URL and kept only when it is http(s)
 * on the index's own origin and names neither the index nor an earlier page
 * (so no list of pages can loop).
 */
import { check, pathToString } from './check.js';
import { parseWhen } from './edtf.js';
import type { FeedIssue } from './errors.js';
import * as z from './zod.js';
import { LIMITS, count, filled, isoDate, isWhenText, leaf } from './schema.js';

const when = z.optional(leaf(isWhenText, 'must be a date of the supported EDTF subset (e.g. 2020-04-29, 2020-04, 2020-21)'));

/** One entry of an index's `archives` (docs/feed-format.md, "Feeds that grow"): where an archive page is and what it holds. */
export const archiveEntrySchema = z.object({
  url: filled,
  from: z.optional(isoDate),
  to: z.optional(isoDate),
  releases: count,
  activities: z.optional(z.object({ count, from: when, to: when })),
});

export type ArchiveEntry = z.Infer<typeof archiveEntrySchema>;

/** An archive page listed in the index (docs/feed-format.md, "Feeds that grow"), checked and resolved. */
export interface ArchivePage {
  /** The `url` as the index writes it: names the page in issues and errors. */
  name: string;
  /** Absolute, on the index's origin. */
  url: string;
  /** Range of `published` (ISO dates), open when absent. */
  from?: string;
  to?: string;
  /** Range of instants its activities can mean (UTC ms; open: ±Infinity); `low > high` when it has none. */
  low: number;
  high: number;
}

/** `href` resolved against `base`, without its fragment, when it is http(s) on the same origin; else undefined. */
function resolveSameSite(href: string, base: string): string | undefined {
  try {
    const url = new URL(href, base);
    url.hash = '';
    return url.origin === new URL(base).origin && /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The index's archive pages: each resolved against `base` and kept only on the index's own origin, once. */
export function checkArchives(input: unknown[], base: string | undefined, issues: FeedIssue[]): ArchivePage[] {
  const pages: ArchivePage[] = [];
  const seen = new Set(base ? [base.split('#')[0]] : []);
  for (const [index, raw] of input.entries()) {
    const at = ['archives', index];
    if (index >= LIMITS.archives) {
      issues.push({ path: pathToString(at), message: `is ignored: at most ${LIMITS.archives} archive pages are read` });
      break;
    }
    const entry = check(archiveEntrySchema, raw, at, issues);
    if (!entry || !base) continue;
    const url = resolveSameSite(entry.url, base);
    const problem = !url
      ? 'must be on the same site as the feed (http or https)'
      : seen.has(url)
        ? 'repeats the feed’s own URL or an earlier archive page'
        : '';
    if (problem) {
      issues.push({ path: pathToString([...at, 'url']), message: problem });
      continue;
    }
    seen.add(url!);
    const { from, to } = entry.activities ?? {};
    pages.push({
      name: entry.url,
      url: url!,
      from: entry.from,
      to: entry.to,
      low: entry.activities?.count === 0 ? Infinity : from ? parseWhen(from)!.earliest : -Infinity,
      high: entry.activities?.count === 0 ? -Infinity : to ? parseWhen(to)!.latest : Infinity,
    });
  }
  return pages;
}
