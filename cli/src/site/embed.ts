/**
 * `embed/`: the site's "make an embed" page. A partner picks an element (a
 * release, the list of the newest, the timeline or a contact card), its
 * release or topic, a language and a layout with ordinary form controls, sees the
 * widget live (the site's own widget bundle reading the site's feed.json)
 * and copies a snippet: one section per kind (embed-snippet.ts,
 * snippetKinds), each with its own copy button. One page per locale: `embed/index.html` in the
 * first locale, `embed/<lang>/index.html` for the others.
 *
 * All feed text is escaped here into option labels; the page's script
 * (embed-client.ts) only reads the form and writes the snippet with
 * textContent and the preview with createElement/setAttribute, so it runs
 * under `script-src 'self'` with no inline script or style.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_CONTACT_LAYOUT,
  DEFAULT_COUNT,
  DEFAULT_GROUP,
  DEFAULT_LIMIT,
  DEFAULT_ORDER,
  DEFAULT_RELEASE,
  DEFAULT_RELEASE_LAYOUT,
  embedText,
  type EmbedText,
  type Feed,
  formatPublished,
  type Locale,
  pageText,
  Resolver,
  sortReleases,
} from '../../../src/core.js';
import { escapeHtml } from './escape.js';
import { languageName, otherLanguageLinks } from './languages.js';
import type { SiteFile } from './site-file.js';
import type { Topic } from './topics.js';
import {
  allReleases,
  elementMarkup,
  embedElements,
  frameConfig,
  frameTitle,
  snippetKindOrder,
  snippetKinds,
  widgetKey,
  type EmbedChoice,
  type SnippetKind,
} from './embed-snippet.js';

export interface EmbedOptions {
  feed: Feed;
  locales: Locale[];
  /** Absolute URL of the site, no trailing slash; without it the page resolves addresses where it is served. */
  baseUrl?: string;
  /** The feed's path in the site. */
  feedPath?: string;
  /** The widget bundle's script, as a path in the site (widget-bundle.ts). */
  widgetScript: string;
  /** The site's topics (topics.ts, siteTopics): a list may show one of them. */
  topics?: readonly Topic[];
}

/** Where each locale's embed page lives, relative to the site root. */
export const embedPagePath = (locale: Locale, locales: readonly Locale[]) => (locale === locales[0] ? 'embed/' : `embed/${locale}/`);

/** A language's names for frame titles: the project's, "Activities of <project>" and "News from <project>". */
interface LanguageNames {
  project: string;
  timeline: string;
  list: string;
}

const option = (value: string, label: string, selected = false, extra = '') =>
  `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}${extra}>${escapeHtml(label)}</option>`;

/** An option whose label may be long (a release title): a narrow select cuts it, so the full text is its title too. */
const longOption = (value: string, label: string, extra = '') => option(value, label, false, ` title="${escapeHtml(label)}"${extra}`);

const select = (id: string, label: string, options: string[]) =>
  `<p class="field"><label for="${id}">${escapeHtml(label)}</label>\n<select id="${id}" name="${id}">${options.join('')}</select></p>`;

/** The bundled page script: next to the CLI bundle, or in cli/dist when run from source. */
function clientScript(): string {
  const candidates = ['./embed/embed.js', '../../dist/embed/embed.js'].map((path) => fileURLToPath(new URL(path, import.meta.url)));
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('The embed page script is missing: run npm run build.');
  return readFileSync(found, 'utf8');
}

/** Names in every language, for the iframe's title in the language chosen (frameTitle): `data-<name>-<locale>` attributes, escaped. */
const inEveryLanguage = (name: string, locales: readonly Locale[], value: (locale: Locale) => string) =>
  locales.map((locale) => ` data-${name}-${locale}="${escapeHtml(value(locale))}"`).join('');

/** The list's choices: how many teasers, and a topic when the site has any. */
function listFieldset(text: EmbedText, feed: Feed, locale: Locale, locales: readonly Locale[], topics: readonly Topic[]): string {
  const resolver = new Resolver(feed, locale);
  const topicOptions = [
    option('', text.allTopics, true),
    ...topics.map((topic) =>
      longOption(
        topic.id,
        resolver.text(topic.name).text,
        inEveryLanguage('topic', locales, (other) => new Resolver(feed, other).text(topic.name).text)
      )
    ),
  ];
  return `<fieldset data-for="release-list" hidden><legend>${escapeHtml(text.listOptions)}</legend>
${select(
  'count',
  text.count,
  [3, 5, 10].map((count) => option(String(count), String(count), count === DEFAULT_COUNT))
)}
${topics.length ? select('topic', text.topic, topicOptions) : ''}
</fieldset>`;
}

function form(
  text: EmbedText,
  feed: Feed,
  locale: Locale,
  locales: readonly Locale[],
  languages: Map<Locale, LanguageNames>,
  topics: readonly Topic[]
): string {
  const resolver = new Resolver(feed, locale);
  const releases = sortReleases(feed.releases);
  const people = [...feed.people.entries()].sort(([a], [b]) => a.localeCompare(b));
  const releaseTitles = (release: Feed['releases'][number] | undefined) =>
    release ? inEveryLanguage('title', locales, (other) => new Resolver(feed, other).text(release.title, release).text) : '';
  const releaseOptions = [
    option(DEFAULT_RELEASE, text.latest, true, releaseTitles(releases[0])),
    ...releases.map((release) =>
      longOption(release.id, `${formatPublished(release.published, locale)} · ${resolver.text(release.title, release).text}`, releaseTitles(release))
    ),
    // Only the timeline can show every release; the script enables it for the timeline.
    option(allReleases, text.allReleases, false, ' data-only="activity-timeline" disabled hidden'),
  ];
  const personOptions = people.map(([id, person], index) => {
    const role = person.role ? resolver.text(person.role).text : '';
    const name = resolver.text(person.name).text;
    const names = inEveryLanguage('name', locales, (other) => new Resolver(feed, other).text(person.name).text);
    return option(id, role ? `${name} (${role})` : name, index === 0, names);
  });
  return `<form id="embed-form" class="embed-form">
<fieldset><legend>${escapeHtml(text.widget)}</legend>
${select(
  'element',
  text.element,
  embedElements.map((element, index) => option(element, `${text.elements[element]} <${element}>`, index === 0))
)}
<div data-for="community-release activity-timeline">${select('release', text.release, releaseOptions)}</div>
${select(
  'lang',
  text.language,
  locales.map((other) =>
    option(
      other,
      languageName(other),
      other === locale,
      ` data-project="${escapeHtml(languages.get(other)!.project)}" data-timeline="${escapeHtml(languages.get(other)!.timeline)}" data-list="${escapeHtml(languages.get(other)!.list)}"`
    )
  )
)}
</fieldset>
<fieldset data-for="community-release"><legend>${escapeHtml(text.releaseOptions)}</legend>
${select(
  'release-layout',
  text.layout,
  (['full', 'teaser'] as const).map((layout) => option(layout, text[layout], layout === DEFAULT_RELEASE_LAYOUT))
)}
<p class="field field--check"><input type="checkbox" id="share" name="share"> <label for="share">${escapeHtml(text.share)}</label></p>
</fieldset>
${listFieldset(text, feed, locale, locales, topics)}
<fieldset data-for="activity-timeline" hidden><legend>${escapeHtml(text.timelineOptions)}</legend>
${select(
  'group',
  text.grouping,
  (['none', 'year', 'month'] as const).map((group) => option(group, text.groups[group], group === DEFAULT_GROUP))
)}
${select(
  'order',
  text.order,
  (['desc', 'asc'] as const).map((order) => option(order, text.orders[order], order === DEFAULT_ORDER))
)}
${select(
  'limit',
  text.limit,
  [5, 10, 20, 50].map((limit) => option(String(limit), String(limit), limit === DEFAULT_LIMIT))
)}
</fieldset>
<fieldset data-for="contact-card" hidden><legend>${escapeHtml(text.contactOptions)}</legend>
${select('contact', text.person, personOptions)}
${select(
  'contact-layout',
  text.layout,
  (['full', 'compact'] as const).map((layout) =>
    option(layout, { full: text.fullCard, compact: text.compact }[layout], layout === DEFAULT_CONTACT_LAYOUT)
  )
)}
</fieldset>
</form>`;
}

/** One snippet kind's section: heading, hint, the code (written for readers without JavaScript) and its copy button. */
function snippetSection(kind: SnippetKind, text: EmbedText, initial: EmbedChoice, notes: string[], baseUrl: string | undefined): string {
  const words = text.snippets[kind];
  const id = `snippet-${kind}`;
  // oEmbed is discovered only at an absolute address: without one there is nothing to copy, only what to do.
  if (kind === 'oembed' && !baseUrl)
    return `<div class="embed-snippet" data-snippet="${kind}">
<h3 id="${id}-heading">${escapeHtml(words.heading)}</h3>
<p class="embed-note">${escapeHtml(text.oembedNeedsAddress)}</p>
</div>`;
  return `<div class="embed-snippet" data-snippet="${kind}">
<h3 id="${id}-heading">${escapeHtml(words.heading)}</h3>
<p id="${id}-hint">${escapeHtml(words.hint)}</p>
<p class="field"><label for="${id}">${escapeHtml(words.label)}</label>
<textarea id="${id}" readonly rows="4" spellcheck="false" aria-describedby="${[`${id}-hint`, ...notes].join(' ')}">${escapeHtml(snippetKinds[kind](initial))}</textarea></p>
<p><button type="button" id="copy-${kind}" data-copy="${id}" aria-describedby="${id}-heading">${escapeHtml(text.copy)}</button> <span class="copy-status" role="status"></span></p>
</div>`;
}

async function embedPage(
  { feed, locales, baseUrl, feedPath = 'feed.json', widgetScript, topics = [] }: EmbedOptions,
  locale: Locale
): Promise<SiteFile> {
  const project = new Resolver(feed, locale).text(feed.project.name).text;
  const text = await embedText(locale, project);
  const path = embedPagePath(locale, locales);
  const depth = path.split('/').length - 1;
  const up = '../'.repeat(depth);
  const firstPerson = [...feed.people.keys()].sort()[0] ?? '';
  const newest = sortReleases(feed.releases)[0];
  const languages = new Map<Locale, LanguageNames>();
  for (const other of locales) {
    const name = new Resolver(feed, other).text(feed.project.name).text;
    const { timelineFrame, listFrame } = await pageText(other, name);
    languages.set(other, { project: name, timeline: timelineFrame, list: listFrame });
  }
  // The snippet needs absolute addresses; without --base-url the script makes them from the page's own address.
  const feedUrl = baseUrl ? `${baseUrl}/${feedPath}` : `${up}${feedPath}`;
  const initial: EmbedChoice = {
    element: 'community-release',
    script: baseUrl ? `${baseUrl}/${widgetScript}` : `${up}${widgetScript}`,
    feed: feedUrl,
    lang: locale,
    release: DEFAULT_RELEASE,
    releaseLayout: DEFAULT_RELEASE_LAYOUT,
    share: false,
    href: baseUrl ? `${baseUrl}/${locale}/{id}/` : `${up}${locale}/{id}/`,
    group: DEFAULT_GROUP,
    order: DEFAULT_ORDER,
    limit: DEFAULT_LIMIT,
    contact: firstPerson,
    contactLayout: DEFAULT_CONTACT_LAYOUT,
    count: DEFAULT_COUNT,
    topic: '',
    site: baseUrl ? `${baseUrl}/` : up,
    frameTitle: '',
    newest: newest?.id ?? '',
  };
  initial.frameTitle = frameTitle(frameConfig(initial), {
    project,
    timeline: languages.get(locale)!.timeline,
    list: languages.get(locale)!.list,
    ...(newest ? { release: new Resolver(feed, locale).text(newest.title, newest).text } : {}),
  });
  // The preview reads the feed beside the page (same origin), as the page's script does.
  const previewChoice: EmbedChoice = { ...initial, feed: `${up}${feedPath}`, href: `${up}${locale}/{id}/` };
  const url = (other: Locale) => `${baseUrl}/${embedPagePath(other, locales)}`;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(text.title)} · ${escapeHtml(project)}</title>`,
    `<meta name="description" content="${escapeHtml(text.description)}">`,
    ...(baseUrl
      ? [
          `<link rel="canonical" href="${escapeHtml(url(locale))}">`,
          ...locales.map((other) => `<link rel="alternate" hreflang="${other}" href="${escapeHtml(url(other))}">`),
        ]
      : []),
    `<link rel="stylesheet" href="${up}assets/page.css">`,
    `<link rel="stylesheet" href="${up}embed/embed.css">`,
    // The preview runs the very bundle the snippets load.
    `<script type="module" src="${up}${escapeHtml(widgetScript)}"></script>`,
    `<script type="module" src="${up}embed/embed.js"></script>`,
  ].join('\n    ');
  const nav = [
    `<a href="${up}${locale}/index.html">${escapeHtml(project)}</a>`,
    ...otherLanguageLinks(locale, locales, (other) => `${up}${embedPagePath(other, locales)}index.html`),
  ].join(' · ');
  const content = `<!doctype html>
<html lang="${locale}">
  <head>
    ${head}
  </head>
  <body>
    <header class="page-header"><nav aria-label="${escapeHtml(text.navigation)}">${nav}</nav></header>
    <main class="embed" data-feed-path="${escapeHtml(feedPath)}" data-script-path="${escapeHtml(widgetScript)}" data-site="${escapeHtml(up)}" data-newest="${escapeHtml(initial.newest)}"${baseUrl ? ` data-base-url="${escapeHtml(baseUrl)}"` : ''}>
<h1>${escapeHtml(text.title)}</h1>
<p>${escapeHtml(text.intro)}</p>
${form(text, feed, locale, locales, languages, topics)}
<section class="embed-preview" aria-labelledby="preview-heading"><h2 id="preview-heading">${escapeHtml(text.preview)}</h2>
<div id="preview" class="embed-preview__frame" data-shown="${escapeHtml(widgetKey(previewChoice))}">${elementMarkup(previewChoice)}</div>
</section>
<section class="embed-code" aria-labelledby="code-heading" data-copied="${escapeHtml(text.copied)}" data-refused="${escapeHtml(text.refused)}"><h2 id="code-heading">${escapeHtml(text.code)}</h2>
${baseUrl ? '' : `<p id="relative-note" class="embed-note">${escapeHtml(text.relativeNote)}</p>\n`}${snippetKindOrder
    .map((kind) => snippetSection(kind, text, initial, baseUrl ? [] : ['relative-note'], baseUrl))
    .join('\n')}
</section>
    </main>
  </body>
</html>
`;
  return { path: `${path}index.html`, content };
}

const css = `/* A fieldset is as wide as its widest control unless told otherwise: a select of long titles would scroll the page sideways. */
.embed-form fieldset { margin: 0 0 1rem; padding: 0.75rem 1rem; border: 1px solid #8c8577; border-radius: 0.5rem; min-width: 0; }
.embed-form legend { font-weight: 600; padding: 0 0.25rem; }
.field { margin: 0.5rem 0; }
.field label { display: block; margin-bottom: 0.25rem; }
.field--check label { display: inline; }
.embed select, .embed textarea, .embed button { font: inherit; }
.embed select { min-height: 2.75rem; max-width: 100%; text-overflow: ellipsis; }
.field--check input { width: 1.5rem; height: 1.5rem; vertical-align: middle; }
.embed textarea { box-sizing: border-box; width: 100%; font-family: ui-monospace, monospace; font-size: 0.875rem; padding: 0.5rem; }
.embed button { min-height: 2.75rem; padding: 0.5rem 1rem; border: 0; border-radius: 0.5rem; background: #0a58a8; color: #fff; cursor: pointer; }
.embed :focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }
.embed-preview__frame { padding: 1rem; border: 1px dashed #8c8577; border-radius: 0.5rem; background: #fff; min-height: 12rem; }
.embed-note { padding: 0.5rem 0.75rem; border-left: 4px solid #b35900; background: #fff; }
[hidden] { display: none !important; }
`;

/** The embed pages, their stylesheet and their script, under `embed/`; the widget bundle itself is written by write-site.ts. */
export async function embedFiles(options: EmbedOptions): Promise<SiteFile[]> {
  const pages = await Promise.all(options.locales.map((locale) => embedPage(options, locale)));
  return [...pages, { path: 'embed/embed.css', content: css }, { path: 'embed/embed.js', content: clientScript() }];
}
