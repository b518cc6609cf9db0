/**
 * The one check behind `kopiena validate` and `kopiena build`: reads a
 * source folder, a feed file or a feed URL, assembles the feed document and
 * reports every problem in it with the file, line and column it came from.
 * The rules are the widgets' own (src/feed/validate.ts) plus the warnings
 * of docs/command.md (check/lint.ts).
 */
import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { examineFeed } from '../../src/feed/validate.js';
import { isObject, LIMITS } from '../../src/feed/schema.js';
import { InputError, type Problem } from './problems.js';
import { archiveFindings } from './check/archives.js';
import { jsonSource } from './check/json-source.js';
import { lint } from './check/lint.js';
import { parsePath } from './check/paths.js';
import { settleImages, type ImagePlan } from './check/release-images.js';
import { unknownReferences } from './check/references.js';
import type { Source } from './check/source.js';
import { decodeText, readText } from './check/text-file.js';
import { readRemote, isRemote } from './remote.js';
import { readSource } from './source/read.js';

export interface CheckResult {
  /** The assembled feed document (plain JSON), when it could be assembled. */
  feed?: unknown;
  /** Every error and warning, ordered by file, line and column. */
  problems: Problem[];
}

export { InputError };

async function fetchSource(url: string): Promise<Source> {
  const decoded = decodeText(await readRemote(url, { accept: 'application/feed+json, application/json' }));
  if ('problem' in decoded) return unreadable(url, decoded.problem);
  return { ...jsonSource(url, decoded.text), name: url };
}

const unreadable = (file: string, message: string): Source => ({
  problems: [{ file, line: 1, column: 1, path: '', severity: 'error', message }],
  locate: () => ({ file, line: 1, column: 1 }),
});

/** Reads the input as the kind of thing it is. @throws InputError when it cannot be read at all. */
export async function openSource(input: string): Promise<Source> {
  if (isRemote(input)) return fetchSource(input);
  let kind;
  try {
    kind = await stat(input);
  } catch {
    throw new InputError(`${input}: no such file or folder`);
  }
  if (kind.isDirectory()) return readSource(input);
  const read = await readText(input, LIMITS.bytes);
  if ('problem' in read) return unreadable(input, read.problem);
  const folder = dirname(resolve(input));
  return { ...jsonSource(input, read.text), name: basename(input), files: { root: folder, folderOf: () => folder } };
}

const byPlace = (a: Problem, b: Problem) => (a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1);

/** Checks a feed already read (used by `check` and by tests with a source in hand). */
export function checkSource(source: Source): CheckResult {
  const problems = [...source.problems];
  if (source.feed !== undefined) {
    const place = (path: string) => source.locate(parsePath(path));
    const examination = examineFeed(source.feed);
    for (const issue of [...examination.issues, ...unknownReferences(source.feed, examination)]) {
      problems.push({ ...place(issue.path), path: issue.path, severity: 'error', message: issue.message });
    }
    for (const finding of [...lint(source.feed), ...archiveFindings(source.feed, source.name)]) {
      problems.push({ ...place(finding.path), path: finding.path, severity: finding.severity, message: finding.message });
    }
  }
  return { feed: source.feed, problems: problems.sort(byPlace) };
}

/**
 * checkSource, and the release images read from their files (what `validate`
 * and `build` both run, so they agree on what a picture path means).
 */
export async function checkWithImages(source: Source): Promise<CheckResult & { photos: ImagePlan['photos'] }> {
  const checked = checkSource(source);
  if (!isObject(checked.feed)) return { ...checked, photos: new Map() };
  const plan = await settleImages(checked.feed, { files: source.files, feedUrl: source.files ? undefined : source.name });
  const problems = checked.problems.filter((problem) => !(plan.settled.has(problem.path) && problem.severity === 'error'));
  for (const { path, message } of plan.warnings) problems.push({ ...source.locate(parsePath(path)), path, severity: 'warning', message });
  return { feed: checked.feed, problems: problems.sort(byPlace), photos: plan.photos };
}

/**
 * Checks a source folder, a feed.json path or an http(s) URL of a feed.
 * @throws InputError when the input cannot be read at all (exit 2).
 */
export async function check(input: string): Promise<CheckResult> {
  return checkWithImages(await openSource(input));
}
