// Runs the `kopiena` command in this process, through its `io` (cli/src/commands/io.ts),
// so a test sees exactly what it prints on stdout and stderr and its exit code.
// `kopienaProcess` runs the built binary as a user does, for the few tests of the binary itself.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../src/commands/io.js';
import { main } from '../src/main.js';

export const bin = fileURLToPath(new URL('../bin/kopiena.js', import.meta.url));
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CapturingIo extends Io {
  /** What the command printed so far. */
  printed(): Omit<Run, 'status'>;
  /** Asks the command to stop, as Ctrl+C does. */
  interrupt(): void;
  /** Resolves with the first line printed (on either stream) that matches `pattern`, once there is one. */
  line(pattern: RegExp): Promise<string>;
}

/** An `io` that keeps what the command prints. */
export function capturingIo(options: { cwd?: string; env?: NodeJS.ProcessEnv; now?: () => Date } = {}): CapturingIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const waiting: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  let interrupt = () => {};
  const interrupted = new Promise<void>((resolve) => (interrupt = resolve));
  const print = (stream: string[]) => (line: string) => {
    stream.push(`${line}\n`);
    for (const wait of waiting.filter(({ pattern }) => pattern.test(line))) {
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve(line);
    }
  };
  return {
    stdout: print(stdout),
    stderr: print(stderr),
    now: options.now ?? (() => new Date()),
    // The machine's own locale is left out, so that what the command says does not depend on where the tests run.
    env: { ...process.env, KOPIENA_DEBUG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined, LANG: undefined, ...options.env },
    cwd: resolve(options.cwd ?? process.cwd()),
    interrupted: () => interrupted,
    interrupt: () => interrupt(),
    printed: () => ({ stdout: stdout.join(''), stderr: stderr.join('') }),
    line: (pattern) => {
      const found = [...stdout, ...stderr].flatMap((text) => text.split('\n')).find((line) => pattern.test(line));
      return found !== undefined ? Promise.resolve(found) : new Promise((resolve) => waiting.push({ pattern, resolve }));
    },
  };
}

/**
 * Runs `kopiena …args` in-process (in `cwd`, with `env` added to this process's environment).
 * After `timeout` ms a run that has not ended counts as hung: status null, as a child process killed then.
 */
export async function kopiena(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}): Promise<Run> {
  const io = capturingIo(options);
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<null>((resolve) => {
    if (options.timeout) timer = setTimeout(() => resolve(null), options.timeout).unref();
  });
  const status = await Promise.race([main(args, io), hung]);
  clearTimeout(timer);
  return { status, ...io.printed() };
}

/** Runs the built binary, bin/kopiena.js, as a child process. */
export function kopienaProcess(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}): Run {
  const { status, stdout, stderr } = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', ...options });
  return { status, stdout, stderr };
}

export const scratchDir = (prefix = 'kopiena-cli-'): string => mkdtempSync(join(tmpdir(), prefix));
