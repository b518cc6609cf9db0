/**
 * A static site of landing pages from a feed: one page per release per
 * language, an index per language, a language chooser at the root. Works
 * from file:// and any static host (all links relative), and previews well
 * on Facebook (see head.ts).
 */
import {
  type Feed,
  formatPublished,
  type Locale,
  pageText,
  type PageText,
  type Release,
  releaseSummary,
  Resolver,
  safeUrl,
  sortReleases,
} from '../../../src/core.js';
import { embedFiles, embedPagePath } from './embed.js';
import { widgetBundle } from './widget-bundle.js';
import type { SiteFile } from './site-file.js';
import { escapeHtml } from './escape.js';
import { plainText } from './html.js';
import { languageName, otherLanguageLinks } from './languages.js';
import { renderHead, type PageImage } from './head.js';
import { renderRelease } from './render.js';
import { page, pruned, teaserPages, type RawRelease } from './teaser-pages.js';
import { siteTopics, topicLinks, topicPages, topicsOf, type Topic } from './topics.js';
import type { ShareCard } from './share-image.js';
import type { PagePhoto } from './photos.js';
import type { KitFile } from './media-kit-files.js';
import { mediaKitBlock } from './media-kit.js';
import { searchBox, searchScript } from './search-box.js';

export interface SiteOptions {
  /** The feed as written (it is inlined, pruned, into each page). */
  source: Record<string, unknown>;
  feed: Feed;
  locales: Locale[];
  /** Absolute URL the site will live at, without a trailing slash; relative links without it. */
  baseUrl?: string;
  /** Extra `<head>` lines for a language's pages (`kopiena build` links its syndication feeds); `up` leads to the site root. */
  headLinks?: (locale: Locale, up: string) => string[];
  /** Extra `<head>` lines for one release's landing page (`kopiena build` links its oEmbed). */
  releaseHeadLinks?: (locale: Locale, release: string) => string[];
  /** Teasers per index page (kopiena build); all on one page without it. */
  indexPageSize?: number;
  /** Release photos in page sizes, by release id, shown above the release (kopiena build). */
  photos?: Map<string, PagePhoto>;
  /** Release media kits (attachments as published), by release id, listed below the release (kopiena build). */
  mediaKits?: ReadonlyMap<string, readonly KitFile[]>;
  /** Extra `<head>` lines for a topic's pages (`kopiena build` links the topic's feeds). */
  topicHeadLinks?: (locale: Locale, topic: Topic, up: string) => string[];
}

export type { SiteFile };

export interface Site {
  files: SiteFile[];
}

export interface ShareImage {
  path: string;
  card: ShareCard;
}

/** What search engines show for an index page: the project's partnership line, else a localized line. */
function indexDescription(resolver: Resolver, text: PageText): string {
  const partnership = resolver.feed.project.partnership;
  return partnership ? plainText(resolver.text(partnership).text) : text.description;
}

/** The release's photo at the width the page needs (`srcset`); `alt` empty when the coordinator gave none (validate warns). */
function photoFigure({ sizes }: PagePhoto, alt: string, up: string): string {
  const largest = sizes.at(-1)!;
  const srcset = sizes.map((size) => `${up}${size.path} ${size.width}w`).join(', ');
  return (
    `<figure class="photo"><img src="${escapeHtml(up + largest.path)}" srcset="${escapeHtml(srcset)}" ` +
    `sizes="(min-width: 46rem) 44rem, calc(100vw - 2rem)" width="${largest.width}" height="${largest.height}" alt="${escapeHtml(alt)}"></figure>`
  );
}

/** The release's own image, when it has a usable one (else the site draws a share image). */
const ownImage = (release: Release) => release.image && safeUrl(release.image.src);

/**
 * The share images the site needs, one per release without its own image
 * and language, in page order. Cheap (no rendering), so the drawing can
 * start before the pages are rendered.
 */
export function shareImages({ feed, locales }: Pick<SiteOptions, 'feed' | 'locales'>): ShareImage[] {
  const releases = sortReleases(feed.releases).filter((release) => !ownImage(release));
  return locales.flatMap((locale) => {
    const resolver = new Resolver(feed, locale);
    const project = resolver.text(feed.project.name).text;
    return releases.map((release) => ({
      path: `${locale}/${release.id}/share.png`,
      card: { title: resolver.text(release.title, release).text, project, date: formatPublished(release.published, locale), lang: locale },
    }));
  });
}

export async function buildSite({
  source,
  feed,
  locales,
  baseUrl,
  headLinks = () => [],
  indexPageSize,
  photos,
  mediaKits,
  topicHeadLinks = () => [],
  releaseHeadLinks = () => [],
}: SiteOptions): Promise<Site> {
  const files: SiteFile[] = [];
  const releases = sortReleases(feed.releases);
  const rawReleases = new Map((source.releases as RawRelease[]).map((release) => [release.id as string, release]));
  const topics = siteTopics(source, releases);
  // Without a base URL, links are relative to a release page (two folders deep).
  const absolute = (path: string) => (baseUrl ? `${baseUrl}/${path}` : `../../${path}`);

  for (const locale of locales) {
    const resolver = new Resolver(feed, locale);
    const project = resolver.text(feed.project.name).text;
    const text = await pageText(locale, project);
    for (const release of releases) {
      const path = `${locale}/${release.id}/`;
      const url = (other: string) => absolute(`${other}/${release.id}/`);
      const title = resolver.text(release.title, release).text;
      const given = ownImage(release);
      const image: PageImage = given
        ? {
            url: given,
            width: release.image!.width ?? 1200,
            height: release.image!.height ?? 630,
            alt: release.image!.alt ? resolver.text(release.image!.alt, release).text : title,
          }
        : { url: absolute(`${path}share.png`), width: 1200, height: 630, alt: title };
      const head = [
        renderHead({
          resolver,
          release,
          locale,
          locales,
          url,
          image,
          description: releaseSummary(release, resolver, 'description', plainText)?.text ?? '',
        }),
        ...headLinks(locale, '../../'),
        ...releaseHeadLinks(locale, release.id),
      ].join('\n    ');
      const nav = [
        `<a href="../index.html">${escapeHtml(project)}</a>`,
        ...otherLanguageLinks(locale, locales, (other) => `../../${other}/${release.id}/index.html`),
      ].join(' · ');
      const widget = await renderRelease({
        locale,
        release: release.id,
        layout: 'full',
        href: baseUrl ? `${baseUrl}/${locale}/{id}/` : '../{id}/index.html',
        feed: pruned(source, rawReleases.get(release.id)!, false),
      });
      const photo = photos?.get(release.id);
      const shown = photo ? `${photoFigure(photo, release.image?.alt ? resolver.text(release.image.alt, release).text : '', '../../')}\n` : '';
      const kit = await mediaKitBlock({ kit: mediaKits?.get(release.id), release, resolver, locale, up: '../../' });
      const topicsShown = topicLinks(resolver, locale, topics, topicsOf(release), text, '../../');
      const after = [kit, topicsShown]
        .filter(Boolean)
        .map((block) => `\n${block}`)
        .join('');
      files.push({ path: `${path}index.html`, content: page(locale, head, 2, nav, shown + widget + after, text) });
    }

    // With indexPageSize (kopiena build's --page-size) a long index becomes pages of teasers: <lang>/, <lang>/page/2/, …
    const perPage = indexPageSize ?? Math.max(releases.length, 1);
    const description = indexDescription(resolver, text);
    files.push(
      ...(await teaserPages({
        locale,
        folder: `${locale}/`,
        releases,
        source,
        rawReleases,
        perPage,
        text,
        head: (number, sub, up) => [
          '<meta charset="utf-8">',
          '<meta name="viewport" content="width=device-width, initial-scale=1">',
          `<title>${escapeHtml(project)}${number === 1 ? '' : ` (${number})`}</title>`,
          `<meta name="description" content="${escapeHtml(description)}">`,
          ...(baseUrl
            ? [
                `<link rel="canonical" href="${escapeHtml(`${baseUrl}/${locale}/${sub}`)}">`,
                ...locales.map((other) => `<link rel="alternate" hreflang="${other}" href="${escapeHtml(`${baseUrl}/${other}/${sub}`)}">`),
              ]
            : []),
          ...headLinks(locale, up),
          searchScript(up),
        ],
        nav: (number, sub, up) =>
          [
            number === 1 ? `<span>${escapeHtml(project)}</span>` : `<a href="${up}${locale}/index.html">${escapeHtml(project)}</a>`,
            ...otherLanguageLinks(locale, locales, (other) => `${up}${other}/${sub}index.html`),
            `<a href="${up}${embedPagePath(locale, locales)}index.html">${escapeHtml(text.embed)}</a>`,
          ].join(' · '),
        heading: (up) =>
          [`<h1>${escapeHtml(project)}</h1>`, topicLinks(resolver, locale, topics, undefined, text, up), searchBox(text)].filter(Boolean).join('\n'),
      })),
      ...(await topicPages({
        feed,
        source,
        rawReleases,
        topics,
        locale,
        locales,
        text,
        perPage,
        baseUrl,
        feedLinks: (topic, up) => topicHeadLinks(locale, topic, up),
      }))
    );
  }

  const chooser = locales
    .map((locale) => `<li><a href="${locale}/index.html" hreflang="${locale}" lang="${locale}">${languageName(locale)}</a></li>`)
    .join('');
  const rootResolver = new Resolver(feed, locales[0]);
  const project = rootResolver.text(feed.project.name).text;
  const rootText = await pageText(locales[0], project);
  files.push({
    path: 'index.html',
    content: `<!doctype html>
<html lang="${locales[0]}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(project)}</title>
    <meta name="description" content="${escapeHtml(indexDescription(rootResolver, rootText))}">
    <link rel="stylesheet" href="assets/page.css">
  </head>
  <body>
    <main class="page-header"><h1>${escapeHtml(project)}</h1><ul class="languages">${chooser}</ul></main>
  </body>
</html>
`,
  });
  files.push({
    path: 'assets/page.css',
    content: `body { margin: 0 auto; max-width: 46rem; padding: 1rem; font-family: system-ui, sans-serif; background: #f6f4ef; color: #1f2328; }
.page-header { margin-bottom: 1rem; }
.page-header a { color: #0a58a8; }
main > article + article { margin-top: 1rem; }
.languages { font-size: 1.25rem; }
.photo { margin: 0 0 1rem; }
.photo img { display: block; width: 100%; height: auto; }
.search { margin: 0 0 1.5rem; }
.search label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
.search input { font: inherit; padding: 0.4rem; width: min(100%, 24rem); border: 1px solid #5c6166; border-radius: 4px; }
.search button { font: inherit; padding: 0.4rem 0.9rem; margin-left: 0.25rem; }
.search :focus-visible { outline: 3px solid #0a58a8; outline-offset: 2px; }
.search ol { padding-left: 1.25rem; }
.search li { margin: 0.75rem 0; }
.search mark { background: #ffe58a; color: inherit; }
.topics ul { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; margin: 1rem 0; padding: 0; list-style: none; }
.topics a { color: #0a58a8; }
.media-kit ul { display: grid; gap: 1rem; margin: 0; padding: 0; list-style: none; }
.media-kit li { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: flex-start; }
.media-kit img { display: block; width: min(100%, 15rem); height: auto; }
.media-kit p { margin: 0 0 0.25rem; }
.media-kit a { color: #0a58a8; font-weight: 600; }
.preview-banner { margin: 0 0 1rem; padding: 0.5rem 0.75rem; border: 2px solid #8a4b00; background: #fff4e0; color: #1f2328; font-weight: 600; }
`,
  });
  files.push(...(await embedFiles({ feed, locales, baseUrl, widgetScript: widgetBundle().script, topics })));
  return { files };
}
