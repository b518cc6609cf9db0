/**
 * The feed a command line names, read as text: a URL (remote.ts: 5 MB as
 * sent and once uncompressed, a time limit, a few http(s) redirects) or a
 * file (5 MB, its size checked before it is read). `kopiena validate` and
 * `build` (check.ts) and `kopiena import` (import/input.ts) read their input
 * here, so every input is bounded alike; a source folder's own files are
 * read by source/read.ts with the same file reader (check/text-file.ts).
 */
import { resolve } from 'node:path';
import { LIMITS } from '../../src/core.js';
import { decodeText, readText, type TextResult } from './check/text-file.js';
import { InputError } from './errors.js';
import { isRemote, readRemote } from './remote.js';

/** Where relative paths start and the environment (the command's `io`); the process's own when not given. */
export interface ReadOptions {
  cwd?: string;
  /** May set `KOPIENA_TIMEOUT` (remote.ts). */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface InputOptions extends ReadOptions {
  /** The `accept` header of a URL's request. */
  accept?: string;
}

/**
 * The text of `input`, or why it is no text (too large, not UTF-8).
 * @throws InputError when there is no such file, or the URL cannot be read (remote.ts says why)
 */
export async function readInput(input: string, { cwd = process.cwd(), env, accept }: InputOptions = {}): Promise<TextResult> {
  if (isRemote(input)) return decodeText(await readRemote(input, { accept, env, limit: LIMITS.bytes }), LIMITS.bytes);
  try {
    return await readText(resolve(cwd, input), LIMITS.bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') throw new InputError({ code: 'no-input', input, folder: false });
    throw error;
  }
}
