/**
 * Images in the built site: the files it publishes, and the MIME type of an
 * image URL (syndication enclosures). Which release images are usable is
 * settled by check/release-images.ts; their web sizes are made by photos.ts.
 */
import { extname } from 'node:path';

export interface CopiedImage {
  /** Path in the site. */
  path: string;
  bytes: Uint8Array;
}

const types: Record<string, string> = { png: 'image/png', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp' };

/** The image format by its first bytes (a file's name can lie). */
export function sniffImage(bytes: Uint8Array): keyof typeof types | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  return undefined;
}

/** The MIME type for an image URL, by its extension. */
export function imageType(url: string): string {
  const extension = extname(new URL(url).pathname).slice(1).toLowerCase();
  return types[extension === 'jpg' ? 'jpeg' : extension] ?? 'image/jpeg';
}
