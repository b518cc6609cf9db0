// Runs the built `kopiena` command as a user does (a child process), so a
// test sees exactly its output and exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const bin = fileURLToPath(new URL('../bin/kopiena.js', import.meta.url));
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function kopiena(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}): Run {
  const { status, stdout, stderr } = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', ...options });
  return { status, stdout, stderr };
}

export const scratchDir = (prefix = 'kopiena-cli-'): string => mkdtempSync(join(tmpdir(), prefix));
