/**
 * Writes a feed as a source folder, all or nothing: into a staging folder
 * beside `out`, read back and compared release by release (a release that
 * does not read back exactly is written whole into its front matter), and
 * renamed into place only when complete. A non-empty `out` is refused.
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { InputError } from '../problems.js';
import { readSource } from '../source/read.js';
import { feedFiles, type Files } from './folder.js';

/** @throws InputError when `out` exists and is not an empty folder. */
export async function refuseNonEmpty(out: string): Promise<void> {
  const entries = await readdir(out).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    if (error.code === 'ENOTDIR') throw new InputError(`${out} is a file; name a new or empty folder`);
    throw new InputError(`${out} cannot be read (${error.code})`);
  });
  if (entries.length) throw new InputError(`${out} is not empty; name a new or empty folder (nothing is ever overwritten)`);
}

async function writeFiles(folder: string, files: Files): Promise<void> {
  for (const [path, text] of files) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), text, { flag: 'wx' });
  }
}

/** Moves a finished staging folder to `out`; an existing empty `out` (perhaps the current folder) is kept and filled. */
export async function moveIntoPlace(staging: string, out: string): Promise<void> {
  await refuseNonEmpty(out);
  const exists = await stat(out).then(
    () => true,
    () => false
  );
  if (!exists) {
    await rename(staging, out);
    return;
  }
  for (const entry of await readdir(staging)) await rename(join(staging, entry), join(out, entry));
}

export const stagingFor = (out: string): string => join(dirname(resolve(out)), `.${basename(resolve(out))}.kopiena-${process.pid}-${Date.now()}`);

/**
 * Writes `feed` (a kopiena feed document) to the folder `out`.
 * @returns the ids of releases written whole into front matter (they had no exact split).
 */
export async function writeFeedFolder(feed: unknown, out: string, extra: Files = new Map()): Promise<{ whole: string[] }> {
  await refuseNonEmpty(out);
  const staging = stagingFor(out);
  const whole = new Set<string>();
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      await rm(staging, { recursive: true, force: true });
      await writeFiles(staging, new Map([...feedFiles(feed, whole), ...extra]));
      const back = (await readSource(staging)).feed as { releases?: Array<Record<string, unknown>> } | undefined;
      const releases = (feed as { releases?: Array<Record<string, unknown>> }).releases ?? [];
      const differing = releases.filter((release, index) => !isDeepStrictEqual(back?.releases?.[index], release));
      if (!differing.length && isDeepStrictEqual(back, feed)) break;
      if (attempt === 1 || !differing.length) throw new InputError('the feed could not be written as a folder that reads back exactly');
      for (const release of differing) whole.add(release.id as string);
    }
    await moveIntoPlace(staging, out);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { whole: [...whole] };
}
