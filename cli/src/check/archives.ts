/**
 * An index's `archives` (docs/feed-format.md, "Feeds that grow: archive pages"), checked
 * as far as the document alone tells (the pages are not fetched). Errors:
 * what the widgets refuse, by their own rules and messages (`checkArchives`:
 * the entry's shape, an http(s) URL on the feed's site, no page twice and not
 * the index itself), and a range that ends before it begins (no date falls in
 * it, so no release or activity is ever looked for on that page). Warnings:
 * pages not listed newest first (the widgets read undated ids and "Show more"
 * in list order), an absolute URL in a feed file (whether it is on the feed's
 * site depends on where the file is served), more pages than the widgets read.
 */
import { checkArchives } from '../../../src/feed/archive-index.js';
import { parseWhen } from '../../../src/feed/edtf.js';
import type { FeedIssue } from '../../../src/feed/errors.js';
import { isIsoDateText, isObject } from '../../../src/feed/schema.js';
import type { Finding } from './lint.js';
import { pathToString } from './paths.js';

/** Where a feed that is not read from a URL is taken to be: its own name on a site of its own. */
const SOMEWHERE = 'https://feed.invalid/';

const isHttpUrl = (href: string) => {
  try {
    return /^https?:$/.test(new URL(href).protocol);
  } catch {
    return false;
  }
};

/** The day of an ISO date or date-time; undefined for anything else (the schema reports it). */
const day = (value: unknown) => (isIsoDateText(value) ? value.slice(0, 10) : undefined);

/** `name`: the feed's URL, or its file name (`feed.json`) when it is not read from a URL. */
export function archiveFindings(feed: unknown, name = 'feed.json'): Finding[] {
  const findings: Finding[] = [];
  if (!isObject(feed) || feed.archives === undefined) return findings;
  const { archives } = feed;
  if (!Array.isArray(archives)) {
    return [
      { path: 'archives', severity: 'error', message: 'must be a list of archive pages, newest first (docs/feed-format.md, "Feeds that grow")' },
    ];
  }
  const fromUrl = isHttpUrl(name);
  const issues: FeedIssue[] = [];
  checkArchives(archives, fromUrl ? name : new URL(name, SOMEWHERE).href, issues);
  for (const issue of issues) {
    const index = Number(/^archives\[(\d+)\]\.url$/.exec(issue.path)?.[1] ?? NaN);
    const href = (archives[index] as Record<string, unknown> | undefined)?.url;
    if (!fromUrl && issue.message.startsWith('must be on the same site') && typeof href === 'string' && isHttpUrl(href)) {
      findings.push({
        path: issue.path,
        severity: 'warning',
        message: `is an absolute URL: the widgets read it only when the feed is served from ${new URL(href).origin}; a relative URL (archive/2019.json) works wherever the feed is`,
      });
    } else findings.push({ ...issue, severity: issue.message.startsWith('is ignored') ? 'warning' : 'error' });
  }

  let previous: { at: number; newest: string } | undefined;
  archives.forEach((entry, index) => {
    if (!isObject(entry)) return;
    const at = ['archives', index];
    const [from, to] = [day(entry.from), day(entry.to)];
    if (from && to && from > to) {
      findings.push({
        path: pathToString([...at, 'from']),
        severity: 'error',
        message: `is after \`to\` (${to}): no date falls in this page's range, so the widgets never look for a release on it`,
      });
    }
    const activities = isObject(entry.activities) ? entry.activities : {};
    const [first, last] = [activities.from, activities.to].map((when) => (typeof when === 'string' ? parseWhen(when) : undefined));
    if (first && last && first.earliest > last.latest) {
      findings.push({
        path: pathToString([...at, 'activities', 'from']),
        severity: 'error',
        message: `is after \`to\` (${String(activities.to)}): no date falls in this range, so the timeline never reads this page's activities`,
      });
    }
    // Newest first: a page whose newest date is newer than the newest of the page before it is out of order.
    const newest = to ?? from;
    if (newest && previous && newest > previous.newest) {
      findings.push({
        path: pathToString(at),
        severity: 'warning',
        message: `holds newer releases than archives[${previous.at}] before it: list archive pages newest first (the widgets read them in this order)`,
      });
    }
    if (newest) previous = { at: index, newest };
  });
  return findings;
}
