/**
 * Language tags that are not BCP 47 in the keys of localized text. They are
 * errors for `validate` and `build`, since the command names files and
 * folders by them (`en.md`, `en/`), so `../x` must never get that far. The
 * feed's and a release's `language` are checked by the feed schema itself
 * (`isLanguageTag` in src/feed/schema.ts, the widgets' rule too), so
 * `examineFeed` reports them, once.
 */
import { isObject } from '../../../src/feed/schema.js';
import { TAG_EXAMPLES, languageTag } from '../source/layout.js';
import { pathToString, type PathKey } from './paths.js';

type Json = Record<string, unknown>;
/** A problem of lint.ts's kind (its `Finding`), always an error. */
interface TagFinding {
  path: string;
  severity: 'error';
  message: string;
}

const entries = (value: unknown): Array<[string, Json]> =>
  isObject(value) ? Object.entries(value).flatMap(([key, item]) => (isObject(item) ? [[key, item] as [string, Json]] : [])) : [];
const items = (value: unknown): Array<[number, Json]> =>
  Array.isArray(value) ? value.flatMap((item, index) => (isObject(item) ? [[index, item] as [number, Json]] : [])) : [];

/** Where the feed holds localized text (`{ "lv": …, "en": … }`), with the value there. */
function localizedTexts(feed: Json): Array<[PathKey[], unknown]> {
  const found: Array<[PathKey[], unknown]> = [];
  const add = (owner: Json, at: PathKey[], ...keys: string[]) => keys.forEach((key) => found.push([[...at, key], owner[key]]));
  if (isObject(feed.project)) add(feed.project, ['project'], 'name', 'partnership');
  for (const [id, organization] of entries(feed.organizations)) add(organization, ['organizations', id], 'name', 'about');
  for (const [id, person] of entries(feed.people)) add(person, ['people', id], 'name', 'role');
  for (const [index, release] of items(feed.releases)) {
    const at = ['releases', index];
    add(release, at, 'title', 'summary', 'place');
    if (Array.isArray(release.body)) release.body.forEach((paragraph, paragraphIndex) => found.push([[...at, 'body', paragraphIndex], paragraph]));
    if (isObject(release.image)) add(release.image, [...at, 'image'], 'alt');
    for (const [linkIndex, link] of items(release.links)) add(link, [...at, 'links', linkIndex], 'label');
    const labels = isObject(release.contacts) ? release.contacts.labels : undefined;
    if (isObject(labels)) add(labels, [...at, 'contacts', 'labels'], 'inquiries', 'moreInformation', 'preparedBy');
    for (const [activityIndex, activity] of items(release.activities))
      add(activity, [...at, 'activities', activityIndex], 'title', 'description', 'place');
  }
  return found;
}

/** An error for each key of localized text in `feed` that is not a language tag. */
export function languageTagFindings(feed: Json): TagFinding[] {
  const findings: TagFinding[] = [];
  const refuse = (path: PathKey[], tag: string) =>
    findings.push({ path: pathToString(path), severity: 'error', message: `the language ${JSON.stringify(tag)} is not ${TAG_EXAMPLES}` });
  for (const [path, value] of localizedTexts(feed)) {
    if (isObject(value)) for (const tag of Object.keys(value)) if (!languageTag(tag)) refuse(path, tag);
  }
  return findings;
}
