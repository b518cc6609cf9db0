/**
 * The one check behind `kopiena validate` and `kopiena build`: reads a
 * source folder, a feed file or a feed URL, assembles the feed document and
 * reports every problem in it with the file, line and column it came from.
 * The rules are the widgets' own (src/feed/validate.ts) plus the warnings
 * of docs/command.md (check/lint.ts).
 */
import { stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { examineFeed, isObject } from '../../src/core.js';
import { InputError } from './errors.js';
import type { Problem } from './problems.js';
import { archiveFindings } from './check/archives.js';
import { settleAttachments } from './check/attachments.js';
import type { FolderFile } from './check/folder-file.js';
import { classify } from './check/classify.js';
import { jsonSource } from './check/json-source.js';
import { lint } from './check/lint.js';
import { newsroomIssues } from './check/newsroom.js';
import { parsePath } from './check/paths.js';
import { settleImages, type ImagePlan } from './check/release-images.js';
import { unknownReferences } from './check/references.js';
import type { Source } from './check/source.js';
import { readInput, type ReadOptions } from './input.js';
import { isRemote } from './remote.js';
import { readSource } from './source/read.js';
import type { Said } from './words/said.js';
import { inEnglish } from './words/speaker.js';

export interface CheckResult {
  /** The assembled feed document (plain JSON), when it could be assembled. */
  feed?: unknown;
  /** Every error and warning, ordered by file, line and column. */
  problems: Problem[];
}

export interface CheckOptions extends ReadOptions {
  /** The language the problems are to be told in (`validate --lang`), a canonical tag; none: the default words. */
  lang?: string;
}

const unreadable = (file: string, said: Said): Source => ({
  problems: [{ file, line: 1, column: 1, path: '', severity: 'error', message: inEnglish(said), said }],
  locate: () => ({ file, line: 1, column: 1 }),
});

/** Reads the input as the kind of thing it is. @throws InputError when it cannot be read at all. */
export async function openSource(input: string, { cwd = process.cwd(), env }: ReadOptions = {}): Promise<Source> {
  if (isRemote(input)) {
    const read = await readInput(input, { env, accept: 'application/feed+json, application/json' });
    return 'problem' in read ? unreadable(input, read.problem) : { ...jsonSource(input, read.text), name: input };
  }
  const path = resolve(cwd, input);
  let kind;
  try {
    kind = await stat(path);
  } catch {
    throw new InputError({ code: 'no-input', input, folder: true });
  }
  if (kind.isDirectory()) return shownAs(await readSource(path, input), path, input);
  const read = await readInput(path);
  if ('problem' in read) return unreadable(input, read.problem);
  const folder = dirname(path);
  return { ...jsonSource(input, read.text), name: basename(input), files: { root: folder, folderOf: () => folder } };
}

/** `source` with its files named from `shown` (the folder as the user named it) instead of the `real` path read. */
function shownAs(source: Source, real: string, shown: string): Source {
  const name = (file: string) => (isAbsolute(file) && !relative(real, file).startsWith('..') ? join(shown, relative(real, file)) : file);
  return {
    ...source,
    problems: source.problems.map((problem) => ({ ...problem, file: name(problem.file) })),
    locate: (path) => {
      const location = source.locate(path);
      return { ...location, file: name(location.file) };
    },
  };
}

/**
 * A "has no en text" warning, less the languages whose file could not be
 * read (that file's one problem says what is wrong); null when none is left.
 */
function withoutUnread(said: Said | undefined, path: string, unread: Source['unread']): Said | undefined | null {
  if (said?.code !== 'no-translation') return said;
  const skipped = unread?.get(/^releases\[\d+\]/.exec(path)?.[0] ?? '');
  if (!skipped) return said;
  const missing = said.missing.filter((language) => !skipped.includes(language));
  return missing.length ? { ...said, missing } : null;
}

const byPlace = (a: Problem, b: Problem) => (a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1);

/** Checks a feed already read (used by `check` and by tests with a source in hand). */
export function checkSource(source: Source, _options: CheckOptions = {}): CheckResult {
  const problems = [...source.problems];
  if (source.feed !== undefined) {
    const place = (path: string) => source.locate(parsePath(path));
    const examination = examineFeed(source.feed);
    for (const issue of [...examination.issues, ...unknownReferences(source.feed, examination), ...newsroomIssues(source.feed)]) {
      const said = classify(source.feed, issue.path, issue.message);
      problems.push({
        ...place(issue.path),
        path: issue.path,
        severity: 'error',
        message: said ? inEnglish(said) : issue.message,
        said,
        code: 'feed',
      });
    }
    for (const finding of [...lint(source.feed), ...archiveFindings(source.feed, source.name)]) {
      const said = withoutUnread(finding.said, finding.path, source.unread);
      if (said === null) continue;
      problems.push({
        ...place(finding.path),
        path: finding.path,
        severity: finding.severity,
        message: said ? inEnglish(said) : finding.message,
        said,
      });
    }
  }
  return { feed: source.feed, problems: problems.sort(byPlace) };
}

/**
 * checkSource, and the release images and attachments read from their files
 * (what `validate` and `build` both run, so they agree on what a path means).
 */
export async function checkWithImages(
  source: Source,
  options: CheckOptions = {}
): Promise<CheckResult & { photos: ImagePlan['photos']; attachments: Map<string, FolderFile> }> {
  const checked = checkSource(source, options);
  if (!isObject(checked.feed)) return { ...checked, photos: new Map(), attachments: new Map() };
  const where = { files: source.files, feedUrl: source.files ? undefined : source.name };
  const plan = await settleImages(checked.feed, where);
  const attachments = await settleAttachments(checked.feed, where);
  const problems = checked.problems.filter((problem) => !(plan.settled.has(problem.path) && problem.severity === 'error'));
  for (const { path, message, said } of [...plan.warnings, ...attachments.warnings])
    problems.push({ ...source.locate(parsePath(path)), path, severity: 'warning', message, said });
  return { feed: checked.feed, problems: problems.sort(byPlace), photos: plan.photos, attachments: attachments.files };
}

/**
 * Checks a source folder, a feed.json path or an http(s) URL of a feed.
 * @throws InputError when the input cannot be read at all (exit 2).
 */
export async function check(input: string, options: CheckOptions = {}): Promise<CheckResult> {
  return checkWithImages(await openSource(input, options), options);
}
