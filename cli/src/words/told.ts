/**
 * What the command tells a coordinator outside the problems of a file: why
 * it could not start or finish (an InputError or UsageError, errors.ts),
 * what it did and where to look next. As data, a stable code and the values
 * its words need; the words are chosen in the coordinator's language when it
 * is printed (catalogue.ts, `tells`).
 */
import type { Said } from './said.js';

export type Told =
  // Reading the input (check.ts, source/read.ts, import/input.ts, serve/preview.ts)
  | { code: 'no-input'; input: string; folder: boolean }
  | { code: 'not-source-folder'; input: string }
  /** A file the command reads whole, and what is wrong with it as its problem says it. */
  | { code: 'input-problem'; input: string; said: Said }
  // main.ts
  | { code: 'unknown-command'; name: string }
  | { code: 'unexpected'; detail: string }
  // kopiena import (import/)
  | { code: 'import-not-xml'; input: string }
  | { code: 'import-unknown'; input: string; json: boolean }
  | { code: 'import-not-exact' }
  | { code: 'import-options-twice' }
  | { code: 'import-language-tag'; value: string; /** The option that named it (--lang), else the feed did. */ option?: string; input: string }
  | { code: 'import-language-overridden'; input: string; own: string; language: string; option: string }
  | { code: 'import-language-guessed'; input: string; guess: string; fromComputer: boolean }
  | { code: 'import-picture-unsized'; releases: readonly string[] }
  | { code: 'import-wrote'; folder: string; name?: string; count: number }
  | { code: 'import-whole'; ids: readonly string[] }
  | { code: 'import-check'; folder: string }
  // kopiena serve (serve/, commands/serve.ts)
  | { code: 'serve-remote' }
  | { code: 'serve-port-option'; given: string }
  | { code: 'serve-port-moved'; port: number; bound: number }
  | {
      code: 'serve-port-taken';
      port: number;
      /** The system refused this user the port (EACCES), rather than another program holding it. */ refused: boolean;
    }
  | { code: 'serve-cannot-listen'; port: number; reason: string }
  | { code: 'serve-started'; input: string; origin: string }
  | { code: 'serve-built'; seconds: number; origin: string }
  | { code: 'serve-watch-stopped'; input: string }
  | { code: 'serve-stopped' };

export type ToldCode = Told['code'];
