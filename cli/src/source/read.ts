/**
 * A source folder read into a feed document (docs/coordinators.md): kopiena.yml holds
 * everything outside releases; releases/<id>/<lang>.md hold each release,
 * the release's own language in full and translations of its text; an
 * optional activities.csv holds its activities. Every value remembers the
 * file, line and column it came from.
 */
import { readdirSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isObject, LIMITS } from '../../../src/core.js';
import { pathToString, type PathKey } from '../check/paths.js';
import type { Position } from '../check/positions.js';
import type { Location, Source } from '../check/source.js';
import { readBytes, readText } from '../check/text-file.js';
import { InputError } from '../errors.js';
import type { Problem } from '../problems.js';
import { readActivities } from './csv.js';
import { readActivitiesWorkbook } from './xlsx.js';
import { ACTIVITIES_FILE, ACTIVITIES_WORKBOOK, CMS_FILE_PREFIX, CONFIG_FILE, RELEASES_DIR, isTranslatable, languageTag } from './layout.js';
import { nearest } from '../words/nearest.js';
import { shown as shownValue, type Said } from '../words/said.js';
import { saidAt, type Located } from './located.js';
import { splitReleaseFile, type Paragraph } from './markdown.js';
import { addTranslation } from './translate.js';
import { readYaml } from './yaml.js';

type Json = Record<string, unknown>;
type Positions = Located<unknown>['positions'];
const START = { line: 1, column: 1 };

/** Positions of one file's values under a path of the feed, kept as read: looked up only when a problem needs one. */
interface Placed {
  file: string;
  prefix: PathKey[];
  entries: Positions;
}

const samePath = (a: readonly PathKey[], b: readonly PathKey[]) => a.length === b.length && a.every((key, index) => key === b[index]);

class Reader {
  readonly problems: Problem[] = [];
  /** By release (`releases[3]`), or '' for kopiena.yml: a lookup searches only its own release. */
  readonly placed = new Map<string, Placed[]>();
  /** By release (`releases[3]`): the languages whose file could not be read, reported once at its line. */
  readonly unread = new Map<string, string[]>();
  constructor(readonly dir: string) {}

  file = (relative: string) => join(this.dir, relative);

  static scope = (path: readonly PathKey[]) => (path[0] === 'releases' && typeof path[1] === 'number' ? `releases[${path[1]}]` : '');

  place(file: string, prefix: PathKey[], entries: Positions): void {
    const scope = Reader.scope(prefix);
    const list = this.placed.get(scope) ?? this.placed.set(scope, []).get(scope)!;
    list.push({ file, prefix, entries });
  }

  /** Where exactly `path` was written; the first file placed wins (a release file before its translations). */
  find(path: readonly PathKey[]): Location | undefined {
    for (const { file, prefix, entries } of this.placed.get(Reader.scope(path)) ?? []) {
      if (path.length < prefix.length || !samePath(prefix, path.slice(0, prefix.length))) continue;
      const rest = path.slice(prefix.length);
      const found = entries.find(([at]) => samePath(at, rest));
      if (found) return { file, ...found[1] };
    }
    return undefined;
  }

  say(file: string, at: Position, said: Said, path = '', severity: Problem['severity'] = 'error'): void {
    this.problems.push({ ...saidAt(file, at, said, path), severity });
  }

  /** A YAML mapping (kopiena.yml, or front matter) with its positions; undefined after a problem. */
  mapping(file: string, text: string, firstLine: number, path: string): { value: Json; positions: Positions } | undefined {
    const read = readYaml(file, text, firstLine);
    this.problems.push(...read.problems);
    if (read.problems.length) return undefined;
    if (read.value === undefined || read.value === null) return { value: {}, positions: read.positions };
    if (isObject(read.value)) return { value: read.value, positions: read.positions };
    this.say(file, { line: firstLine, column: 1 }, { code: 'not-fields' }, path);
    return undefined;
  }

  async text(file: string): Promise<string | undefined> {
    let read;
    try {
      read = await readText(file);
    } catch (error) {
      this.say(file, START, { code: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? '' });
      return undefined;
    }
    if ('problem' in read) {
      this.say(file, START, read.problem);
      return undefined;
    }
    return read.text;
  }

  async activitiesCsv(file: string, language: string): Promise<Located<Json[]> | undefined> {
    const text = await this.text(file);
    return text === undefined ? undefined : readActivities(file, text, language);
  }

  async activitiesWorkbook(file: string, language: string): Promise<Located<Json[]> | undefined> {
    let bytes;
    try {
      bytes = await readBytes(file, LIMITS.bytes);
    } catch (error) {
      this.say(file, START, { code: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? '' });
      return undefined;
    }
    if ('problem' in bytes) {
      this.say(file, START, bytes.problem);
      return undefined;
    }
    return readActivitiesWorkbook(file, bytes.bytes, language);
  }
}

interface ReleaseText {
  language: string;
  file: string;
  frontMatter: Json;
  positions: Positions;
  paragraphs: Paragraph[];
}

async function readReleaseFile(reader: Reader, file: string, language: string, path: string): Promise<ReleaseText | undefined> {
  const text = await reader.text(file);
  if (text === undefined) return undefined;
  const split = splitReleaseFile(text);
  if ('problem' in split) {
    reader.say(file, { line: split.line, column: 1 }, split.problem, path);
    return undefined;
  }
  const read = reader.mapping(file, split.frontMatter, split.frontMatterLine, path);
  if (!read) return undefined;
  // A field left empty (`image:`, `image: null`, as a CMS writes an optional field nobody filled) is not given.
  const frontMatter = Object.fromEntries(Object.entries(read.value).filter(([, value]) => value !== null));
  return { language, file, frontMatter, positions: read.positions, paragraphs: split.paragraphs };
}

/** Where `path` (inside a release) was written in a translation file, if it was. */
const positionIn = (text: ReleaseText, path: PathKey[]): Position => {
  const key = pathToString(path);
  for (const [at, position] of text.positions) if (pathToString(at) === key) return position;
  return START;
};

async function readRelease(reader: Reader, id: string, index: number, feedLanguage: string): Promise<Json | undefined> {
  const folder = join(RELEASES_DIR, id);
  const prefix: PathKey[] = ['releases', index];
  const releasePath = pathToString(prefix);
  const entries = readdirSync(reader.file(folder), { withFileTypes: true });
  // A language's file is `lv.md`, or `index.lv.md` as the CMS form names it; one of them.
  const fileNames = new Map<string, string>();
  for (const name of entries
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort()) {
    if (!name.endsWith('.md')) continue;
    const stem = name.slice(0, -3);
    // The tag's canonical form (`EN.md` is the en text), so that `en.md` and `index.en.md` are one language.
    const language = languageTag(stem.startsWith(CMS_FILE_PREFIX) ? stem.slice(CMS_FILE_PREFIX.length) : stem);
    const other = language && fileNames.get(language);
    if (!language) reader.say(reader.file(join(folder, name)), START, { code: 'file-not-language' }, '', 'warning');
    else if (other) reader.say(reader.file(join(folder, name)), START, { code: 'file-twice', other, language }, releasePath);
    else fileNames.set(language, name);
  }
  const languages = [...fileNames.keys()];
  const texts: ReleaseText[] = [];
  for (const [language, name] of fileNames) {
    const text = await readReleaseFile(reader, reader.file(join(folder, name)), language, releasePath);
    if (text) texts.push(text);
    else reader.unread.set(releasePath, [...(reader.unread.get(releasePath) ?? []), language]);
  }
  // The release file is the one that says it is (`language: en` in en.md), else the one in the feed's language.
  const base = texts.find((text) => languageTag(text.frontMatter.language) === text.language) ?? texts.find((text) => text.language === feedLanguage);
  if (!base) {
    // It exists and its problem is reported, or the feed's language is no tag, which is kopiena.yml's problem.
    if (languages.includes(feedLanguage) || !languageTag(feedLanguage)) return undefined;
    const file = `${feedLanguage}.md`;
    reader.say(
      reader.file(join(folder, file)),
      START,
      { code: 'release-file-missing', language: feedLanguage, file, found: [...fileNames.values()] },
      releasePath
    );
    return undefined;
  }
  const baseName = basename(base.file);
  // A localized field's release-language entry (`title.lv`) is where the release file gives the field.
  const placeBase = (file: string, under: PathKey[], entries: Positions) => {
    reader.place(file, [...prefix, ...under], entries);
    reader.place(
      file,
      prefix,
      entries.flatMap(([path, at]) =>
        isTranslatable([...under, ...path]) ? [[[...under, ...path, base.language], at] as [PathKey[], Position]] : []
      )
    );
  };
  placeBase(base.file, [], [[[], START], [['id'], START], ...base.positions]);
  const { id: givenId, ...fields } = base.frontMatter;
  const release: Json = { id, ...fields };
  // `image: talka.jpg` is short for `image: { src: talka.jpg }`; translations then give `image: { alt: … }`.
  if (typeof release.image === 'string') release.image = { src: release.image };
  // So is `- logo.svg` in `attachments` for `- { src: logo.svg }`.
  if (Array.isArray(release.attachments))
    release.attachments = release.attachments.map((item: unknown) => (typeof item === 'string' ? { src: item } : item));
  if (givenId !== undefined && givenId !== id) {
    reader.say(base.file, positionIn(base, ['id']), { code: 'release-id-mismatch', value: shownValue(givenId), folder: id }, `${releasePath}.id`);
  }
  coerceWhen(release.activities);
  if (base.paragraphs.length) {
    if (release.body !== undefined) reader.say(base.file, positionIn(base, ['body']), { code: 'body-twice' }, `${releasePath}.body`);
    else {
      release.body = base.paragraphs.map((paragraph) => paragraph.text);
      placeBase(
        base.file,
        ['body'],
        base.paragraphs.map((paragraph, at) => [[at], { line: paragraph.line, column: 1 }])
      );
    }
  }

  // activities.csv or activities.xlsx; with both, the CSV file is read and the workbook reported.
  const tables = [ACTIVITIES_FILE, ACTIVITIES_WORKBOOK].filter((name) => entries.some((entry) => entry.isFile() && entry.name === name));
  if (tables.length > 1)
    reader.say(reader.file(join(folder, ACTIVITIES_WORKBOOK)), START, { code: 'table-twice', other: ACTIVITIES_FILE }, `${releasePath}.activities`);
  if (tables.length) {
    const tableFile = reader.file(join(folder, tables[0]));
    const read =
      tables[0] === ACTIVITIES_FILE
        ? await reader.activitiesCsv(tableFile, base.language)
        : await reader.activitiesWorkbook(tableFile, base.language);
    if (read) {
      reader.problems.push(...read.problems);
      if (release.activities !== undefined) {
        reader.say(tableFile, START, { code: 'activities-twice', first: baseName, second: tables[0] }, `${releasePath}.activities`);
      } else if (read.value) {
        release.activities = read.value;
        placeBase(tableFile, ['activities'], [...read.positions, [[], START]]);
      }
    }
  }

  for (const text of texts) {
    if (text === base) continue;
    const translation: Json = { ...text.frontMatter };
    if (text.paragraphs.length) translation.body = text.paragraphs.map((paragraph) => paragraph.text);
    // A translated value is placed at its language's path: `title.en` is in en.md.
    const placed: Positions = text.positions.flatMap(([path, at]) =>
      isTranslatable(path) ? [[[...path, text.language], at] as [PathKey[], Position]] : []
    );
    text.paragraphs.forEach((paragraph, at) => placed.push([['body', at, text.language], { line: paragraph.line, column: 1 }]));
    for (const problem of addTranslation(release, base.language, text.language, translation, baseName)) {
      const at =
        problem.path[0] === 'body' && !('body' in text.frontMatter)
          ? { line: text.paragraphs[Number(problem.path[1])]?.line ?? 1, column: 1 }
          : positionIn(text, problem.path);
      reader.say(text.file, at, problem.said, pathToString([...prefix, ...problem.path]));
    }
    reader.place(text.file, prefix, placed);
  }
  return release;
}

/** `when: 2020` in YAML is a number; the feed wants the text "2020". */
function coerceWhen(activities: unknown): void {
  if (!Array.isArray(activities)) return;
  for (const activity of activities) if (isObject(activity) && typeof activity.when === 'number') activity.when = String(activity.when);
}

/**
 * Reads the source folder `dir` (`shown`: as the user named it).
 * @throws InputError when it is not one.
 */
export async function readSource(dir: string, shown = dir): Promise<Source> {
  const reader = new Reader(dir);
  const configFile = reader.file(CONFIG_FILE);
  if (!(await stat(configFile).catch(() => undefined))?.isFile()) {
    throw new InputError({ code: 'not-source-folder', input: shown });
  }
  const text = await reader.text(configFile);
  const config = text === undefined ? undefined : reader.mapping(configFile, text, 1, '');
  const locate = (path: readonly PathKey[]): Location => {
    for (let depth = path.length; depth >= 0; depth--) {
      const found = reader.find(path.slice(0, depth));
      if (found) return found;
    }
    return { file: configFile, ...START };
  };
  if (!config) return { problems: reader.problems, locate };
  reader.place(configFile, [], config.positions);
  const { releases: order, ...feed } = config.value;
  const feedLanguage = languageTag(feed.language) ?? (typeof feed.language === 'string' ? feed.language : 'en');

  const releasesDir = reader.file(RELEASES_DIR);
  const folders = (await readdir(releasesDir, { withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  // kopiena.yml may list the releases' order (import writes it when the feed's order is not the folders'); unlisted folders follow.
  const ids = new Set<string>();
  if (order !== undefined) {
    if (!Array.isArray(order)) reader.say(configFile, locate(['releases']), { code: 'releases-not-list' }, 'releases');
    else {
      const existing = new Set(folders);
      order.forEach((id, at) => {
        if (typeof id === 'string' && existing.has(id) && !ids.has(id)) ids.add(id);
        else {
          const value = shownValue(id);
          reader.say(
            configFile,
            locate(['releases', at]),
            { code: 'unknown-id', kind: 'release', value, nearest: ids.has(value) ? undefined : nearest(value, folders) },
            'releases'
          );
        }
      });
    }
  }
  for (const id of folders) ids.add(id);
  const releases: Json[] = [];
  for (const id of ids) {
    const release = await readRelease(reader, id, releases.length, feedLanguage);
    if (release) releases.push(release);
  }
  if (!reader.find(['releases'])) reader.place(releasesDir, ['releases'], [[[], START]]);
  // A release's photo is named relative to its own folder (`image: talka.jpg` in releases/<id>/).
  const files = { root: dir, folderOf: (id: string) => join(dir, RELEASES_DIR, id) };
  return { feed: { ...feed, releases }, problems: reader.problems, locate, files, unread: reader.unread };
}
