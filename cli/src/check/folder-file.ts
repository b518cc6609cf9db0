/**
 * A file named by a feed or a source folder (a release's photo, a file of
 * its media kit), opened only when it is what it claims: a regular file
 * inside the folder (no absolute path, no `..` or link that leads out, no
 * device, no named pipe) and no larger than the caller's bound. Shared by
 * image-file.ts and attachments.ts, so `validate` and `build` say the same
 * about every path a coordinator writes.
 */
import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

import type { FileSlip } from '../words/said.js';

export interface FolderFile {
  /** The file's real path. */
  file: string;
  bytes: Buffer;
}

/** Whether `path` is `root` or under it (both absolute and resolved). */
const isUnder = (root: string, path: string) => {
  const rest = relative(root, path);
  return rest === '' || (!isAbsolute(rest) && rest !== '..' && !rest.startsWith(`..${sep}`));
};

/**
 * Reads the file `src` names, relative to `base`, which must stay inside
 * `root` (the source folder, or the feed file's folder), whole, up to `maxBytes`.
 */
export async function readFolderFile(
  { root, base, src }: { root: string; base: string; src: string },
  maxBytes: number
): Promise<FolderFile | { problem: FileSlip }> {
  if (isAbsolute(src) || /^[a-z]:/i.test(src) || src.startsWith('\\')) return { problem: { slip: 'absolute' } };
  const named = resolve(base, src);
  if (!isUnder(resolve(root), named)) return { problem: { slip: 'outside' } };
  let real;
  try {
    real = await realpath(named);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' || code === 'ENOTDIR' ? { slip: 'missing' } : { slip: 'unreadable', reason: code ?? '' } };
  }
  if (!isUnder(await realpath(root), real)) return { problem: { slip: 'link-outside' } };
  // The type is checked before the file is opened: opening a named pipe would wait for a writer, a device never ends.
  const found = await stat(real);
  if (!found.isFile())
    return {
      problem: {
        slip: 'not-a-file',
        found: found.isDirectory() ? 'folder' : found.isCharacterDevice() || found.isBlockDevice() ? 'device' : 'other',
      },
    };
  if (found.size > maxBytes) return { problem: { slip: 'too-large', size: found.size, limit: maxBytes } };
  // Opened without following a link and without waiting, then checked again: the file may have been swapped meanwhile.
  let handle;
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return { problem: { slip: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? '' } };
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile() || opened.size > maxBytes) return { problem: { slip: 'changed' } };
    const bytes = Buffer.alloc(opened.size);
    const { bytesRead } = await handle.read(bytes, 0, opened.size, 0);
    return { file: real, bytes: bytes.subarray(0, bytesRead) };
  } finally {
    await handle.close();
  }
}
