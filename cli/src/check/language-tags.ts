/**
 * Language tags that are not BCP 47 in the keys of localized text. They are
 * errors for `validate` and `build`, since the command names files and
 * folders by them (`en.md`, `en/`), so `../x` must never get that far. The
 * feed's and a release's `language` are checked by the feed schema itself
 * (`isLanguageTag` in src/feed/schema.ts, the widgets' rule too), so
 * `examineFeed` reports them, once.
 */
import { isObject, supportedLocales } from '../../../src/core.js';
import { languageTag } from '../source/layout.js';
import { SPOKEN } from '../words/catalogue.js';
import { languageName } from '../words/language.js';
import { nearest } from '../words/nearest.js';
import { shown } from '../words/said.js';
import { finding, type Finding } from './finding.js';
import { pathToString, type PathKey } from './paths.js';

type Json = Record<string, unknown>;
/** The codes a slip is compared with, and their names as people write them ("latvian", "latviešu", "латышский"). */
const CODE_OF = new Map<string, string>();
for (const code of supportedLocales) {
  CODE_OF.set(code, code);
  for (const locale of SPOKEN) CODE_OF.set(languageName(code, locale).toLowerCase(), code);
}

/** The language code `tag` was most likely meant to be. */
export function nearestLanguage(tag: unknown): string | undefined {
  if (typeof tag !== 'string') return undefined;
  // `lv_LV` as locales are named, `en-` cut short: the tag they spell.
  const spelt = languageTag(tag.replaceAll('_', '-').replace(/-+$/, ''));
  if (spelt) return spelt;
  const name = nearest(tag.toLowerCase(), CODE_OF.keys());
  return name === undefined ? (CODE_OF.has(tag.toLowerCase()) ? CODE_OF.get(tag.toLowerCase()) : undefined) : CODE_OF.get(name);
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
export function languageTagFindings(feed: Json): Finding[] {
  const findings: Finding[] = [];
  const refuse = (path: PathKey[], tag: string) =>
    findings.push(finding(pathToString(path), 'error', { code: 'language-tag', value: shown(tag), nearest: nearestLanguage(tag) }));
  for (const [path, value] of localizedTexts(feed)) {
    if (isObject(value)) for (const tag of Object.keys(value)) if (!languageTag(tag)) refuse(path, tag);
  }
  return findings;
}
