/**
 * An archive page (docs/feed-format.md, "Feeds that grow"): `{ "version": 1, "releases":
 * [ … ] }`, read against its index, whose people and organizations its
 * releases refer to.
 */
import type { ArchivePage } from './archive-index.js';
import { parseWhen } from './edtf.js';
import { FeedError, type FeedIssue } from './errors.js';
import { FEED_VERSION, LIMITS, isObject } from './schema.js';
import { checkReleases, type Feed, type ValidationResult } from './validate.js';

const day = (iso: string | undefined, open: string) => iso?.slice(0, 10) ?? open;

/**
 * Validates an archive page of `index`. Releases and activities outside the
 * range the index declares for the page are skipped and reported: widgets
 * rely on the ranges to fetch only the pages they need, so an item outside
 * them could appear out of order. A page that repeats `project`,
 * `organizations` or `people` is reported and read with the index's. Issue
 * paths start with the page: `archive/2019.json#releases[3].title`.
 * @throws FeedError when the page as a whole cannot be used.
 */
export function validatePage(input: unknown, index: Feed, page: ArchivePage): ValidationResult {
  const issues: FeedIssue[] = [];
  const named = () => issues.map((issue) => ({ ...issue, path: `${page.name}#${issue.path}` }));
  if (!isObject(input) || input.version !== FEED_VERSION || !Array.isArray(input.releases)) {
    issues.push({ path: 'releases', message: 'must be an array of releases, with "version": 1' });
    throw new FeedError('schema', 'The archive page does not have the shape of a kopiena archive page.', named());
  }
  const raw = input.releases;
  const activities = raw.reduce<number>(
    (sum, release) => sum + (isObject(release) && Array.isArray(release.activities) ? release.activities.length : 0),
    0
  );
  if (raw.length > LIMITS.releases || activities > LIMITS.activities) {
    throw new FeedError('too-large', `The archive page has more than ${LIMITS.releases} releases or ${LIMITS.activities} activities.`);
  }
  for (const key of ['project', 'organizations', 'people', 'archives']) {
    if (key in input) issues.push({ path: key, message: 'is ignored: an archive page shares the index’s and must not repeat it' });
  }
  const releases = checkReleases(raw, index.organizations, index.people, issues).filter((release) => {
    const at = `releases[${raw.findIndex((candidate) => isObject(candidate) && candidate.id === release.id)}]`;
    const published = release.published.slice(0, 10);
    if (published < day(page.from, '') || published > day(page.to, '~')) {
      issues.push({ path: `${at}.published`, message: `is outside the page’s range ${page.from ?? '..'}/${page.to ?? '..'} in the index: skipped` });
      return false;
    }
    const rawActivities = (raw.find((candidate) => isObject(candidate) && candidate.id === release.id) as { activities: unknown[] }).activities;
    release.activities = release.activities.filter((activity) => {
      const when = parseWhen(activity.when, activity.part)!;
      if (when.earliest >= page.low && when.latest <= page.high) return true;
      const position = rawActivities.findIndex((candidate) => isObject(candidate) && candidate.id === activity.id);
      issues.push({ path: `${at}.activities[${position}].when`, message: 'is outside the page’s activities range in the index: skipped' });
      return false;
    });
    return true;
  });
  return { feed: { ...index, releases, archives: [] }, issues: named() };
}
