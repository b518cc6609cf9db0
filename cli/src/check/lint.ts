/**
 * What the widgets would render but a reader would miss (warnings of
 * docs/command.md, "kopiena validate"), link targets inside feed text that the widgets quietly show
 * as plain text (errors: the author meant a link and gets none), and
 * language tags that are not BCP 47 (errors: language-tags.ts). The
 * schema's own errors come from src/feed/validate.ts.
 */
import { isObject, parseInline, supportedLocales } from '../../../src/core.js';
import { shown } from '../words/said.js';
import { contactFindings } from './contacts.js';
import { finding, type Finding } from './finding.js';
import { languageTagFindings } from './language-tags.js';
import { pathToString, type PathKey } from './paths.js';

export type { Finding };

type Json = Record<string, unknown>;

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const objects = (value: unknown): Array<[number, Json]> =>
  asList(value).flatMap((item, index) => (isObject(item) ? [[index, item] as [number, Json]] : []));

/** The strings of a localized text value, each with the path it sits at. */
function strings(value: unknown, at: PathKey[]): Array<[PathKey[], string]> {
  if (typeof value === 'string') return [[at, value]];
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([tag, text]) => (typeof text === 'string' ? [[[...at, tag], text] as [PathKey[], string]] : []));
}

/** The translatable text fields of a release, with their paths. */
function releaseTexts(release: Json, at: PathKey[]): Array<[PathKey[], unknown]> {
  const texts: Array<[PathKey[], unknown]> = [];
  for (const key of ['title', 'summary']) if (key in release) texts.push([[...at, key], release[key]]);
  asList(release.body).forEach((paragraph, index) => texts.push([[...at, 'body', index], paragraph]));
  if (isObject(release.image) && release.image.alt !== undefined) texts.push([[...at, 'image', 'alt'], release.image.alt]);
  for (const [index, link] of objects(release.links)) if (link.label !== undefined) texts.push([[...at, 'links', index, 'label'], link.label]);
  for (const [index, activity] of objects(release.activities)) {
    for (const key of ['title', 'description']) {
      if (activity[key] !== undefined) texts.push([[...at, 'activities', index, key], activity[key]]);
    }
  }
  return texts;
}

/** Link targets that the widgets would refuse, in every field of inline markdown. */
function refusedLinks(feed: Json, findings: Finding[]): void {
  const check = (value: unknown, at: PathKey[]) => {
    for (const [path, text] of strings(value, at)) {
      parseInline(text, (target) => findings.push(finding(pathToString(path), 'error', { code: 'link', value: shown(target) })));
    }
  };
  if (isObject(feed.organizations)) {
    for (const [id, organization] of Object.entries(feed.organizations)) {
      if (isObject(organization)) check(organization.about, ['organizations', id, 'about']);
    }
  }
  for (const [index, release] of objects(feed.releases)) {
    const at = ['releases', index];
    check(release.summary, [...at, 'summary']);
    asList(release.body).forEach((paragraph, paragraphIndex) => check(paragraph, [...at, 'body', paragraphIndex]));
    for (const [activityIndex, activity] of objects(release.activities)) {
      check(activity.description, [...at, 'activities', activityIndex, 'description']);
    }
  }
}

const dated = new Set<string>(supportedLocales);

function releaseWarnings(feed: Json, release: Json, at: PathKey[], findings: Finding[]): void {
  const base = typeof release.language === 'string' ? release.language : typeof feed.language === 'string' ? feed.language : 'en';
  const texts = releaseTexts(release, at);
  const languages = new Set([base]);
  for (const [, value] of texts) if (isObject(value)) for (const tag of Object.keys(value)) languages.add(tag);
  if (languages.size > 1) {
    const written = [...languages];
    for (const [path, value] of texts) {
      const has = typeof value === 'string' ? [base] : isObject(value) ? Object.keys(value) : [];
      const missing = [...languages].filter((tag) => !has.includes(tag));
      if (missing.length) findings.push(finding(pathToString(path), 'warning', { code: 'no-translation', missing, written }));
    }
  }
  const undated = [...languages].filter((tag) => !dated.has(tag.toLowerCase().split('-')[0]));
  for (const [index, activity] of objects(release.activities)) {
    if (undated.length && activity.when !== undefined) {
      findings.push(finding(pathToString([...at, 'activities', index, 'when']), 'warning', { code: 'no-date-words', languages: undated }));
    }
  }
  if (isObject(release.image) && (release.image.alt === undefined || release.image.alt === '')) {
    findings.push(finding(pathToString([...at, 'image']), 'warning', { code: 'no-alt' }));
  }
}

/** Warnings and refused links of a feed document (any shape: what is not an object is skipped). */
export function lint(feed: unknown): Finding[] {
  const findings: Finding[] = [];
  if (!isObject(feed)) return findings;
  refusedLinks(feed, findings);
  findings.push(...languageTagFindings(feed), ...contactFindings(feed));
  for (const [index, release] of objects(feed.releases)) releaseWarnings(feed, release, ['releases', index], findings);
  return findings;
}
