/**
 * The `<head>` of a landing page: what search engines and Facebook read
 * before any script runs. Open Graph, Twitter card and schema.org
 * NewsArticle JSON-LD, all from the feed, all escaped.
 */
import { localeRow, type Release, Resolver } from '../../../src/core.js';
import { escapeHtml, scriptJson } from './escape.js';

export interface PageImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface HeadInput {
  resolver: Resolver;
  release: Release;
  locale: string;
  locales: readonly string[];
  /** Absolute URL of this page, and of the same page in each locale. */
  url: (locale: string) => string;
  image: PageImage;
  description: string;
}

/** Open Graph locales are language_TERRITORY. */
const ogLocale = (locale: string) => localeRow(locale)?.openGraph ?? locale;

const meta = (attribute: 'name' | 'property', key: string, content: string) => `<meta ${attribute}="${key}" content="${escapeHtml(content)}">`;

export function renderHead({ resolver, release, locale, locales, url, image, description }: HeadInput): string {
  const { feed } = resolver;
  const title = resolver.text(release.title, release).text;
  const project = resolver.text(feed.project.name).text;
  const hashtags = release.hashtags ?? feed.project.hashtags ?? [];
  const organizations = (feed.project.organizations ?? []).map((id) => feed.organizations.get(id)!);
  const author = resolver.person(release.contacts?.preparedBy);
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title.slice(0, 110),
    description,
    datePublished: release.published,
    inLanguage: locale,
    url: url(locale),
    mainEntityOfPage: url(locale),
    image: [{ '@type': 'ImageObject', url: image.url, width: image.width, height: image.height }],
    keywords: hashtags.join(', '),
    author: [
      ...organizations.map((organization) => ({
        '@type': 'Organization',
        name: resolver.text(organization.name).text,
        ...(organization.url ? { url: organization.url } : {}),
      })),
      // The person who prepared the release, named as this page's language writes the name.
      ...(author
        ? [
            {
              '@type': 'Person',
              name: resolver.text(author.name).text,
              ...(author.role ? { jobTitle: resolver.text(author.role, release).text } : {}),
            },
          ]
        : []),
    ],
    publisher: {
      '@type': 'Organization',
      name: organizations[0] ? resolver.text(organizations[0].name).text : project,
      ...(organizations[0]?.url ? { url: organizations[0].url } : {}),
    },
    ...(release.place ? { contentLocation: { '@type': 'Place', name: resolver.text(release.place, release).text } } : {}),
  };
  return [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)} · ${escapeHtml(project)}</title>`,
    meta('name', 'description', description),
    `<link rel="canonical" href="${escapeHtml(url(locale))}">`,
    ...locales.map((other) => `<link rel="alternate" hreflang="${other}" href="${escapeHtml(url(other))}">`),
    `<link rel="alternate" hreflang="x-default" href="${escapeHtml(url(locales[0]))}">`,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', url(locale)),
    meta('property', 'og:site_name', project),
    meta('property', 'og:image', image.url),
    meta('property', 'og:image:width', String(image.width)),
    meta('property', 'og:image:height', String(image.height)),
    meta('property', 'og:image:alt', image.alt),
    meta('property', 'og:locale', ogLocale(locale)),
    ...locales.filter((other) => other !== locale).map((other) => meta('property', 'og:locale:alternate', ogLocale(other))),
    meta('property', 'article:published_time', release.published),
    ...hashtags.map((tag) => meta('property', 'article:tag', tag)),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
    meta('name', 'twitter:image', image.url),
    `<script type="application/ld+json">${scriptJson(jsonLd)}</script>`,
  ].join('\n    ');
}
