/**
 * Problems said in the coordinator's language: where (the release, activity,
 * person or field by name, never a JSON path) and what (the value found and
 * a good one). `--format json` keeps the stable code and path instead.
 */
import { isIdText, isObject } from '../../../src/core.js';
import { parsePath, type PathKey } from '../check/paths.js';
import type { Problem } from '../problems.js';
import { terminalText } from '../terminal.js';
import type { Spoken, Words } from './catalogue.js';
import { en } from './en.js';
import { lv } from './lv.js';
import { ru } from './ru.js';
import type { Said } from './said.js';
import type { Told } from './told.js';

export const CATALOGUE: Record<Spoken, Words> = { en, lv, ru };

/** Fields whose value is text in one or more languages: a key under them is a language (`title (en)`). */
const LOCALIZED = new Set([
  'title',
  'summary',
  'place',
  'description',
  'name',
  'role',
  'about',
  'label',
  'alt',
  'partnership',
  'inquiries',
  'moreInformation',
  'preparedBy',
]);

/** The English words of `said`: a problem's `message` (what tests and logs read when no language is asked for). */
export const inEnglish = (said: Said): string => say(en, said);

/** The English words of `told`: an error's `message` (what tests, logs and a bug report read). */
export const toldInEnglish = (told: Told): string => new Speaker('en').tell(told);

function say(words: Words, said: Said): string {
  const text = (words.says[said.code] as (said: Said) => string)(said);
  const nearest = 'nearest' in said ? said.nearest : undefined;
  return nearest ? `${text}; ${words.didYouMean(nearest)}` : text;
}

type Json = Record<string, unknown>;
const at = (list: unknown, index: PathKey): unknown => (Array.isArray(list) && typeof index === 'number' ? list[index] : undefined);

export class Speaker {
  readonly words: Words;
  constructor(
    readonly language: Spoken,
    /** The feed the problems are about, to name its releases and activities. */
    private readonly feed?: unknown
  ) {
    this.words = CATALOGUE[language];
  }

  /** What the command tells outside a file's problems (why it stopped, what it did), in this speaker's language. */
  tell(told: Told): string {
    return (this.words.tells[told.code] as (told: Told, say: (said: Said) => string) => string)(told, (said) => say(this.words, said));
  }

  message(problem: Problem): string {
    return problem.said ? say(this.words, problem.said) : problem.message;
  }

  /** Where the problem is, in words: "release 2020-05-07-…, activity putnu-buri, when"; '' for the file as a whole. */
  place(problem: Problem): string {
    const keys = parsePath(problem.path);
    const parts: string[] = [];
    const feed: Json = isObject(this.feed) ? this.feed : {};
    let rest = keys;
    if (keys[0] === 'releases' && typeof keys[1] === 'number') {
      const release = at(feed.releases, keys[1]);
      const id = isObject(release) && isIdText(release.id) ? release.id : undefined;
      // A problem in the release's own folder names it already (one whose id is unknown, because its file cannot be read, too).
      const file = problem.file.replaceAll('\\', '/');
      if (!file.includes(id ? `releases/${id}/` : 'releases/')) parts.push(this.words.release(id ?? this.words.numbered('', keys[1] + 1).trim()));
      rest = keys.slice(2);
      if (rest[0] === 'activities' && typeof rest[1] === 'number') {
        const activity = isObject(release) ? at(release.activities, rest[1]) : undefined;
        parts.push(isObject(activity) && isIdText(activity.id) ? this.words.activity(activity.id) : this.words.activityNumber(rest[1] + 1));
        rest = rest.slice(2);
      }
    } else if ((keys[0] === 'people' || keys[0] === 'organizations') && typeof keys[1] === 'string') {
      // An id that is not one may hold `.` or `[`, which a path cannot tell from its keys: the problem names it whole.
      const id = problem.said?.code === 'id' && keys.at(-1) !== 'id' ? problem.said.value : keys[1];
      parts.push(keys[0] === 'people' ? this.words.person(id) : this.words.organization(id));
      rest = id === keys[1] ? keys.slice(2) : [];
    } else if (keys[0] === 'project') {
      parts.push(this.words.project);
      rest = keys.slice(1);
    }
    const field = this.field(rest);
    if (field) parts.push(field);
    return parts.join(', ');
  }

  /** `links no. 1 › label (en)`: the keys as the coordinator wrote them, items counted from 1, a language in brackets. */
  private field(keys: readonly PathKey[]): string {
    let out = '';
    keys.forEach((key, index) => {
      const previous = keys[index - 1];
      if (typeof key === 'number') out = this.words.numbered(out, key + 1);
      else if (index > 0 && (LOCALIZED.has(String(previous)) || (typeof previous === 'number' && keys[index - 2] === 'body'))) out += ` (${key})`;
      else out = out ? `${out} › ${key}` : key;
    });
    return out;
  }

  /** `file:line:column: severity: place: message` (a workbook's `file:Sheet1!C4`), one line, its control characters shown escaped. */
  line(problem: Problem): string {
    const place = this.place(problem);
    const { file, line, column, cell, severity } = problem;
    // A workbook's cell as a spreadsheet names it (`activities.xlsx:Sheet1!C4`), else line and column.
    const at = cell ? `${file}:${cell}` : `${file}:${line}:${column}`;
    return terminalText(`${at}: ${this.words.severity[severity]}: ${place ? `${place}: ` : ''}${this.message(problem)}`);
  }

  /** The closing line of a run. */
  summary(problems: readonly Problem[]): string {
    const errors = problems.filter((problem) => problem.severity === 'error').length;
    return errors + (problems.length - errors) ? this.words.counted(errors, problems.length - errors) : this.words.valid;
  }

  /** A problem as `--format json` prints it: the stable code and path, the message in the chosen language. */
  json(problem: Problem) {
    const { file, line, column, cell, path, severity } = problem;
    return {
      file,
      line,
      column,
      ...(cell ? { cell } : {}),
      path,
      severity,
      code: problem.said?.code ?? problem.code ?? 'other',
      message: this.message(problem),
    };
  }
}
