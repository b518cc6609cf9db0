/**
 * oEmbed (https://oembed.com), static: beside each frame page an
 * `oembed.json` of type `rich` whose `html` is the frame's iframe, and a
 * `<link rel="alternate" type="application/json+oembed">` to it in the
 * frame page and in the release's landing pages. WordPress discovers it
 * when a landing-page link is pasted into a post, keeps the iframe, adds
 * `sandbox="allow-scripts"` and a secret, and sizes the frame to the
 * height the frame reports (frame-client.ts). oEmbed needs absolute URLs,
 * so `kopiena build` writes it only with --base-url.
 *
 * The `html` is made by frame-snippet.ts's iframeHtml (every attribute
 * escaped) and the JSON by JSON.stringify: feed text never reaches the
 * markup unescaped.
 */
import { type Feed, type Locale, type Release, Resolver, safeUrl } from '../../../src/core.js';
import { escapeHtml } from './escape.js';
import { frameSize, iframeHtml, type FrameConfig } from './frame-snippet.js';
import type { SiteFile } from './site-file.js';

/** One frame page as written (frames.ts): where, what, and the title that names the frame. */
export interface FramePage {
  path: string;
  locale: Locale;
  config: FrameConfig;
  title: string;
  /** The release it shows (release and one-release timeline frames), for the oEmbed thumbnail. */
  release?: Release;
}

/** The oEmbed JSON of the frame page in folder `framePath`. */
export const oembedPath = (framePath: string) => `${framePath}oembed.json`;

/** The discovery link for a page's `<head>`. */
export const oembedLink = (href: string, title: string) =>
  `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(href)}" title="${escapeHtml(title)}">`;

/** The oEmbed 1.0 response for one frame page (required fields first). */
export interface OembedResponse {
  version: '1.0';
  type: 'rich';
  html: string;
  width: number;
  height: number;
  title: string;
  provider_name: string;
  provider_url: string;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

export function oembedResponse(page: FramePage, feed: Feed, baseUrl: string): OembedResponse {
  const { width, height } = frameSize(page.config);
  const resolver = new Resolver(feed, page.locale);
  const response: OembedResponse = {
    version: '1.0',
    type: 'rich',
    html: iframeHtml({ src: `${baseUrl}/${page.path}`, title: page.title, width, height }),
    width,
    height,
    title: page.title,
    provider_name: resolver.text(feed.project.name).text,
    provider_url: `${baseUrl}/${page.locale}/`,
  };
  const { release } = page;
  if (!release) return response;
  // The share image the page shows Facebook: the release's own, when its size is known, else the one the site drew.
  const own = release.image && safeUrl(release.image.src);
  if (own && release.image!.width && release.image!.height)
    return { ...response, thumbnail_url: own, thumbnail_width: release.image!.width, thumbnail_height: release.image!.height };
  if (own) return response;
  return { ...response, thumbnail_url: `${baseUrl}/${page.locale}/${release.id}/share.png`, thumbnail_width: 1200, thumbnail_height: 630 };
}

/** One `oembed.json` beside each frame page. */
export const oembedFiles = (pages: readonly FramePage[], feed: Feed, baseUrl: string): SiteFile[] =>
  pages.map((page) => ({ path: oembedPath(page.path), content: `${JSON.stringify(oembedResponse(page, feed, baseUrl), null, 2)}\n` }));
