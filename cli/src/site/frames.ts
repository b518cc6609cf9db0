/**
 * `frame/`: the iframe embed, for partner sites that take an iframe but no
 * script (Wix's HTML iFrame, Google Sites, WordPress.com, Tilda, CMS fields).
 * One small page per configuration the embed page offers (frame-snippet.ts
 * lists them), per language: the widget server-rendered with its feed
 * inline (render.ts, the landing pages' path), so it reads without script
 * and hydrates with no fetch; frame/frame.js tells the parent its height
 * (frame-client.ts). The page works in WordPress's sandbox
 * (`sandbox="allow-scripts"`, an opaque origin): nothing it needs is
 * fetched but its own stylesheet and scripts, it touches no storage, and
 * without any parent script it shows at the iframe's own height and scrolls.
 *
 * The pages say `noindex, indexifembedded`: each repeats a landing page,
 * which is the one search engines should list, while a search engine that
 * reads a partner's page may still index the widget as part of it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Feed, type Locale, pageText, Resolver, sortReleases } from '../../../src/core.js';
import { escapeHtml } from './escape.js';
import { framePath, resizerPath, type FrameConfig } from './frame-snippet.js';
import { languageName } from './languages.js';
import { oembedLink, oembedPath, type FramePage } from './oembed.js';
import { renderContact, renderList, renderRelease, renderTimeline } from './render.js';
import type { SiteFile } from './site-file.js';
import { teaserRelease, type RawRelease } from './teaser-pages.js';
import { siteTopics, topicFolder, type Topic } from './topics.js';

export interface FrameOptions {
  source: Record<string, unknown>;
  feed: Feed;
  locales: Locale[];
  /** Absolute URL of the site, no trailing slash; relative links (and no oEmbed) without it. */
  baseUrl?: string;
  /** The timeline of every release, and a list, cover the newest this many (the feed index's --page-size). */
  pageSize: number;
}

/** The scripts the build bundled (cli/build.js): next to the CLI bundle, or in cli/dist when run from source. */
function bundled(name: string): string {
  const candidates = [`./frame/${name}`, `../../dist/frame/${name}`].map((path) => fileURLToPath(new URL(path, import.meta.url)));
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`The frame script ${name} is missing: run npm run build.`);
  return readFileSync(found, 'utf8');
}

/**
 * Every configuration the embed page offers, for a feed's releases, people and topics. A list is one
 * frame per language (its default count), and one per topic: as many as the topics' first pages.
 */
export function frameConfigs(feed: Feed, topics: readonly Topic[]): FrameConfig[] {
  const ids = ['latest', ...sortReleases(feed.releases).map((release) => release.id)];
  return [
    ...ids.flatMap((release): FrameConfig[] => [
      { kind: 'release', release, layout: 'full' },
      { kind: 'release', release, layout: 'teaser' },
    ]),
    { kind: 'list', topic: '' },
    ...topics.map((topic): FrameConfig => ({ kind: 'list', topic: topic.id })),
    { kind: 'timeline', release: '*' },
    ...ids.map((release): FrameConfig => ({ kind: 'timeline', release })),
    ...[...feed.people.keys()].sort().flatMap((contact): FrameConfig[] => [
      { kind: 'contact', contact, layout: 'full' },
      { kind: 'contact', contact, layout: 'compact' },
    ]),
  ];
}

/** A release as a timeline needs it: its text left out, its activities kept. */
const withoutText = ({ body: _body, summary: _summary, ...rest }: RawRelease): RawRelease => rest;

const css = `body { margin: 0; display: flow-root; font-family: system-ui, sans-serif; }
.frame-title { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.frame-footer { padding: 0 0.25rem; font-size: 0.875rem; color: #4a4f57; }
.frame-footer a { display: inline-block; padding: 0.25rem 0; color: #0a58a8; }
`;

/** The frame pages, their oEmbed-ready descriptions, and the frame's stylesheet and scripts. */
export async function frameFiles({ source, feed, locales, baseUrl, pageSize }: FrameOptions): Promise<{ files: SiteFile[]; pages: FramePage[] }> {
  const files: SiteFile[] = [];
  const pages: FramePage[] = [];
  const sorted = sortReleases(feed.releases);
  const raw = new Map((source.releases as RawRelease[]).map((release) => [release.id as string, release]));
  const { archives: _archives, ...envelope } = source;
  const topics = siteTopics(source, sorted);
  const configs = frameConfigs(feed, topics);

  for (const locale of locales) {
    const resolver = new Resolver(feed, locale);
    const project = resolver.text(feed.project.name).text;
    const text = await pageText(locale, project);
    for (const config of configs) {
      const path = framePath(locale, config);
      const up = '../'.repeat(path.split('/').length - 1);
      const site = (pathInSite: string) => (baseUrl ? `${baseUrl}/${pathInSite}` : `${up}${pathInSite}`);
      const landing = site(`${locale}/{id}/`);
      const id = 'release' in config && config.release !== '*' ? (config.release === 'latest' ? sorted[0]?.id : config.release) : undefined;
      const release = id === undefined ? undefined : sorted.find((candidate) => candidate.id === id);
      let widget: string;
      let title: string;
      let heading = '';
      let home = site(`${locale}/`);
      if (config.kind === 'release') {
        // A feed without releases: the widget says so ("There is no news yet").
        const releaseTitle = release ? resolver.text(release.title, release).text : project;
        title = release ? `${releaseTitle} · ${project}` : project;
        const shown = release && raw.get(release.id)!;
        widget = await renderRelease({
          locale,
          release: release?.id ?? 'latest',
          layout: config.layout,
          href: landing,
          headingLevel: 1,
          share: false,
          feed: { ...envelope, releases: shown ? [config.layout === 'teaser' ? teaserRelease(shown) : shown] : [] },
        });
        if (release) home = landing.replace('{id}', release.id);
      } else if (config.kind === 'timeline') {
        title = release ? `${resolver.text(release.title, release).text} · ${text.timelineFrame}` : text.timelineFrame;
        const releases = config.release === '*' ? sorted.slice(0, pageSize) : release ? [release] : [];
        heading = `<h1 class="frame-title">${escapeHtml(title)}</h1>\n`;
        widget = await renderTimeline({
          locale,
          release: config.release === '*' ? undefined : (release?.id ?? 'latest'),
          releaseHref: landing,
          feed: { ...envelope, releases: releases.map((one) => withoutText(raw.get(one.id)!)) },
        });
      } else if (config.kind === 'list') {
        const topic = topics.find((candidate) => candidate.id === config.topic);
        title = topic ? `${resolver.text(topic.name).text} · ${text.listFrame}` : text.listFrame;
        heading = `<h1 class="frame-title">${escapeHtml(title)}</h1>\n`;
        if (topic) home = site(topicFolder(locale, topic.id));
        // Only the topic's releases are inline, so the list needs no topic attribute (and the teasers no topics).
        const releases = (topic ? topic.releases : sorted).slice(0, pageSize);
        widget = await renderList({
          locale,
          href: landing,
          feed: { ...envelope, releases: releases.map((one) => teaserRelease(raw.get(one.id)!)) },
        });
      } else {
        const person = feed.people.get(config.contact)!;
        const name = resolver.text(person.name).text;
        title = `${name} · ${project}`;
        // The compact card has no heading of its own: the frame's title is its page's h1.
        if (config.layout === 'compact') heading = `<h1 class="frame-title">${escapeHtml(title)}</h1>\n`;
        widget = await renderContact({ locale, contact: config.contact, layout: config.layout, feed: { ...envelope, releases: [] } });
      }
      const languages = locales
        .filter((other) => other !== locale)
        .map(
          (other) =>
            `<a href="${up}${framePath(other, config)}index.html" hreflang="${other}" lang="${other}" target="_self">${languageName(other)}</a>`
        );
      const nav = [`<a href="${escapeHtml(home)}">${escapeHtml(project)}</a>`, ...languages].join(' · ');
      const head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="robots" content="noindex, indexifembedded">',
        `<title>${escapeHtml(title)}</title>`,
        // Links open in the page that holds the frame (in WordPress's sandbox, frame.js asks WordPress to).
        '<base target="_top">',
        ...(baseUrl ? [oembedLink(`${baseUrl}/${oembedPath(path)}`, title)] : []),
        `<link rel="stylesheet" href="${up}frame/frame.css">`,
        `<script src="${up}frame/frame.js" defer></script>`,
        `<script type="module" src="${up}assets/kopiena-hydrate.js"></script>`,
      ].join('\n    ');
      files.push({
        path: `${path}index.html`,
        content: `<!doctype html>
<html lang="${locale}">
  <head>
    ${head}
  </head>
  <body>
    <main>
${heading}${widget}
    </main>
    <footer class="frame-footer"><nav aria-label="${escapeHtml(text.navigation)}">${nav}</nav></footer>
  </body>
</html>
`,
      });
      pages.push({ path, locale, config, title, ...(release && config.kind !== 'contact' ? { release } : {}) });
    }
  }
  files.push(
    { path: 'frame/frame.css', content: css },
    { path: 'frame/frame.js', content: bundled('frame.js') },
    { path: resizerPath, content: bundled('resizer.js') }
  );
  return { files, pages };
}
