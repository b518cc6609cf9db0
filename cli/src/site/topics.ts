/**
 * Topics on the site (docs/feed-format.md, "Newsroom fields"): a page of
 * teasers per topic per language, paged like the index pages
 * (`<lang>/topics/<id>/`, `<lang>/topics/<id>/page/2/`), and the links to
 * them on landing and index pages. A topic no release names gets no page,
 * so that no link leads to an empty list. Its feeds (RSS, Atom, JSON Feed)
 * are written by write-site.ts through syndication.ts.
 */
import { type Feed, foreignLang, isObject, type Locale, type PageText, type Release, Resolver, type TopicName } from '../../../src/core.js';
import { escapeHtml } from './escape.js';
import { otherLanguageLinks } from './languages.js';
import type { SiteFile } from './site-file.js';
import { listPage, teaserPages, topicNav, type RawRelease } from './teaser-pages.js';

export interface Topic {
  id: string;
  name: TopicName;
  /** Newest first. */
  releases: Release[];
}

/** The topic ids a release names (checked by `kopiena validate`: each is one of the feed's). */
export const topicsOf = (release: Release): string[] => {
  const { topics } = release as Release & { topics?: unknown };
  return Array.isArray(topics) ? topics.filter((id): id is string => typeof id === 'string') : [];
};

/** The feed's topics that some release names, in the order the feed writes them, each with its releases (`sorted`: newest first). */
export function siteTopics(source: Record<string, unknown>, sorted: readonly Release[]): Topic[] {
  const names = isObject(source.topics) ? (source.topics as Record<string, TopicName>) : {};
  return Object.entries(names)
    .map(([id, name]) => ({ id, name, releases: sorted.filter((release) => topicsOf(release).includes(id)) }))
    .filter((topic) => topic.releases.length > 0);
}

/** A topic's folder below the site root. */
export const topicFolder = (locale: string, id: string) => `${locale}/topics/${id}/`;

/** The topic links of a page `up` below the root: `ids` of the release, or every topic of the site for an index page. */
export function topicLinks(
  resolver: Resolver,
  locale: Locale,
  topics: readonly Topic[],
  ids: readonly string[] | undefined,
  text: PageText,
  up: string
): string {
  const shown = topics.filter((topic) => !ids || ids.includes(topic.id));
  return topicNav(
    shown.map((topic) => ({ id: topic.id, name: resolver.text(topic.name).text })),
    text.topics,
    (id) => `${up}${topicFolder(locale, id)}index.html`
  );
}

export interface TopicPagesInput {
  feed: Feed;
  source: Record<string, unknown>;
  rawReleases: ReadonlyMap<string, RawRelease>;
  topics: readonly Topic[];
  locale: Locale;
  locales: readonly Locale[];
  text: PageText;
  perPage: number;
  baseUrl?: string;
  /** The topic's feeds as `<link rel="alternate">` lines, for a page `up` below the root. */
  feedLinks: (topic: Topic, up: string) => string[];
}

/** Every topic's pages in one language. */
export async function topicPages({
  feed,
  source,
  rawReleases,
  topics,
  locale,
  locales,
  text,
  perPage,
  baseUrl,
  feedLinks,
}: TopicPagesInput): Promise<SiteFile[]> {
  const resolver = new Resolver(feed, locale);
  const project = resolver.text(feed.project.name).text;
  const files: SiteFile[] = [];
  for (const topic of topics) {
    const name = resolver.text(topic.name);
    const lang = foreignLang(name, locale);
    const folder = topicFolder(locale, topic.id);
    const sameIn = (other: string, sub: string) => `${topicFolder(other, topic.id)}${sub}`;
    files.push(
      ...(await teaserPages({
        locale,
        folder,
        releases: topic.releases,
        source,
        rawReleases,
        perPage,
        text,
        head: (number, sub, up) => [
          '<meta charset="utf-8">',
          '<meta name="viewport" content="width=device-width, initial-scale=1">',
          `<title>${escapeHtml(name.text)}${number === 1 ? '' : ` (${number})`} · ${escapeHtml(project)}</title>`,
          `<meta name="description" content="${escapeHtml(`${project}: ${name.text}`)}">`,
          ...(baseUrl
            ? [
                `<link rel="canonical" href="${escapeHtml(`${baseUrl}/${folder}${sub}`)}">`,
                ...locales.map((other) => `<link rel="alternate" hreflang="${other}" href="${escapeHtml(`${baseUrl}/${sameIn(other, sub)}`)}">`),
              ]
            : []),
          ...feedLinks(topic, up),
        ],
        nav: (_, sub, up) =>
          [
            `<a href="${up}${locale}/index.html">${escapeHtml(project)}</a>`,
            ...otherLanguageLinks(locale, locales, (other) => `${up}${sameIn(other, sub)}index.html`),
          ].join(' · '),
        heading: () => `<h1${lang ? ` lang="${escapeHtml(lang)}"` : ''}>${escapeHtml(name.text)}</h1>`,
      }))
    );
  }
  return files;
}

/** Every page of every topic, for the sitemap: paths per language and the newest release's date. */
export const topicSitemapPages = (topics: readonly Topic[], locales: readonly Locale[], perPage: number) =>
  topics.flatMap((topic) =>
    Array.from({ length: Math.max(1, Math.ceil(topic.releases.length / perPage)) }, (_, index) => ({
      paths: locales.map((locale) => ({ locale, path: `${topicFolder(locale, topic.id)}${listPage(index + 1)}` })),
      lastmod: topic.releases[index * perPage]?.published,
    }))
  );
