/**
 * A release's photo in web sizes (cli.md, "The source folder"; feed.md:
 * photos are published without their location metadata). Never the file as
 * it was taken: every published copy is decoded and encoded again by sharp,
 * which writes no EXIF, XMP or IPTC (so no GPS, camera or date), after the
 * EXIF orientation was applied to the pixels.
 *
 * - The share image (`images/<id>/share.jpg`, the feed's `image`, Open Graph
 *   and the syndication enclosure) is the photo itself, cropped to 1200×630
 *   around what the image library finds most salient, at most 300 kB: a
 *   preview shows the title and summary beside it, so the photo needs no
 *   drawn card over it, and nothing printed over a photo can be unreadable
 *   on it. WhatsApp drops previews over about 300 kB.
 * - Page sizes (`images/<id>/photo-<width>.jpg`, uncropped) for the landing
 *   pages' `srcset`.
 *
 * The same file gives the same bytes: no timestamps, fixed settings.
 */
import sharp, { type Sharp } from 'sharp';
import { MAX_IMAGE_PIXELS, type ImageFile } from '../check/image-file.js';
import { noteOf, type ImageNote } from '../check/release-images.js';
import type { CopiedImage } from './images.js';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;
export const SHARE_MAX_BYTES = 300 * 1024;
/** Widths for `srcset`: a phone, a laptop, the page's column on a high-density screen (46rem is about 740 px). */
export const PAGE_WIDTHS = [480, 960, 1480];
/** Tried in turn until the share image is small enough; a photo of fine detail needs a lower one. */
const SHARE_QUALITIES = [82, 74, 66, 58, 50, 42];
export const PAGE_QUALITY = 78;

export interface PhotoSize {
  /** Path in the site. */
  path: string;
  width: number;
  height: number;
}

/** A release's photo on its landing pages. */
export interface PagePhoto {
  /** Narrowest first. */
  sizes: PhotoSize[];
}

export interface PublishedPhoto {
  share: PhotoSize;
  page: PagePhoto;
  files: CopiedImage[];
}

/** The photo's pixels, turned upright; transparency over white (a JPEG has none). Also the media kit's previews (media-kit-files.ts). */
export const upright = (photo: Pick<ImageFile, 'bytes'>): Sharp =>
  sharp(photo.bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' }).autoOrient().flatten({ background: '#ffffff' });

export const jpeg = (image: Sharp, quality: number) => image.jpeg({ quality, mozjpeg: true }).toBuffer();

/** Width and height once the EXIF orientation is applied (a portrait photo is stored on its side). */
async function uprightSize(photo: ImageFile): Promise<{ width: number; height: number }> {
  const { autoOrient } = await sharp(photo.bytes, { limitInputPixels: MAX_IMAGE_PIXELS }).metadata();
  return autoOrient ?? { width: photo.width, height: photo.height };
}

async function shareImage(photo: ImageFile, size: { width: number; height: number }, path: string): Promise<CopiedImage & PhotoSize> {
  // 1200×630, or the largest 1.91:1 crop of a smaller photo (never enlarged).
  const width = Math.min(SHARE_WIDTH, size.width, Math.floor((size.height * SHARE_WIDTH) / SHARE_HEIGHT));
  const height = Math.max(1, Math.round((width * SHARE_HEIGHT) / SHARE_WIDTH));
  const cropped = await upright(photo).resize(width, height, { fit: 'cover', position: 'attention' }).raw().toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: cropped.info.width, height: cropped.info.height, channels: cropped.info.channels } };
  let bytes: Buffer | undefined;
  for (const quality of SHARE_QUALITIES) {
    bytes = await jpeg(sharp(cropped.data, raw), quality);
    if (bytes.length <= SHARE_MAX_BYTES) break;
  }
  // Not reached for a photo (1200×630 at quality 42 is well under 300 kB); a half-size copy if it ever is.
  if (bytes!.length > SHARE_MAX_BYTES) {
    const half = { width: Math.max(1, Math.round(width / 2)), height: Math.max(1, Math.round(height / 2)) };
    bytes = await jpeg(sharp(cropped.data, raw).resize(half.width, half.height), SHARE_QUALITIES.at(-1)!);
    return { path, bytes, ...half };
  }
  return { path, bytes: bytes!, width, height };
}

/** The web sizes of one release's photo, under `images/<id>/`. */
export async function publishPhoto(photo: ImageFile, id: string): Promise<PublishedPhoto> {
  const folder = `images/${id}`;
  const size = await uprightSize(photo);
  const share = await shareImage(photo, size, `${folder}/share.jpg`);
  const largest = Math.min(size.width, PAGE_WIDTHS.at(-1)!);
  const widths = [...PAGE_WIDTHS.filter((width) => width < largest), largest];
  const pages: Array<CopiedImage & PhotoSize> = [];
  for (const width of widths) {
    const height = Math.max(1, Math.round((size.height * width) / size.width));
    const path = `${folder}/photo-${width}.jpg`;
    pages.push({ path, width, height, bytes: await jpeg(upright(photo).resize(width, height), PAGE_QUALITY) });
  }
  const sized = ({ path, width, height }: PhotoSize): PhotoSize => ({ path, width, height });
  return { share: sized(share), page: { sizes: pages.map(sized) }, files: [share, ...pages].map(({ path, bytes }) => ({ path, bytes })) };
}

/**
 * Publishes the photos `validate` read (by release index) and points each
 * release's `image` at its share image. Without a base URL the feed cannot
 * name them (a feed's image is an absolute URL): they are skipped with a warning.
 */
export async function publishPhotos(
  feed: Record<string, unknown>,
  photos: Map<number, ImageFile>,
  baseUrl: string | undefined
): Promise<{ files: CopiedImage[]; pages: Map<string, PagePhoto>; warnings: ImageNote[] }> {
  const result = { files: [] as CopiedImage[], pages: new Map<string, PagePhoto>(), warnings: [] as ImageNote[] };
  const releases = feed.releases as Array<Record<string, unknown>>;
  for (const [index, photo] of photos) {
    const release = releases[index];
    const image = release.image as Record<string, unknown>;
    if (!baseUrl) {
      delete release.image;
      result.warnings.push(noteOf(`releases[${index}].image.src`, { code: 'picture-base-url', src: String(image.src) }));
      continue;
    }
    const id = String(release.id);
    const published = await publishPhoto(photo, id);
    result.files.push(...published.files);
    result.pages.set(id, published.page);
    const { path, width, height } = published.share;
    release.image = { ...image, src: `${baseUrl}/${path.split('/').map(encodeURIComponent).join('/')}`, width, height };
  }
  return result;
}
