/**
 * The iframe embed's addresses and markup, shared by the build (frame
 * pages, oEmbed JSON, the embed page's first snippet) and the embed page's
 * script (the snippet as the form changes), so both agree to the byte. No
 * Node imports: this module is bundled for the browser too.
 *
 * One frame page per configuration the embed page offers:
 *
 * - `frame/<lang>/release/<id | latest>/` and `…/teaser/`
 * - `frame/<lang>/timeline/` (every release), `frame/<lang>/timeline/<id | latest>/`
 * - `frame/<lang>/list/` (the newest releases), `frame/<lang>/list/<topic>/` (of one topic)
 * - `frame/<lang>/contact/<person>/` and `…/compact/`
 *
 * Ids (of releases, people and topics) are a-z, 0-9 and `-` (the feed's schema), so they are safe as path segments.
 */
export type FrameConfig =
  | { kind: 'release'; release: string; layout: 'full' | 'teaser' }
  /** `release`: an id, `latest`, or `*` for every release. */
  | { kind: 'timeline'; release: string }
  | { kind: 'contact'; contact: string; layout: 'full' | 'compact' }
  /** `topic`: a topic id, or `''` for releases of every topic. */
  | { kind: 'list'; topic: string };

/** The frame page's folder in the site, ending in `/`. */
export function framePath(locale: string, config: FrameConfig): string {
  if (config.kind === 'release') return `frame/${locale}/release/${config.release}/${config.layout === 'teaser' ? 'teaser/' : ''}`;
  if (config.kind === 'timeline') return `frame/${locale}/timeline/${config.release === '*' ? '' : `${config.release}/`}`;
  if (config.kind === 'list') return `frame/${locale}/list/${config.topic ? `${config.topic}/` : ''}`;
  return `frame/${locale}/contact/${config.contact}/${config.layout === 'compact' ? 'compact/' : ''}`;
}

/** Where the partner's optional resizer script lives (a stable name: partners paste it once). */
export const resizerPath = 'frame/resizer.js';

/**
 * The frame's size where no script sizes it: wide enough for the layout,
 * tall enough for most of the content (the page scrolls inside for the
 * rest). The ratios stay clear of the ones WordPress's embed block
 * treats as fixed aspect ratios (16:9, 4:3, 1:1 …, within 0.1), which
 * would stop the frame from following its content's height.
 */
export function frameSize(config: FrameConfig): { width: number; height: number } {
  if (config.kind === 'release') return { width: 600, height: config.layout === 'teaser' ? 400 : 700 };
  if (config.kind === 'timeline' || config.kind === 'list') return { width: 600, height: 700 };
  return { width: 600, height: config.layout === 'compact' ? 240 : 400 };
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** An attribute value, quoted: every character that could end it or start markup is escaped. */
const attribute = (name: string, value: string | number) => ` ${name}="${String(value).replace(/[&<>"']/g, (char) => entities[char])}"`;

export interface IframeMarkup {
  /** The frame page's absolute URL. */
  src: string;
  /** The frame's accessible name (feed text: escaped here). */
  title: string;
  width: number;
  height: number;
  /** For pasted snippets: full width up to `width`, no border (hosts that strip `style` keep width and height). */
  responsive?: boolean;
}

/** One `<iframe>` element, every attribute value escaped. */
export function iframeHtml({ src, title, width, height, responsive = false }: IframeMarkup): string {
  const attributes = [
    attribute('src', src),
    attribute('title', title),
    attribute('width', width),
    attribute('height', height),
    // frameborder is obsolete, but it is the one border control that WordPress keeps from an oEmbed iframe.
    responsive ? attribute('loading', 'lazy') + attribute('style', `width: 100%; max-width: ${width}px; border: 0;`) : attribute('frameborder', 0),
  ];
  return `<iframe${attributes.join('')}></iframe>`;
}

/** The optional one-line resizer for partner pages that allow a script. */
export const resizerTag = (src: string) => `<script src="${src.replace(/[&<>"']/g, (char) => entities[char])}" async></script>`;
