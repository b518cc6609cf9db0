/**
 * Unknown person and organization ids in every release and activity, so
 * `kopiena validate` reports them with an item's other problems. The widgets
 * (src/feed/validate.ts) skip a release or activity that fails its schema
 * before looking at its references, and skip a release at its first unknown
 * contact before its `about` and activities: enough to keep a page safe, not
 * every problem at once. The message is theirs (`allKnown`); an issue they
 * already reported is not repeated.
 */
import { allKnown, type Examination, type FeedIssue, isIdText, isObject, type Path } from '../../../src/core.js';

type Json = Record<string, unknown>;
type References = Array<[Path, string | undefined]>;

const CONTACT_ROLES = ['inquiries', 'moreInformation', 'preparedBy'];

/** Only an id is looked up: the schema reports a reference that is not one. */
const idOf = (value: unknown) => (isIdText(value) ? value : undefined);
const listed = (at: Path, list: unknown): References => (Array.isArray(list) ? list.map((ref, index) => [[...at, index], idOf(ref)]) : []);
const objects = (list: unknown): Array<[number, Json]> =>
  Array.isArray(list) ? list.flatMap((item, index) => (isObject(item) ? [[index, item] as [number, Json]] : [])) : [];
/** The ids a feed without a usable envelope defines: the keys of its map. */
const keys = (map: unknown) => new Map(isObject(map) ? Object.keys(map).map((key) => [key, true]) : []);
const issueKey = (issue: FeedIssue) => `${issue.path}\n${issue.message}`;

export function unknownReferences(input: unknown, examination: Examination): FeedIssue[] {
  if (!isObject(input)) return [];
  const people = examination.feed?.people ?? keys(input.people);
  const organizations = examination.feed?.organizations ?? keys(input.organizations);
  const issues: FeedIssue[] = [];
  for (const [index, release] of objects(input.releases)) {
    const at = ['releases', index];
    const contacts = isObject(release.contacts) ? release.contacts : {};
    allKnown(
      CONTACT_ROLES.map((role) => [[...at, 'contacts', role], idOf(contacts[role])]),
      people,
      'person',
      issues
    );
    allKnown(listed([...at, 'about'], release.about), organizations, 'organization', issues);
    for (const [number, activity] of objects(release.activities)) {
      const activityAt = [...at, 'activities', number];
      allKnown(listed([...activityAt, 'organizations'], activity.organizations), organizations, 'organization', issues);
      allKnown(listed([...activityAt, 'people'], activity.people), people, 'person', issues);
    }
  }
  const reported = new Set(examination.issues.map(issueKey));
  return issues.filter((issue) => !reported.has(issueKey(issue)));
}
