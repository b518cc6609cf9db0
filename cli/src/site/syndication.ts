/**
 * Syndication per language, so aggregators, newsletters and partner CMSs
 * (WordPress imports RSS) can follow the project: RSS 2.0, Atom 1.0 and
 * JSON Feed 1.1; the XML is built as a DOM and written by an XML serializer
 * (xml.ts: everything escaped, no CDATA, characters XML forbids dropped),
 * the JSON Feed is a plain object. Each
 * item links its landing page and carries the localized title, summary and
 * body (the inline subset as escaped HTML, see html.ts), the date and the
 * share image. Nothing depends on the build's clock: a feed's "updated" is
 * its newest release's date.
 */
import { type Feed as KopienaFeed, type Release, releaseSummary, Resolver } from '../../../src/core.js';
import { paragraphsHtml, inlineHtml, plainText } from './html.js';
import { element, xmlDocument } from './xml.js';

/** The image shown for a release: its own, or its drawn share image. */
export interface ItemImage {
  url: string;
  type: string;
  /** Bytes, when known (RSS enclosures must say; 0 means unknown). */
  length: number;
}

export interface SyndicationInput {
  feed: KopienaFeed;
  locale: string;
  /** Newest first; already cut to the number of items a feed carries. */
  releases: readonly Release[];
  /** Absolute URL of the site, without a trailing slash. */
  baseUrl: string;
  image: (release: Release) => ItemImage;
  /** A topic's own feeds (topics.ts): its name in this language, its page as the feeds' home. */
  topic?: { id: string; name: string };
}

/** Where each language's feeds live, relative to the site root; a topic's beside its page (`lv/topics/libraries/rss.xml`). */
export const syndicationPaths = (locale: string, topic?: string) => {
  const folder = topic === undefined ? `${locale}/` : `${locale}/topics/${topic}/`;
  return { rss: `${folder}rss.xml`, atom: `${folder}atom.xml`, json: `${folder}feed.json` };
};

/** `<link rel="alternate">` lines for a language's pages (hrefs relative to the site root, prefixed by `up`). */
export function alternateLinks(locale: string, projectName: string, up: string, topic?: string): string[] {
  const paths = syndicationPaths(locale, topic);
  const title = projectName.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  return [
    `<link rel="alternate" type="application/rss+xml" title="${title} (RSS)" href="${up}${paths.rss}">`,
    `<link rel="alternate" type="application/atom+xml" title="${title} (Atom)" href="${up}${paths.atom}">`,
    `<link rel="alternate" type="application/feed+json" title="${title} (JSON Feed)" href="${up}${paths.json}">`,
  ];
}

const dateOf = (published: string) => new Date(published.length === 10 ? `${published}T00:00:00Z` : published);

export interface SyndicationFiles {
  rss: string;
  atom: string;
  json: string;
}

export function syndicate({ feed, locale, releases, baseUrl, image, topic }: SyndicationInput): SyndicationFiles {
  const resolver = new Resolver(feed, locale);
  const project = resolver.text(feed.project.name).text;
  const title = topic ? `${project}: ${topic.name}` : project;
  const description = feed.project.partnership ? plainText(resolver.text(feed.project.partnership).text) : title;
  const paths = syndicationPaths(locale, topic?.id);
  const home = topic ? `${baseUrl}/${locale}/topics/${topic.id}/` : `${baseUrl}/${locale}/`;
  // Items link the release's landing page, whichever feed carries them.
  const landing = `${baseUrl}/${locale}/`;
  const url = (path: string) => `${baseUrl}/${path}`;
  const organizations = (feed.project.organizations ?? []).map((id) => feed.organizations.get(id)!);
  const author = organizations.length ? resolver.text(organizations[0].name).text : project;
  const updated = releases.length ? dateOf(releases[0].published) : new Date(0);

  const items = releases.map((release) => {
    const summary = releaseSummary(release, resolver, 'syndication')?.text;
    return {
      release,
      link: `${landing}${release.id}/`,
      title: resolver.text(release.title, release).text,
      summaryHtml: summary === undefined ? undefined : inlineHtml(summary),
      summaryText: summary === undefined ? undefined : plainText(summary),
      contentHtml: paragraphsHtml((release.body ?? []).map((paragraph) => resolver.text(paragraph, release).text)),
      date: dateOf(release.published),
      tags: release.hashtags ?? feed.project.hashtags ?? [],
      image: image(release),
    };
  });

  // RSS 2.0 (https://www.rssboard.org/rss-specification): titles as plain text, summary and body as escaped HTML.
  const rss = xmlDocument(
    element(
      'rss',
      { version: '2.0' },
      element(
        'channel',
        {},
        element('title', {}, title),
        element('link', {}, home),
        element('description', {}, description),
        element('lastBuildDate', {}, updated.toUTCString()),
        element('docs', {}, 'https://www.rssboard.org/rss-specification'),
        element('language', {}, locale),
        element('atom:link', { href: url(paths.rss), rel: 'self', type: 'application/rss+xml' }),
        ...items.map((item) =>
          element(
            'item',
            {},
            element('title', {}, item.title),
            element('link', {}, item.link),
            element('guid', { isPermaLink: 'false' }, item.link),
            element('pubDate', {}, item.date.toUTCString()),
            item.summaryHtml === undefined ? undefined : element('description', {}, item.summaryHtml),
            item.contentHtml ? element('content:encoded', {}, item.contentHtml) : undefined,
            ...item.tags.map((tag) => element('category', {}, tag)),
            element('enclosure', { length: String(item.image.length), type: item.image.type, url: item.image.url })
          )
        )
      )
    ),
    { atom: 'http://www.w3.org/2005/Atom', content: 'http://purl.org/rss/1.0/modules/content/' }
  );

  // Atom 1.0 (RFC 4287): titles as text (the default type), summary and content as escaped HTML.
  const atom = xmlDocument(
    element(
      'feed',
      {},
      element('id', {}, home),
      element('title', {}, title),
      element('updated', {}, updated.toISOString()),
      element('author', {}, element('name', {}, author)),
      element('link', { rel: 'alternate', href: home }),
      element('link', { rel: 'self', href: url(paths.atom) }),
      element('subtitle', {}, description),
      ...items.map((item) =>
        element(
          'entry',
          {},
          element('title', {}, item.title),
          element('id', {}, item.link),
          element('link', { href: item.link }),
          element('link', { rel: 'enclosure', href: item.image.url, type: item.image.type, length: String(item.image.length) }),
          element('updated', {}, item.date.toISOString()),
          item.summaryHtml === undefined ? undefined : element('summary', { type: 'html' }, item.summaryHtml),
          item.contentHtml ? element('content', { type: 'html' }, item.contentHtml) : undefined,
          ...item.tags.map((tag) => element('category', { label: tag, term: tag })),
          element('published', {}, item.date.toISOString())
        )
      )
    ),
    { '': 'http://www.w3.org/2005/Atom' }
  );

  // JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): plain JSON, so no generator is needed.
  const json = {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    home_page_url: home,
    feed_url: url(paths.json),
    description,
    language: locale,
    authors: [{ name: author }],
    items: items.map((item) => ({
      id: item.link,
      url: item.link,
      title: item.title,
      content_html: item.contentHtml || item.summaryHtml || '',
      ...(item.summaryText ? { summary: item.summaryText } : {}),
      image: item.image.url,
      date_published: item.date.toISOString(),
      tags: item.tags,
    })),
  };

  return { rss, atom, json: `${JSON.stringify(json, null, 2)}\n` };
}
