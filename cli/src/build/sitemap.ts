/**
 * `sitemap.xml` (sitemaps.org 0.9) with each page's language versions as
 * `xhtml:link rel="alternate" hreflang` (Google's form for multilingual
 * sites), written with fast-xml-parser's builder, and `robots.txt` naming it.
 */
import { XMLBuilder } from 'fast-xml-parser';

export interface SitemapPage {
  /** Path of the page in each language (`lv/2020-05-07-…/`), in the order of the site's languages. */
  paths: ReadonlyArray<{ locale: string; path: string }>;
  /** ISO date of the last change (the release's `published`). */
  lastmod?: string;
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, suppressEmptyNode: true });

export function sitemapXml(baseUrl: string, pages: readonly SitemapPage[]): string {
  const url = (path: string) => `${baseUrl}/${path}`;
  const urls = pages.flatMap(({ paths, lastmod }) =>
    paths.map(({ path }) => ({
      loc: url(path),
      ...(lastmod ? { lastmod: lastmod.slice(0, 10) } : {}),
      ...(paths.length > 1
        ? {
            'xhtml:link': [
              ...paths.map((other) => ({ '@rel': 'alternate', '@hreflang': other.locale, '@href': url(other.path) })),
              { '@rel': 'alternate', '@hreflang': 'x-default', '@href': url(paths[0].path) },
            ],
          }
        : {}),
    }))
  );
  return builder.build({
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    urlset: { '@xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9', '@xmlns:xhtml': 'http://www.w3.org/1999/xhtml', url: urls },
  });
}

export const robotsTxt = (baseUrl?: string): string =>
  ['User-agent: *', 'Allow: /', ...(baseUrl ? ['', `Sitemap: ${baseUrl}/sitemap.xml`] : []), ''].join('\n');
