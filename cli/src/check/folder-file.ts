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

/** What a caller calls the file in its messages: "picture" or "file". */
export interface FileKind {
  /** "pictures" in "only pictures inside it are published". */
  plural: string;
  /** "a picture file" in "zero is a device, not a picture file". */
  withArticle: string;
  /** "image file" in "cannot read the image file talka.jpg". */
  readable: string;
  /** The end of the message about a file that is too large. */
  smaller: string;
}

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

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Reads the file `src` names, relative to `base`, which must stay inside
 * `root` (the source folder, or the feed file's folder), whole, up to `maxBytes`.
 */
export async function readFolderFile(
  { root, base, src }: { root: string; base: string; src: string },
  maxBytes: number,
  kind: FileKind
): Promise<FolderFile | { problem: string }> {
  if (isAbsolute(src) || /^[a-z]:/i.test(src) || src.startsWith('\\'))
    return { problem: `${src} is an absolute path: name a file in the folder, relative to it (talka.jpg)` };
  const named = resolve(base, src);
  if (!isUnder(resolve(root), named)) return { problem: `${src} is outside the folder: only ${kind.plural} inside it are published` };
  let real;
  try {
    real = await realpath(named);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      problem: `cannot read the ${kind.readable} ${src} (${code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file' : (code ?? 'unreadable')})`,
    };
  }
  if (!isUnder(await realpath(root), real))
    return { problem: `${src} is a link to a file outside the folder: only ${kind.plural} inside it are published` };
  // The type is checked before the file is opened: opening a named pipe would wait for a writer, a device never ends.
  const found = await stat(real);
  const notAFile = found.isDirectory()
    ? 'a folder'
    : found.isFIFO()
      ? 'a named pipe'
      : found.isCharacterDevice() || found.isBlockDevice()
        ? 'a device'
        : found.isSocket()
          ? 'a socket'
          : undefined;
  if (notAFile || !found.isFile()) return { problem: `${src} is ${notAFile ?? 'not a regular file'}, not ${kind.withArticle}` };
  if (found.size > maxBytes)
    return { problem: `${src} is ${megabytes(found.size)}; ${kind.plural} up to ${megabytes(maxBytes)} are published (${kind.smaller})` };
  // Opened without following a link and without waiting, then checked again: the file may have been swapped meanwhile.
  let handle;
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return { problem: `cannot read the ${kind.readable} ${src} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})` };
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile() || opened.size > maxBytes) return { problem: `${src} changed while it was read` };
    const bytes = Buffer.alloc(opened.size);
    const { bytesRead } = await handle.read(bytes, 0, opened.size, 0);
    return { file: real, bytes: bytes.subarray(0, bytesRead) };
  } finally {
    await handle.close();
  }
}
