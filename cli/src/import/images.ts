/**
 * Which picture of an imported item becomes its release's `image` (the
 * share image). The item's own image (RSS enclosure, JSON Feed `image`)
 * comes first; without one, the first picture of its body when it is large
 * enough for a share preview: at least 600 px wide and 300 px high
 * (Facebook shows the large card from 600 px; smaller pictures get a
 * thumbnail). The size is what the `<img>` says (its width and height, or
 * the `-1024x683` that WordPress puts in the name of a resized copy), or, when the feed was read from a URL, what the
 * picture itself says once read (bounded, as remote.ts reads). Site icons
 * are never a share image: favicon, apple-touch-icon and other icon
 * files, emoji, `.ico` and `.svg`, and anything under 200 px.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import sharp from 'sharp';
import { safeUrl } from '../../../src/core.js';
import { readRemote, type RemoteOptions } from '../remote.js';

export const SHARE_MIN = { width: 600, height: 300 };
const ICON_MAX = 200;

export interface Size {
  width: number;
  height: number;
}
export interface BodyImage {
  src: string;
  alt?: string;
  /** As the page says it, when it does. */
  size?: Size;
}

/** File names that browsers and site builders give icons; and words that name one (`site-logo.png`, `icon_192.png`). */
const ICON_PREFIXES = ['favicon', 'apple-touch-icon', 'android-chrome', 'mstile', 'site-icon', 'siteicon'];
const ICON_WORDS = new Set(['favicon', 'icon', 'logo']);
const ICON_CLASSES = new Set(['wp-smiley', 'emoji', 'wp-emoji']);

const whole = (text: string | undefined): number | undefined => {
  if (text === undefined || text.trim() === '') return undefined;
  const number = Number(text.trim());
  return Number.isInteger(number) && number > 0 ? number : undefined;
};

/** The file name of a URL's path, lower case, and its extension. */
function fileName(url: string): { base: string; extension: string } {
  const path = new URL(url).pathname;
  const name = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)).toLowerCase();
  const dot = name.lastIndexOf('.');
  return dot > 0 ? { base: name.slice(0, dot), extension: name.slice(dot + 1) } : { base: name, extension: '' };
}

/** `sipoli-1024x683` → 1024 × 683 (WordPress names each resized copy so). */
export function sizeFromName(url: string): Size | undefined {
  const { base } = fileName(url);
  const dash = base.lastIndexOf('-');
  const [width, height, ...rest] = base.slice(dash + 1).split('x');
  if (dash < 0 || rest.length) return undefined;
  const size = { width: whole(width), height: whole(height) };
  return size.width && size.height ? (size as Size) : undefined;
}

/** Whether a picture is a site's icon (by its name, its kind, or a size under 200 px), never a share image. */
export function isSiteIcon(url: string, size?: Size): boolean {
  const { base, extension } = fileName(url);
  if (extension === 'ico' || extension === 'svg') return true;
  if (ICON_PREFIXES.some((prefix) => base.startsWith(prefix)) || base.split(/[-_.]/).some((word) => ICON_WORDS.has(word))) return true;
  const named = size ?? sizeFromName(url);
  return named !== undefined && (named.width < ICON_MAX || named.height < ICON_MAX);
}

export const largeEnough = (size: Size): boolean => size.width >= SHARE_MIN.width && size.height >= SHARE_MIN.height;

/** An `<img>`'s size as its width and height attributes give it. */
function attributeSize(image: Element): Size | undefined {
  const width = whole(image.attribs.width);
  const height = whole(image.attribs.height);
  if (width && height) return { width, height };
  return undefined;
}

/** The first picture of an HTML body that is not an icon or emoji, resolved against `base`; only http(s). */
export function firstBodyImage(html: string, base?: string): BodyImage | undefined {
  const find = (nodes: ChildNode[]): BodyImage | undefined => {
    for (const node of nodes) {
      if (node.type !== 'tag') continue;
      const element = node as Element;
      if (element.name === 'img') {
        const classes = (element.attribs.class ?? '').split(' ');
        let src: string | undefined;
        try {
          src = safeUrl(new URL((element.attribs.src ?? '').trim(), base).href);
        } catch {
          src = undefined;
        }
        if (!src?.startsWith('http') || classes.some((name) => ICON_CLASSES.has(name))) continue;
        const size = attributeSize(element) ?? sizeFromName(src);
        if (isSiteIcon(src, size)) continue;
        const alt = element.attribs.alt?.replace(/\s+/g, ' ').trim();
        return { src, ...(alt ? { alt } : {}), ...(size ? { size } : {}) };
      }
      const inner = find(element.children);
      if (inner) return inner;
    }
    return undefined;
  };
  return find(parseDocument(html, { decodeEntities: true, lowerCaseTags: true }).children);
}

/** The size of a picture on the web, read as remote.ts reads a feed (5 MB, 30 s); undefined when it cannot be read as a picture. */
export async function remoteImageSize(url: string, env?: RemoteOptions['env']): Promise<Size | undefined> {
  try {
    const { width, height, orientation } = await sharp(await readRemote(url, { accept: 'image/*', env })).metadata();
    if (!width || !height) return undefined;
    // EXIF orientations 5–8 turn the picture a quarter: it shows as tall as it is stored wide.
    return orientation && orientation >= 5 ? { width: height, height: width } : { width, height };
  } catch {
    return undefined;
  }
}
