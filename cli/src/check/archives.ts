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
import { checkArchives, type FeedIssue, isIsoDateText, isObject, parseWhen } from '../../../src/core.js';
import { finding, type Finding } from './finding.js';
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
    return [finding('archives', 'error', { code: 'archives-not-list' })];
  }
  const fromUrl = isHttpUrl(name);
  const issues: FeedIssue[] = [];
  checkArchives(archives, fromUrl ? name : new URL(name, SOMEWHERE).href, issues);
  for (const issue of issues) {
    const index = Number(/^archives\[(\d+)\]\.url$/.exec(issue.path)?.[1] ?? NaN);
    const href = (archives[index] as Record<string, unknown> | undefined)?.url;
    if (!fromUrl && issue.message.startsWith('must be on the same site') && typeof href === 'string' && isHttpUrl(href)) {
      findings.push(finding(issue.path, 'warning', { code: 'archive-absolute-url', origin: new URL(href).origin }));
    } else findings.push({ ...issue, severity: issue.message.startsWith('is ignored') ? 'warning' : 'error' });
  }

  let previous: { at: number; newest: string } | undefined;
  archives.forEach((entry, index) => {
    if (!isObject(entry)) return;
    const at = ['archives', index];
    const [from, to] = [day(entry.from), day(entry.to)];
    if (from && to && from > to) {
      findings.push(finding(pathToString([...at, 'from']), 'error', { code: 'archive-range', to, of: 'releases' }));
    }
    const activities = isObject(entry.activities) ? entry.activities : {};
    const [first, last] = [activities.from, activities.to].map((when) => (typeof when === 'string' ? parseWhen(when) : undefined));
    if (first && last && first.earliest > last.latest) {
      findings.push(
        finding(pathToString([...at, 'activities', 'from']), 'error', { code: 'archive-range', to: String(activities.to), of: 'activities' })
      );
    }
    // Newest first: a page whose newest date is newer than the newest of the page before it is out of order.
    const newest = to ?? from;
    if (newest && previous && newest > previous.newest) {
      findings.push(finding(pathToString(at), 'warning', { code: 'archive-order', before: previous.at + 1 }));
    }
    if (newest) previous = { at: index, newest };
  });
  return findings;
}
