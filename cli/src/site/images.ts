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

/** Width and height from the image's header (PNG IHDR, GIF screen, JPEG start-of-frame), when it says. */
export function imageSize(bytes: Uint8Array, format: string): { width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (format === 'png' && bytes.length >= 24) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (format === 'gif' && bytes.length >= 10) return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  if (format !== 'jpeg') return undefined;
  // JPEG: walk the marker segments to the first start-of-frame (C0–CF, except C4 DHT, C8 JPG, CC DAC).
  for (let at = 2; at + 9 < bytes.length;) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = view.getUint16(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
    }
    at += 2 + length;
  }
  return undefined;
}

/** The MIME type for an image URL, by its extension. */
export function imageType(url: string): string {
  const extension = extname(new URL(url).pathname).slice(1).toLowerCase();
  return types[extension === 'jpg' ? 'jpeg' : extension] ?? 'image/jpeg';
}
