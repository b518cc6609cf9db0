/**
 * `sitemap.xml` (sitemaps.org 0.9) with each page's language versions as
 * `xhtml:link rel="alternate" hreflang` (Google's form for multilingual
 * sites), written through the XML serializer (xml.ts), and `robots.txt` naming it.
 */
import { element, xmlDocument } from './xml.js';

export interface SitemapPage {
  /** Path of the page in each language (`lv/2020-05-07-…/`), in the order of the site's languages. */
  paths: ReadonlyArray<{ locale: string; path: string }>;
  /** ISO date of the last change (the release's `published`). */
  lastmod?: string;
}

export function sitemapXml(baseUrl: string, pages: readonly SitemapPage[]): string {
  const url = (path: string) => `${baseUrl}/${path}`;
  const alternate = (hreflang: string, path: string) => element('xhtml:link', { rel: 'alternate', hreflang, href: url(path) });
  const urls = pages.flatMap(({ paths, lastmod }) =>
    paths.map(({ path }) =>
      element(
        'url',
        {},
        element('loc', {}, url(path)),
        lastmod ? element('lastmod', {}, lastmod.slice(0, 10)) : undefined,
        ...(paths.length > 1 ? [...paths.map((other) => alternate(other.locale, other.path)), alternate('x-default', paths[0].path)] : [])
      )
    )
  );
  return xmlDocument(element('urlset', {}, ...urls), { '': 'http://www.sitemaps.org/schemas/sitemap/0.9', xhtml: 'http://www.w3.org/1999/xhtml' });
}

export const robotsTxt = (baseUrl?: string): string =>
  ['User-agent: *', 'Allow: /', ...(baseUrl ? ['', `Sitemap: ${baseUrl}/sitemap.xml`] : []), ''].join('\n');
