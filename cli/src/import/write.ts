/**
 * Writes a feed as a source folder, all or nothing: into a staging folder
 * beside `out`, read back and compared release by release (a release that
 * does not read back exactly is written whole into its front matter), and
 * swapped into place only when complete (output.ts, as every command writes).
 */
import { isDeepStrictEqual } from 'node:util';
import { Staging, type Destination } from '../output.js';
import { InputError } from '../errors.js';
import { readSource } from '../source/read.js';
import { feedFiles, type Files } from './folder.js';

/**
 * Writes `feed` (a kopiena feed document) to the folder `out` (checked by output.ts's `destination`).
 * @returns the ids of releases written whole into front matter (they had no exact split).
 */
export async function writeFeedFolder(feed: unknown, out: Destination, extra: Files = new Map()): Promise<{ whole: string[] }> {
  const staging = await Staging.beside(out);
  const whole = new Set<string>();
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      await staging.clear();
      for (const [path, text] of new Map([...feedFiles(feed, whole), ...extra])) await staging.write(path, text);
      const back = (await readSource(staging.folder)).feed as { releases?: Array<Record<string, unknown>> } | undefined;
      const releases = (feed as { releases?: Array<Record<string, unknown>> }).releases ?? [];
      const differing = releases.filter((release, index) => !isDeepStrictEqual(back?.releases?.[index], release));
      if (!differing.length && isDeepStrictEqual(back, feed)) break;
      if (attempt === 1 || !differing.length) throw new InputError({ code: 'import-not-exact' });
      for (const release of differing) whole.add(release.id as string);
    }
    await staging.swap();
  } finally {
    await staging.discard();
  }
  return { whole: [...whole] };
}
