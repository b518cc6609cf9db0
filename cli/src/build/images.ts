/// <reference types="node" />
/**
 * A release's own `image`, checked before the site is built. A path
 * (`images/opening.jpg`, relative to the feed file or source folder) is
 * copied into the site and its `src` becomes the published URL; an image
 * that cannot be used (no such file, outside the folder, not a regular file,
 * not a PNG/JPEG/GIF/WebP that decodes whole: check/image-file.ts; a URL
 * that is not http(s)) is dropped with a warning and the release gets a drawn share
 * image instead, so one broken photo never stops a site from publishing.
 */
import { basename, extname } from 'node:path';
import { readImageFile } from '../check/image-file.js';

export interface ImageNote {
  path: string;
  message: string;
}

export interface CopiedImage {
  /** Path in the site. */
  path: string;
  bytes: Uint8Array;
}

export interface ImagePlan {
  /** `releases[i].image.src` paths this step settled (their schema errors no longer apply). */
  settled: Set<string>;
  warnings: ImageNote[];
  copies: CopiedImage[];
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

const isAbsoluteUrl = (src: string) => /^[a-z][a-z0-9+.-]*:/i.test(src);

/**
 * Settles every release image of the feed document in place. `folder` is
 * where relative paths start (the feed file's folder or the source folder;
 * undefined for a feed read from a URL, whose relative paths are resolved
 * against `feedUrl`).
 */
export async function planImages(
  feed: Record<string, unknown>,
  { folder, feedUrl, baseUrl }: { folder?: string; feedUrl?: string; baseUrl?: string }
): Promise<ImagePlan> {
  const plan: ImagePlan = { settled: new Set(), warnings: [], copies: [] };
  const releases = Array.isArray(feed.releases) ? (feed.releases as unknown[]) : [];
  for (const [index, release] of releases.entries()) {
    if (!release || typeof release !== 'object') continue;
    const record = release as Record<string, unknown>;
    const image = record.image as Record<string, unknown> | undefined;
    if (!image || typeof image !== 'object' || typeof image.src !== 'string') continue;
    const at = `releases[${index}].image.src`;
    const drop = (why: string) => {
      delete record.image;
      plan.settled.add(at);
      plan.warnings.push({ path: at, message: `${why}: skipped, the release gets a drawn share image instead` });
    };
    const src = image.src;
    if (isAbsoluteUrl(src)) {
      if (!/^https?:/i.test(src)) drop(`"${src.slice(0, 80)}" is not an http(s) image URL`);
      continue;
    }
    if (feedUrl) {
      image.src = new URL(src, feedUrl).href;
      plan.settled.add(at);
      continue;
    }
    const read = await readImageFile({ root: folder ?? '.', base: folder ?? '.', src });
    if ('problem' in read) {
      drop(read.problem);
      continue;
    }
    if (!baseUrl) {
      drop(`the image file ${src} needs --base-url to be published (a feed's image is an absolute URL)`);
      continue;
    }
    // Open Graph needs the real size; the feed's own width and height win.
    if (image.width === undefined && image.height === undefined) Object.assign(image, { width: read.width, height: read.height });
    const id = typeof record.id === 'string' ? record.id : String(index);
    const path = `images/${id}/${basename(src)}`;
    plan.copies.push({ path, bytes: read.bytes });
    image.src = `${baseUrl}/${path.split('/').map(encodeURIComponent).join('/')}`;
    plan.settled.add(at);
  }
  return plan;
}
