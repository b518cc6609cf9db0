/**
 * A picture file named by a feed or a source folder, read only when it is
 * what it claims: a regular file inside the folder (no absolute path, no
 * `..` or link that leads out, no device, no named pipe), no larger than
 * MAX_IMAGE_BYTES, and a PNG, JPEG, WebP or GIF that the image library
 * decodes whole. Anything else is refused with words before a byte of it
 * is published: a file that only starts like a PNG is still not one.
 */
import sharp from 'sharp';
import type { FileSlip } from '../words/said.js';
import { readFolderFile } from './folder-file.js';

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

export type ImageRead = ImageFile | { problem: FileSlip };

/**
 * Reads the picture `src` names, relative to `base`, which must stay inside
 * `root` (the source folder, or the feed file's folder).
 */
export async function readImageFile({ root, base, src }: { root: string; base: string; src: string }): Promise<ImageRead> {
  const read = await readFolderFile({ root, base, src }, MAX_IMAGE_BYTES);
  if ('problem' in read) return read;
  const { file, bytes } = read;
  const image = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' });
  let header;
  try {
    header = await image.metadata();
  } catch {
    return { problem: { slip: 'not-a-picture' } };
  }
  const { format, width, height } = header;
  if (!PUBLISHED_FORMATS.has(format)) return { problem: { slip: 'not-a-picture', format } };
  try {
    // Every pixel decoded: a file with a good header and damaged or missing picture data is refused too.
    await image.stats();
  } catch {
    return { problem: { slip: 'damaged', format: format.toUpperCase() } };
  }
  return { file, bytes, format: format as ImageFile['format'], width, height };
}
