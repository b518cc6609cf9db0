/**
 * A release's media kit in the built site (docs/feed-format.md, "Newsroom
 * fields"): each attached file that `validate` read (check/attachments.ts)
 * is published under `media/<release id>/` with a stable name made from its
 * own (`Plakāts 2020.pdf` → `plakats-2020.pdf`; a second file of the same
 * name gets `-2`), and the feed's `src` points at the copy. A link to an
 * http(s) URL stays a link: nothing is fetched.
 *
 * Photos are published at print resolution, which is the point of a media
 * kit, but never with their location (feed.md): a JPEG, PNG or WebP that
 * carries EXIF, XMP, IPTC or text metadata is decoded and written again by
 * sharp, upright, with its ICC colour profile (a CMYK JPEG stays CMYK) and
 * no other metadata (JPEG
 * at quality 95 without chroma subsampling, WebP at quality 95, PNG
 * lossless); one that carries none is published byte for byte. Each photo
 * also gets a web-sized preview by the release photo's own pipeline
 * (photos.ts), at `media/<id>/preview/<name>.jpg`.
 */
import { extname } from 'node:path';
import sharp from 'sharp';
import { type FileKind, isObject, type LocalizedText, safeUrl } from '../../../src/core.js';
import type { FolderFile } from '../check/folder-file.js';
import { MAX_IMAGE_PIXELS } from '../check/image-file.js';
import { noteOf, type ImageNote } from '../check/release-images.js';
import { sniffImage, type CopiedImage } from './images.js';
import { jpeg, PAGE_QUALITY, upright, type PhotoSize } from './photos.js';

/** A preview fills the media kit's list item on a phone and stays a few dozen kB. */
export const PREVIEW_WIDTH = 480;
/** Near the original's own quality: a journalist prints it. */
const ORIGINAL_QUALITY = 95;

/** One file of a release's media kit, as its landing pages list it. */
export interface KitFile {
  title?: LocalizedText;
  /** The file's own name, shown when it has no title. */
  name: string;
  credit?: string;
  license?: string;
  kind: FileKind;
  /** The extension in capitals, said for a file of another kind. */
  extension: string;
  /** The published copy (a path in the site) or the link as written (an absolute URL). */
  href: { path: string } | { url: string };
  /** Size in bytes of the published copy (a link's size is not known: it is not fetched). */
  bytes?: number;
  /** Width and height of a photo, upright. */
  pixels?: { width: number; height: number };
  preview?: PhotoSize;
}

export interface PublishedKits {
  files: CopiedImage[];
  /** By release id, in the order the release lists them. */
  kits: Map<string, KitFile[]>;
  warnings: ImageNote[];
}

const KINDS_BY_EXTENSION: Readonly<Record<string, FileKind>> = {
  jpg: 'jpeg',
  jpeg: 'jpeg',
  png: 'png',
  webp: 'webp',
  gif: 'gif',
  svg: 'svg',
  pdf: 'pdf',
  zip: 'zip',
  doc: 'word',
  docx: 'word',
  xls: 'excel',
  xlsx: 'excel',
  ppt: 'powerpoint',
  pptx: 'powerpoint',
  mp4: 'video',
  mp3: 'audio',
};

const extensionOf = (name: string) => extname(name).slice(1).toLowerCase();

/** What a file is: by its first bytes when they tell (a name can lie), else by its extension. */
export function fileKind(name: string, bytes?: Uint8Array): FileKind {
  const sniffed = bytes && sniffImage(bytes);
  if (sniffed) return KINDS_BY_EXTENSION[sniffed];
  if (bytes && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-') return 'pdf';
  return KINDS_BY_EXTENSION[extensionOf(name)] ?? 'other';
}

/** A file's name as the site publishes it: ASCII letters, digits, `.`, `-` and `_`, never hidden (`.htaccess`), never empty. */
export function siteFileName(src: string): string {
  const base = src.split(/[/\\]/).pop() ?? '';
  const ascii = base
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/-+(\.|$)/g, '$1');
  return ascii || 'file';
}

/** `name`, or `name-2.ext`, `name-3.ext`, … when `taken` has it; the name returned is then taken. */
function unique(name: string, taken: Set<string>): string {
  const extension = extname(name);
  const stem = name.slice(0, name.length - extension.length) || 'file';
  let chosen = name;
  for (let number = 2; taken.has(chosen); number++) chosen = `${stem}-${number}${extension}`;
  taken.add(chosen);
  return chosen;
}

const RASTER: ReadonlySet<FileKind> = new Set(['jpeg', 'png', 'webp', 'gif']);
const REWRITTEN: ReadonlySet<FileKind> = new Set(['jpeg', 'png', 'webp']);

/** A photo's bytes as published (without metadata), its upright size and its preview. */
async function publishedPhoto(
  bytes: Buffer,
  kind: FileKind
): Promise<{ bytes: Buffer; width: number; height: number; preview: Buffer; previewSize: { width: number; height: number } }> {
  const image = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' });
  const header = await image.metadata();
  const size = header.autoOrient ?? { width: header.width, height: header.height };
  const carries = Boolean(header.exif || header.xmp || header.iptc || header.comments?.length || header.tifftagPhotoshop);
  let published = bytes;
  if (carries && REWRITTEN.has(kind)) {
    const upright = image.autoOrient().keepIccProfile();
    // A print-ready CMYK JPEG stays CMYK, with its own profile (sharp would otherwise convert it to sRGB).
    const rewritten = header.space === 'cmyk' ? upright.toColourspace('cmyk') : upright;
    if (kind === 'jpeg') published = await rewritten.jpeg({ quality: ORIGINAL_QUALITY, chromaSubsampling: '4:4:4' }).toBuffer();
    else if (kind === 'png') published = await rewritten.png().toBuffer();
    else published = await rewritten.webp({ quality: ORIGINAL_QUALITY }).toBuffer();
  }
  const width = Math.min(PREVIEW_WIDTH, size.width);
  const height = Math.max(1, Math.round((size.height * width) / size.width));
  const preview = await jpeg(upright({ bytes }).resize(width, height), PAGE_QUALITY);
  return { bytes: published, ...size, preview, previewSize: { width, height } };
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);

/**
 * Publishes the media kits of the releases in `document` (the files read,
 * by the path of their attachment) and points each attachment's `src` at
 * its copy. A photo the image library cannot decode whole is left out with
 * a warning: its metadata could not be removed.
 */
export async function publishAttachments(
  document: Record<string, unknown>,
  read: ReadonlyMap<string, FolderFile>,
  baseUrl: string | undefined
): Promise<PublishedKits> {
  const result: PublishedKits = { files: [], kits: new Map(), warnings: [] };
  const releases = Array.isArray(document.releases) ? (document.releases as unknown[]) : [];
  for (const [index, release] of releases.entries()) {
    if (!isObject(release) || !Array.isArray(release.attachments) || typeof release.id !== 'string') continue;
    const id = release.id;
    const kit: KitFile[] = [];
    const kept: unknown[] = [];
    const taken = new Set<string>();
    const takenPreviews = new Set<string>();
    for (const [number, attachment] of release.attachments.entries()) {
      if (!isObject(attachment) || typeof attachment.src !== 'string') continue;
      const src = attachment.src;
      const shown = {
        ...(attachment.title !== undefined ? { title: attachment.title as LocalizedText } : {}),
        ...(text(attachment.credit) ? { credit: text(attachment.credit) } : {}),
        ...(text(attachment.license) ? { license: text(attachment.license) } : {}),
      };
      const file = read.get(`releases[${index}].attachments[${number}]`);
      if (!file) {
        // A link (settled as http(s) by check/attachments.ts): listed as written, never fetched.
        const url = safeUrl(src);
        if (!url) continue;
        const name = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '') || new URL(url).hostname;
        kit.push({ ...shown, name, kind: fileKind(name), extension: extensionOf(name).toUpperCase(), href: { url } });
        kept.push(attachment);
        continue;
      }
      const name = siteFileName(src);
      const kind = fileKind(name, file.bytes);
      let bytes = file.bytes;
      let photo: Partial<Pick<KitFile, 'pixels' | 'preview'>> = {};
      if (RASTER.has(kind)) {
        let published;
        try {
          published = await publishedPhoto(file.bytes, kind);
        } catch {
          const at = `releases[${index}].attachments[${number}].src`;
          result.warnings.push(noteOf(at, { code: 'attachment-file', src: src.slice(0, 80), slip: 'damaged', format: kind.toUpperCase() }));
          continue;
        }
        bytes = published.bytes;
        const previewName = unique(`${name.slice(0, name.length - extname(name).length) || 'file'}.jpg`, takenPreviews);
        const preview = { path: `media/${id}/preview/${previewName}`, ...published.previewSize };
        result.files.push({ path: preview.path, bytes: published.preview });
        photo = { pixels: { width: published.width, height: published.height }, preview };
      }
      const path = `media/${id}/${unique(name, taken)}`;
      result.files.push({ path, bytes });
      kit.push({
        ...shown,
        name: src.split(/[/\\]/).pop() || name,
        kind,
        extension: extensionOf(name).toUpperCase(),
        href: { path },
        bytes: bytes.length,
        ...photo,
      });
      const published = path.split('/').map(encodeURIComponent).join('/');
      kept.push({ ...attachment, src: baseUrl ? `${baseUrl}/${published}` : published });
    }
    release.attachments = kept;
    if (kit.length) result.kits.set(id, kit);
  }
  return result;
}
