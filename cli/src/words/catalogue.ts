/**
 * The command's own words for problems, one catalogue per language. Each
 * language is a `Words`: the typecheck refuses a catalogue that lacks a
 * saying, so every problem code is said in every language.
 */
import type { Said, SaidCode } from './said.js';
import type { Told, ToldCode } from './told.js';

/** The languages the command speaks; any other falls back to English (docs/command.md). */
export const SPOKEN = ['en', 'lv', 'ru'] as const;
export type Spoken = (typeof SPOKEN)[number];

/** One saying per problem code, given exactly the values of its code. */
export type Sayings = { [Code in SaidCode]: (said: Extract<Said, { code: Code }>) => string };

/** One telling per code of what the command says outside a file's problems; `say` words a problem it names. */
export type Tellings = { [Code in ToldCode]: (told: Extract<Told, { code: Code }>, say: (said: Said) => string) => string };

export interface Words {
  severity: { error: string; warning: string };
  /** The closing line: "2 errors, 1 warning". */
  counted(errors: number, warnings: number): string;
  /** The closing line when nothing is wrong. */
  valid: string;
  /** Why `build` wrote nothing: "2 errors in my-news; nothing was written …". */
  stopped(errors: number, input: string): string;
  /** `kopiena serve` after a build that stopped on errors; `kept`: an earlier site is still served. */
  previewBroken(errors: number, input: string, kept: boolean): string;
  /** Where a problem is: the parts are joined with ", ". */
  release(name: string): string;
  activity(name: string): string;
  /** An activity without a usable id, by its place in the release (1-based). */
  activityNumber(n: number): string;
  person(id: string): string;
  organization(id: string): string;
  project: string;
  /** An item of a list field, 1-based: "body no. 3". */
  numbered(field: string, n: number): string;
  /** "did you mean arvita-juksa?" */
  didYouMean(suggestion: string): string;
  says: Sayings;
  tells: Tellings;
}
