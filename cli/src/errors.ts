/**
 * The command's one family of errors and the one place that turns an outcome
 * into an exit code (docs/command.md, "Exit status"): 0 done, 1 the input
 * has problems, 2 usage or I/O error. Anything else thrown is a bug, which
 * main.ts reports in one line and maps to 2 as well.
 */
import type { Told } from './words/told.js';
import { toldInEnglish } from './words/speaker.js';

/** What a command reports when it ran to the end: `problems` when the input has errors (already printed). */
export type Outcome = 'done' | 'problems';

/**
 * An error the command expects and explains in one line; `exitCode` is what
 * the process ends with. `told` is what it says, printed in the
 * coordinator's language (main.ts); its `message` is the English words.
 */
export abstract class KopienaError extends Error {
  abstract readonly exitCode: 2;
  readonly told?: Told;
  /** @param told what it says; a string for words that have no code (yet), printed as they are */
  constructor(told: Told | string) {
    super(typeof told === 'string' ? told : toldInEnglish(told));
    if (typeof told !== 'string') this.told = told;
  }
}

/** The command line itself is wrong (an unknown option, a missing value): the reason, then the command's usage. */
export class UsageError extends KopienaError {
  override name = 'UsageError';
  readonly exitCode = 2;
}

/** The input cannot be read, or the output cannot be written where asked (no such file, network failure, a refused --out). */
export class InputError extends KopienaError {
  override name = 'InputError';
  readonly exitCode = 2;
}

/** The exit code of a command that finished with `outcome` or threw `error`. */
export function exitCode(result: { outcome: Outcome } | { error: unknown }): 0 | 1 | 2 {
  if ('outcome' in result) return result.outcome === 'done' ? 0 : 1;
  return 2;
}
