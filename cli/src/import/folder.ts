/**
 * A kopiena feed written out as a source folder (the way back of
 * source/read.ts). Each release is split into its language files and an
 * activities.csv where that reads back exactly; where it would not (a body
 * paragraph with a blank line in it, a translation of only the second
 * paragraph), the release is written whole into its release file's front
 * matter instead. Nothing is ever lost or changed: `write` reads the folder
 * back and compares before it is moved into place.
 */
import { stringify } from 'yaml';
import { InputError } from '../errors.js';
import { isObject } from '../../../src/core.js';
import { pathToString, type PathKey } from '../check/paths.js';
import {
  ACTIVITIES_FILE,
  ACTIVITY_COLUMNS,
  CONFIG_FILE,
  COUNT_COLUMNS,
  LIST_COLUMNS,
  RELEASES_DIR,
  TEXT_COLUMNS,
  isTranslatable,
  languageTag,
} from '../source/layout.js';
import { fitsBody, joinReleaseFile } from '../source/markdown.js';

type Json = Record<string, unknown>;
/** Relative path → file text. */
export type Files = Map<string, string>;

export const yaml = (value: unknown): string => stringify(value, { lineWidth: 0 });

/** Why a feed cannot become a folder at all (then nothing is written): exit 2, like input that cannot be read. */
export class UnwritableFeed extends InputError {
  override name = 'UnwritableFeed';
}

const isPlainId = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length > 0 &&
  value.length <= 200 &&
  [...value].every((char) => (char >= 'a' && char <= 'z') || (char >= '0' && char <= '9') || char === '-');

const clone = <T>(value: T): T => structuredClone(value);

/**
 * The canonical form of a language tag that names a file (`en.md`) or a
 * column (`title@en`); a feed that names something else (`../../x`) is not
 * written at all, so nothing lands outside the folder.
 * @throws UnwritableFeed naming where the feed gives it
 */
function fileTag(tag: unknown, where: readonly PathKey[]): string {
  const canonical = languageTag(tag);
  if (!canonical)
    throw new UnwritableFeed({ code: 'import-unwritable', slip: 'language-tag', where: pathToString(where), value: JSON.stringify(tag) });
  return canonical;
}

/** Every translatable path of `value` (a release, or part of it) whose value is a localized object. */
function localizedPaths(value: unknown, path: PathKey[] = [], found: PathKey[][] = []): PathKey[][] {
  if (path.length && isTranslatable(path)) {
    if (isObject(value)) found.push(path);
    return found;
  }
  if (Array.isArray(value)) value.forEach((item, index) => localizedPaths(item, [...path, index], found));
  else if (isObject(value)) for (const [key, item] of Object.entries(value)) localizedPaths(item, [...path, key], found);
  return found;
}

function getAt(value: unknown, path: readonly PathKey[]): unknown {
  let current = value;
  for (const key of path) current = current == null ? undefined : (current as Record<PathKey, unknown>)[key];
  return current;
}

/** Sets `path` in `root`, making the objects and lists on the way (list slots before it become `{}`). */
function setAt(root: Json, path: readonly PathKey[], value: unknown): void {
  let current: Record<PathKey, unknown> = root;
  path.forEach((key, depth) => {
    if (depth === path.length - 1) {
      current[key] = value;
      return;
    }
    const next = path[depth + 1];
    if (current[key] === undefined) current[key] = typeof next === 'number' ? [] : {};
    const child = current[key];
    if (Array.isArray(child) && typeof next === 'number') for (let index = child.length; index < next; index++) child[index] = {};
    current = child as Record<PathKey, unknown>;
  });
}

/** The cells of activities.csv for `activities`, or undefined when a value has no CSV form. */
function activitiesCsv(activities: unknown, language: string): string | undefined {
  if (!Array.isArray(activities) || !activities.length || !activities.every(isObject)) return undefined;
  const columns: string[] = [];
  const rows: Array<Record<string, string>> = [];
  const use = (column: string) => columns.includes(column) || columns.push(column);
  for (const activity of activities) {
    const row: Record<string, string> = {};
    for (const [field, value] of Object.entries(activity)) {
      if (!(ACTIVITY_COLUMNS as readonly string[]).includes(field)) return undefined;
      if (TEXT_COLUMNS.has(field) && isObject(value)) {
        for (const [tag, text] of Object.entries(value)) {
          // A tag that is not one stays in the front matter, where releaseFiles refuses it.
          const column = languageTag(tag);
          if (typeof text !== 'string' || text === '' || !column) return undefined;
          row[column === language ? field : `${field}@${column}`] = text;
        }
      } else if (COUNT_COLUMNS.has(field) && Number.isInteger(value)) row[field] = String(value);
      else if (field === 'ongoing' && typeof value === 'boolean') row[field] = String(value);
      else if (LIST_COLUMNS.has(field) && Array.isArray(value) && value.length && value.every(isPlainId)) row[field] = value.join(' ');
      else if (typeof value === 'string' && value !== '' && !COUNT_COLUMNS.has(field) && !LIST_COLUMNS.has(field) && field !== 'ongoing')
        row[field] = value;
      else return undefined;
    }
    rows.push(row);
  }
  for (const field of ACTIVITY_COLUMNS) {
    if (rows.some((row) => field in row)) use(field);
    const tags = new Set(rows.flatMap((row) => Object.keys(row).filter((key) => key.startsWith(`${field}@`))));
    for (const tag of [...tags].sort()) use(tag);
  }
  for (const required of ['id', 'when', 'title']) use(required);
  const cell = (text: string) => (/[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text);
  return [columns, ...rows.map((row) => columns.map((column) => row[column] ?? ''))].map((cells) => cells.map(cell).join(',')).join('\n') + '\n';
}

/**
 * A release (at `at` in the feed) as files, split by language; `whole` puts
 * every field into the release file's front matter. `feedLanguage` is a
 * canonical tag. @throws UnwritableFeed
 */
export function releaseFiles(release: Json, feedLanguage: string, whole = false, at: readonly PathKey[] = []): Files {
  const language = typeof release.language === 'string' && release.language ? fileTag(release.language, [...at, 'language']) : feedLanguage;
  const folder = `${RELEASES_DIR}/${release.id as string}`;
  const fields = clone(release);
  delete fields.id;
  const files: Files = new Map();
  if (whole) {
    files.set(`${folder}/${language}.md`, joinReleaseFile(yaml(fields), []));
    return files;
  }
  const translations = new Map<string, Json>();
  const translation = (tag: string) => translations.get(tag) ?? translations.set(tag, {}).get(tag)!;
  const csv = activitiesCsv(fields.activities, language);
  if (csv) {
    files.set(`${folder}/${ACTIVITIES_FILE}`, csv);
    delete fields.activities;
  }
  for (const path of localizedPaths(fields)) {
    const value = getAt(fields, path) as Json;
    const tags = Object.keys(value).map((tag) => fileTag(tag, [...at, ...path]));
    if (typeof value[language] !== 'string') continue; // kept whole in the release file
    Object.values(value).forEach((text, index) => tags[index] !== language && setAt(translation(tags[index]), path, text));
    setAt(fields, path, value[language]);
  }
  let paragraphs: string[] = [];
  if (Array.isArray(fields.body) && fields.body.length && fitsBody(fields.body)) {
    paragraphs = fields.body;
    delete fields.body;
  }
  files.set(`${folder}/${language}.md`, joinReleaseFile(Object.keys(fields).length ? yaml(fields) : '', paragraphs));
  for (const [tag, text] of [...translations].sort(([a], [b]) => (a < b ? -1 : 1))) {
    let body: string[] = [];
    if (Array.isArray(text.body) && text.body.length && fitsBody(text.body)) {
      body = text.body;
      delete text.body;
    }
    files.set(`${folder}/${tag}.md`, joinReleaseFile(Object.keys(text).length ? yaml(text) : '', body));
  }
  return files;
}

/** The whole folder of a kopiena feed document. @throws UnwritableFeed */
export function feedFiles(feed: unknown, whole: ReadonlySet<string> = new Set()): Files {
  if (!isObject(feed)) throw new UnwritableFeed({ code: 'import-unwritable', slip: 'not-object' });
  const { releases = [], ...config } = feed;
  if (!Array.isArray(releases)) throw new UnwritableFeed({ code: 'import-unwritable', slip: 'releases-not-list' });
  const ids = new Set<string>();
  for (const [index, release] of releases.entries()) {
    if (!isObject(release) || !isPlainId(release.id)) throw new UnwritableFeed({ code: 'import-unwritable', slip: 'no-id', number: index + 1 });
    if (ids.has(release.id)) throw new UnwritableFeed({ code: 'import-unwritable', slip: 'repeated-id', number: index + 1, id: release.id });
    ids.add(release.id);
  }
  const order = releases.map((release) => (release as Json).id as string);
  const sorted = [...order].sort();
  if (order.some((id, index) => id !== sorted[index])) config.releases = order;
  const feedLanguage = config.language === undefined ? 'en' : fileTag(config.language, ['language']);
  const files: Files = new Map([[CONFIG_FILE, yaml(config)]]);
  for (const [index, release] of (releases as Json[]).entries()) {
    for (const [path, text] of releaseFiles(release, feedLanguage, whole.has(release.id as string), ['releases', index])) files.set(path, text);
  }
  return files;
}
