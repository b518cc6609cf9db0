/**
 * A picture file named by a feed or a source folder, read only when it is
 * what it claims: a regular file inside the folder (no absolute path, no
 * `..` or link that leads out, no device, no named pipe), no larger than
 * MAX_IMAGE_BYTES, and a PNG, JPEG, WebP or GIF that the image library
 * decodes whole. Anything else is refused with words before a byte of it
 * is published: a file that only starts like a PNG is still not one.
 */
import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import sharp from 'sharp';

/** A camera's full-size JPEG is 3–15 MB; 25 MB leaves room and still bounds memory. */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;
/** 100 megapixels (a 12,000 × 8,000 photo): a small file that claims to be huge (a decompression bomb) is refused. */
export const MAX_IMAGE_PIXELS = 100_000_000;

/** The formats a browser, a feed reader and a social preview all show. */
const PUBLISHED_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif']);

export interface ImageFile {
  /** The file's real path. */
  file: string;
  bytes: Buffer;
  format: 'jpeg' | 'png' | 'webp' | 'gif';
  width: number;
  height: number;
}

export type ImageRead = ImageFile | { problem: string };

/** Whether `path` is `root` or under it (both absolute and resolved). */
const isUnder = (root: string, path: string) => {
  const rest = relative(root, path);
  return rest === '' || (!isAbsolute(rest) && rest !== '..' && !rest.startsWith(`..${sep}`));
};

/** A library's message in one short line, safe to print. */
const oneLine = (message: string) =>
  [...message.trim().split('\n')[0]]
    .map((char) => (char < ' ' || char === '\u007f' ? ' ' : char))
    .join('')
    .slice(0, 120);

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Reads the picture `src` names, relative to `base`, which must stay inside
 * `root` (the source folder, or the feed file's folder).
 */
export async function readImageFile({ root, base, src }: { root: string; base: string; src: string }): Promise<ImageRead> {
  if (isAbsolute(src) || /^[a-z]:/i.test(src) || src.startsWith('\\'))
    return { problem: `${src} is an absolute path: name a file in the folder, relative to it (talka.jpg)` };
  const named = resolve(base, src);
  if (!isUnder(resolve(root), named)) return { problem: `${src} is outside the folder: only pictures inside it are published` };
  let real;
  try {
    real = await realpath(named);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: `cannot read the image file ${src} (${code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file' : (code ?? 'unreadable')})` };
  }
  if (!isUnder(await realpath(root), real))
    return { problem: `${src} is a link to a file outside the folder: only pictures inside it are published` };
  // The type is checked before the file is opened: opening a named pipe would wait for a writer, a device never ends.
  const kind = await stat(real);
  const notAFile = kind.isDirectory()
    ? 'a folder'
    : kind.isFIFO()
      ? 'a named pipe'
      : kind.isCharacterDevice() || kind.isBlockDevice()
        ? 'a device'
        : kind.isSocket()
          ? 'a socket'
          : undefined;
  if (notAFile || !kind.isFile()) return { problem: `${src} is ${notAFile ?? 'not a regular file'}, not a picture file` };
  if (kind.size > MAX_IMAGE_BYTES)
    return { problem: `${src} is ${megabytes(kind.size)}; pictures up to ${megabytes(MAX_IMAGE_BYTES)} are published (save a smaller copy)` };
  // Opened without following a link and without waiting, then checked again: the file may have been swapped meanwhile.
  let handle;
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return { problem: `cannot read the image file ${src} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})` };
  }
  let bytes: Buffer;
  try {
    const opened = await handle.stat();
    if (!opened.isFile() || opened.size > MAX_IMAGE_BYTES) return { problem: `${src} changed while it was read` };
    bytes = Buffer.alloc(opened.size);
    const { bytesRead } = await handle.read(bytes, 0, opened.size, 0);
    bytes = bytes.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const image = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' });
  let header;
  try {
    header = await image.metadata();
  } catch {
    return { problem: `${src} is not a PNG, JPEG, GIF or WebP image` };
  }
  const { format, width, height } = header;
  if (!PUBLISHED_FORMATS.has(format)) return { problem: `${src} is not a PNG, JPEG, GIF or WebP image (it is ${format})` };
  try {
    // Every pixel decoded: a file with a good header and damaged or missing picture data is refused too.
    await image.stats();
  } catch (error) {
    return { problem: `${src} is a damaged ${format.toUpperCase()} image that cannot be read (${oneLine((error as Error).message)})` };
  }
  return { file: real, bytes, format: format as ImageFile['format'], width, height };
}
