/**
 * Everything `kopiena build` writes, computed in memory first and then
 * handed to the one writer (output.ts), which stages it beside --out and
 * swaps it in only when complete. The same input gives the same bytes: no
 * clock, no random ids, files in a fixed order.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Feed, type Locale, pageText, type Release, Resolver, safeUrl, sortReleases } from '../../../src/core.js';
import { buildSite, shareImages } from './pages.js';
import { withPolicy } from './csp.js';
import { embedPagePath } from './embed.js';
import { frameFiles } from './frames.js';
import { framePath } from './frame-snippet.js';
import { oembedFiles, oembedLink, oembedPath } from './oembed.js';
import { hostConfigFiles } from './host-config.js';
import { widgetBundle } from './widget-bundle.js';
import { whileDrawing } from './share-image.js';
import { paginateFeed } from './archive.js';
import { imageType, type CopiedImage } from './images.js';
import type { PagePhoto } from './photos.js';
import type { KitFile } from './media-kit-files.js';
import { markPreview, previewRobotsTxt } from './preview.js';
import { robotsTxt, sitemapXml, type SitemapPage } from './sitemap.js';
import { siteTopics, topicSitemapPages, type Topic } from './topics.js';
import { alternateLinks, syndicate, syndicationPaths, type ItemImage } from './syndication.js';
import { searchIndex } from './search.js';
import { searchScriptPath } from './search-box.js';
import { readFile } from 'node:fs/promises';
import { readTree, writeOutput, type Bytes, type Destination } from '../output.js';
import { InputError, KopienaError } from '../errors.js';
import type { SiteCounts, Told } from '../words/told.js';

export interface SiteInput {
  /** The feed document as written (after image paths were settled). */
  source: Record<string, unknown>;
  feed: Feed;
  /** --out, already checked (output.ts). */
  out: Destination;
  baseUrl?: string;
  locales: Locale[];
  pageSize: number;
  copies: CopiedImage[];
  /** Release photos in page sizes, by release id (photos.ts). */
  photos?: Map<string, PagePhoto>;
  /** Release media kits as published, by release id (media-kit-files.ts). */
  mediaKits?: ReadonlyMap<string, readonly KitFile[]>;
  /** Share images already drawn, by their card (kopiena serve keeps one across rebuilds, so an edit redraws only the cards it changed). */
  drawnCards?: Map<string, Uint8Array>;
  /** A preview with drafts and embargoed releases (`--drafts`): every page noindex and marked, no sitemap (preview.ts). */
  preview?: boolean;
}

/** The hydrating client: beside the CLI bundle, or in cli/dist when run from the sources (tests). */
function hydrateFolder(): string {
  const candidates = ['./hydrate/', '../../dist/hydrate/'].map((path) => fileURLToPath(new URL(path, import.meta.url)));
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error("The widgets' client script is missing: run npm run build.");
  return found;
}

/** The search box's script: beside the CLI bundle, or in cli/dist when run from the sources (tests). */
async function searchScript(): Promise<Uint8Array> {
  const candidates = ['./search/search.js', '../../dist/search/search.js'].map((path) => fileURLToPath(new URL(path, import.meta.url)));
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error("The search box's script is missing: run npm run build.");
  return readFile(found);
}

/** The hydrating client's chunks, which Vite names by their hash. */
const HYDRATE_CHUNKS = 'assets/chunks/';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The preview banner's words in each of the site's languages. */
async function previewBanners(feed: Feed, locales: readonly Locale[]): Promise<Map<Locale, string>> {
  const banners = new Map<Locale, string>();
  for (const locale of [...locales, 'en' as Locale])
    banners.set(locale, (await pageText(locale, new Resolver(feed, locale).text(feed.project.name).text)).preview);
  return banners;
}

/** Builds the site into memory: path → bytes. */
export async function siteFiles({
  source,
  feed,
  baseUrl,
  locales,
  pageSize,
  copies,
  photos,
  mediaKits,
  drawnCards,
  preview = false,
}: Omit<SiteInput, 'out'>): Promise<Map<string, Bytes>> {
  const files = new Map<string, Bytes>();
  const project = (locale: Locale) => new Resolver(feed, locale).text(feed.project.name).text;
  const topicTitle = (locale: Locale, topic: Topic) => `${project(locale)}: ${new Resolver(feed, locale).text(topic.name).text}`;
  // The share images are drawn on worker threads while this thread renders the pages.
  const images = shareImages({ feed, locales });
  const keys = images.map((image) => JSON.stringify(image.card));
  const toDraw = images.filter((_, index) => !drawnCards?.has(keys[index]));
  const [site, fresh] = await whileDrawing(
    toDraw.map((image) => image.card),
    () =>
      buildSite({
        source,
        feed,
        locales,
        baseUrl,
        indexPageSize: pageSize,
        photos,
        mediaKits,
        headLinks: (locale) => (baseUrl ? alternateLinks(locale, project(locale), `${baseUrl}/`) : []),
        topicHeadLinks: (locale, topic) => (baseUrl ? alternateLinks(locale, topicTitle(locale, topic), `${baseUrl}/`, topic.id) : []),
        // A pasted landing-page link becomes the release's frame in WordPress (oembed.ts).
        releaseHeadLinks: (locale, release) => {
          if (!baseUrl) return [];
          const frame = framePath(locale, { kind: 'release', release, layout: 'full' });
          const resolver = new Resolver(feed, locale);
          const shown = feed.releases.find((one) => one.id === release)!;
          return [oembedLink(`${baseUrl}/${oembedPath(frame)}`, `${resolver.text(shown.title, shown).text} · ${project(locale)}`)];
        },
      })
  );
  // The iframe embed: a frame page per configuration the embed page offers, and its oEmbed (frames.ts, oembed.ts).
  // Every page carries the strict policy it meets (csp.ts); a preview's also its banner and noindex (preview.ts).
  const banners = preview ? await previewBanners(feed, locales) : undefined;
  const page = (path: string, content: string): string => {
    if (!path.endsWith('.html')) return content;
    const marked = banners ? markPreview(content, (locale) => banners.get(locale) ?? banners.get('en')!, locales[0]) : content;
    return withPolicy(marked);
  };
  const frames = await frameFiles({ source, feed, locales, baseUrl, pageSize });
  for (const file of frames.files) files.set(file.path, page(file.path, file.content));
  if (baseUrl) for (const file of oembedFiles(frames.pages, feed, baseUrl)) files.set(file.path, file.content);
  // The client script: the hydrating build of the widgets, with its locale chunks.
  for (const [path, bytes] of await readTree(hydrateFolder())) files.set(`assets/${path}`, bytes);
  // The widgets' script-tag bundle, which every snippet the site hands out loads (no CDN).
  for (const [path, bytes] of widgetBundle().files) files.set(path, bytes);
  for (const file of site.files) files.set(file.path, page(file.path, file.content));
  toDraw.forEach((image, index) => drawnCards?.set(JSON.stringify(image.card), fresh[index]));
  const drawn = new Map(toDraw.map((image, index) => [image, fresh[index]]));
  images.forEach((image, index) => files.set(image.path, drawn.get(image) ?? drawnCards!.get(keys[index])!));
  for (const copy of copies) files.set(copy.path, copy.bytes);

  const sorted = sortReleases(feed.releases);
  // Search: the index of the landing pages of the releases this site publishes, and the index pages' script.
  for (const [path, bytes] of await searchIndex({ feed, releases: sorted, locales })) files.set(path, bytes);
  files.set(searchScriptPath, await searchScript());
  const topics = siteTopics(source, sorted);
  // The feed itself, for partners' widgets and the embed page, split into archive pages when long.
  for (const page of paginateFeed(source, sorted, pageSize)) files.set(page.path, json(page.json));

  if (baseUrl) {
    const copiedBytes = new Map(copies.map((copy) => [`${baseUrl}/${copy.path}`, copy.bytes.length]));
    for (const locale of locales) {
      const image = (release: Release): ItemImage => {
        const own = release.image && safeUrl(release.image.src);
        if (own) return { url: own, type: imageType(own), length: copiedBytes.get(own) ?? 0 };
        const path = `${locale}/${release.id}/share.png`;
        return { url: `${baseUrl}/${path}`, type: 'image/png', length: (files.get(path) as Uint8Array | undefined)?.length ?? 0 };
      };
      const feeds = syndicate({ feed, locale, releases: sorted.slice(0, pageSize), baseUrl, image });
      const paths = syndicationPaths(locale);
      files.set(paths.rss, feeds.rss);
      files.set(paths.atom, feeds.atom);
      files.set(paths.json, feeds.json);
      // Each topic's own feeds, of its releases alone.
      for (const topic of topics) {
        const name = new Resolver(feed, locale).text(topic.name).text;
        const topicFeeds = syndicate({ feed, locale, releases: topic.releases.slice(0, pageSize), baseUrl, image, topic: { id: topic.id, name } });
        const topicPaths = syndicationPaths(locale, topic.id);
        files.set(topicPaths.rss, topicFeeds.rss);
        files.set(topicPaths.atom, topicFeeds.atom);
        files.set(topicPaths.json, topicFeeds.json);
      }
    }
    const newest = sorted[0]?.published;
    const indexPages = Array.from({ length: Math.max(1, Math.ceil(sorted.length / pageSize)) }, (_, index) => (index ? `page/${index + 1}/` : ''));
    const pages: SitemapPage[] = [
      ...indexPages.map((sub, index) => ({
        paths: locales.map((locale) => ({ locale, path: `${locale}/${sub}` })),
        lastmod: sorted[index * pageSize]?.published ?? newest,
      })),
      ...sorted.map((release) => ({ paths: locales.map((locale) => ({ locale, path: `${locale}/${release.id}/` })), lastmod: release.published })),
      // The embed pages list every release, so they change with the newest one.
      { paths: locales.map((locale) => ({ locale, path: embedPagePath(locale, locales) })), lastmod: newest },
      ...topicSitemapPages(topics, locales, pageSize),
    ];
    // A preview is no page to find: no sitemap, and robots.txt asks for nothing to be crawled.
    if (!preview) files.set('sitemap.xml', sitemapXml(baseUrl, pages));
  }
  files.set('robots.txt', preview ? previewRobotsTxt() : robotsTxt(baseUrl));
  // Last, so they cover every file above: CORS, content types and caching for Netlify, Cloudflare Pages and Apache.
  const immutable = [widgetBundle().folder, HYDRATE_CHUNKS];
  for (const [path, text] of hostConfigFiles({ paths: [...files.keys()], immutable })) files.set(path, text);
  return files;
}

/**
 * Writes the site in place of --out; resolves to the files written.
 * @throws InputError when it cannot be written (then --out is as it was)
 */
export async function writeSite(input: SiteInput): Promise<ReadonlyMap<string, Bytes>> {
  try {
    const files = await siteFiles(input);
    await writeOutput(input.out, files);
    return files;
  } catch (error) {
    // A refusal of ours already says what happened to --out; a system's (a full disk) gets its words here; anything else is a bug.
    const reason = (error as NodeJS.ErrnoException).code;
    if (error instanceof KopienaError || !reason) throw error;
    throw new InputError({ code: 'out-write-failed', out: input.out.given, reason });
  }
}

/** What `kopiena build` says it wrote: the pages, images and feeds in `files`, counted for the coordinator's words (words/told.ts). */
export function siteSummary(files: ReadonlyMap<string, Bytes>, { out, baseUrl, locales }: Pick<SiteInput, 'out' | 'baseUrl' | 'locales'>): Told[] {
  const paths = [...files.keys()];
  const count = (test: (path: string) => boolean) => paths.filter(test).length;
  const pages = count((path) => path.endsWith('index.html'));
  const embed = count((path) => path.startsWith('embed/') && path.endsWith('index.html'));
  const frames = count((path) => path.startsWith('frame/') && path.endsWith('index.html'));
  const site: SiteCounts = {
    pages,
    reading: pages - embed - frames,
    embed,
    frames,
    // Drawn cards (<lang>/<id>/share.png) and a release photo's own (images/<id>/share.jpg, photos.ts).
    shareImages: count((path) => path.endsWith('/share.png') || path.endsWith('/share.jpg')),
    archives: count((path) => path.startsWith('archive/')),
    absolute: Boolean(baseUrl),
    languages: locales.length,
  };
  return [{ code: 'build-wrote', site, out: out.given }, ...(baseUrl ? [] : [{ code: 'build-no-base-url' } as const])];
}
