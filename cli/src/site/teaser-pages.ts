/**
 * The page shell of the site's landing, index and topic pages, and the
 * paged lists of teasers that index and topic pages are: `<lang>/`,
 * `<lang>/page/2/`, …; `<lang>/topics/<id>/`, `<lang>/topics/<id>/page/2/`, …
 */
import type { Locale, PageText, Release } from '../../../src/core.js';
import { escapeHtml } from './escape.js';
import { renderRelease } from './render.js';
import type { SiteFile } from './site-file.js';

export type RawRelease = Record<string, unknown>;

/**
 * What a teaser of `release` (as written in the source) shows: its title, date and summary. The summary
 * falls back to the first paragraph of the body (releaseSummary in src/feed/summary.ts), so that stays too.
 */
export function teaserRelease(release: RawRelease): RawRelease {
  const { id, published, language, title, summary, body } = release;
  return { id, published, language, title, summary, body: (body as unknown[] | undefined)?.slice(0, 1) };
}

/** The part of the feed one page needs: everything but the other releases (`release` as written in the source). */
export function pruned(source: Record<string, unknown>, release: RawRelease, teaser: boolean): unknown {
  return { ...source, releases: [teaser ? teaserRelease(release) : release] };
}

/** A whole page; `depth` is how many folders below the site root it lives. */
export function page(lang: string, head: string, depth: number, nav: string, main: string, text: PageText): string {
  const up = '../'.repeat(depth);
  return `<!doctype html>
<html lang="${lang}">
  <head>
    ${head}
    <link rel="stylesheet" href="${up}assets/page.css">
    <script type="module" src="${up}assets/kopiena-hydrate.js"></script>
  </head>
  <body>
    <header class="page-header"><nav aria-label="${escapeHtml(text.navigation)}">${nav}</nav></header>
    <main>
${main}
    </main>
  </body>
</html>
`;
}

/** Links to topic pages (`href` gives a topic's page), in a navigation of their own; empty without topics. */
export function topicNav(topics: ReadonlyArray<{ id: string; name: string }>, label: string, href: (id: string) => string): string {
  if (!topics.length) return '';
  const links = topics.map((topic) => `<li><a href="${escapeHtml(href(topic.id))}">${escapeHtml(topic.name)}</a></li>`).join('');
  return `<nav class="topics" aria-label="${escapeHtml(label)}"><ul>${links}</ul></nav>`;
}

export interface TeaserList {
  locale: Locale;
  /** The list's folder below the site root, with a trailing slash: `lv/`, `lv/topics/libraries/`. */
  folder: string;
  /** Newest first. */
  releases: readonly Release[];
  source: Record<string, unknown>;
  rawReleases: ReadonlyMap<string, RawRelease>;
  perPage: number;
  text: PageText;
  /** The `<head>` lines of page `number` (1-based), which lives `up` below the root. */
  head: (number: number, sub: string, up: string) => string[];
  /** The navigation bar of page `number`. */
  nav: (number: number, sub: string, up: string) => string;
  /** What comes before the teasers (the page's h1), on every page. */
  heading: (up: string) => string;
}

/** The path of page `number` inside its list's folder. */
export const listPage = (number: number) => (number === 1 ? '' : `page/${number}/`);

/** The pages of a list of teasers, `perPage` each, every page linking the next ("Show more"). */
export async function teaserPages({
  locale,
  folder,
  releases,
  source,
  rawReleases,
  perPage,
  text,
  head,
  nav,
  heading,
}: TeaserList): Promise<SiteFile[]> {
  const files: SiteFile[] = [];
  const folderDepth = folder.split('/').length - 1;
  const pageCount = Math.max(1, Math.ceil(releases.length / perPage));
  for (let number = 1; number <= pageCount; number++) {
    const sub = listPage(number);
    const depth = folderDepth + (number === 1 ? 0 : 2);
    const up = '../'.repeat(depth);
    const teasers = await Promise.all(
      releases.slice((number - 1) * perPage, number * perPage).map((release) =>
        renderRelease({
          locale,
          release: release.id,
          layout: 'teaser',
          // Landing pages live at <lang>/<id>/: from <lang>/ that is ./<id>/.
          href: `${'../'.repeat(depth - 1) || './'}{id}/index.html`,
          feed: pruned(source, rawReleases.get(release.id)!, true),
        })
      )
    );
    const more =
      number < pageCount ? `\n<p class="more"><a href="${up}${folder}${listPage(number + 1)}index.html">${escapeHtml(text.more)}</a></p>` : '';
    const list = `${heading(up)}\n${teasers.map((teaser) => `<article>${teaser}</article>`).join('\n')}${more}`;
    files.push({
      path: `${folder}${sub}index.html`,
      content: page(locale, head(number, sub, up).join('\n    '), depth, nav(number, sub, up), list, text),
    });
  }
  return files;
}
