/**
 * The code a partner pastes, one snippet per kind (`snippetKinds`): the
 * script tag of the site's own widget bundle and one element whose
 * attributes say what the embed page's form says. Shared by the build (the
 * snippets written into the page, for readers without JavaScript) and the
 * page's script (the snippets as the form changes), so both agree to the byte.
 */
import {
  DEFAULT_CONTACT_LAYOUT,
  DEFAULT_COUNT,
  DEFAULT_GROUP,
  DEFAULT_LIMIT,
  DEFAULT_ORDER,
  DEFAULT_RELEASE,
  DEFAULT_RELEASE_LAYOUT,
} from '../../../src/shared/attribute-defaults.js';
import { framePath, frameSize, iframeHtml, resizerPath, resizerTag, type FrameConfig } from './frame-snippet.js';

export type EmbedElement = 'community-release' | 'release-list' | 'activity-timeline' | 'contact-card';

export const embedElements: readonly EmbedElement[] = ['community-release', 'release-list', 'activity-timeline', 'contact-card'];

/** `*` (timeline only) means every release. */
export const allReleases = '*';

export interface EmbedChoice {
  element: EmbedElement;
  /** The absolute URL of the site's own widget bundle (widget-bundle.ts): what the script tag loads. */
  script: string;
  /** The feed's URL as the element's `src`. */
  feed: string;
  lang: string;
  release: string;
  releaseLayout: 'full' | 'teaser';
  share: boolean;
  /** Where a teaser's "Read more" (a list's title) goes; `{id}` stands for the release id. */
  href: string;
  group: 'none' | 'year' | 'month';
  order: 'desc' | 'asc';
  limit: number;
  contact: string;
  contactLayout: 'full' | 'compact';
  /** The list's teasers a page shows. */
  count: number;
  /** The list's topic id, `''` for releases of every topic. */
  topic: string;
  /** The site's address ending in `/` (absolute in a snippet): the frame pages, the resizer and the landing pages are under it. */
  site: string;
  /** The chosen frame's accessible name, in the chosen language (`frameTitle`). */
  frameTitle: string;
  /** The newest release's id (`''` without releases): what `latest` shows today, for the oEmbed link. */
  newest: string;
}

/**
 * The frame page (frame-snippet.ts) that shows what the form says; the frame has no share links, no timeline
 * options and the list's default count: one page per option would multiply the frame pages.
 */
export function frameConfig(choice: EmbedChoice): FrameConfig {
  if (choice.element === 'community-release') return { kind: 'release', release: choice.release, layout: choice.releaseLayout };
  if (choice.element === 'activity-timeline') return { kind: 'timeline', release: choice.release };
  if (choice.element === 'release-list') return { kind: 'list', topic: choice.topic };
  return { kind: 'contact', contact: choice.contact, layout: choice.contactLayout };
}

/** The names a frame's title is made of, in one language. */
export interface FrameNames {
  project: string;
  /** The shown release's title (the newest for `latest`); absent for every release or none. */
  release?: string;
  /** The shown person's name (contact frames). */
  person?: string;
  /** "Activities of <project>" (page-text.ts, timelineFrame). */
  timeline: string;
  /** "News of <project>" (page-text.ts, listFrame). */
  list: string;
  /** The list's topic's name (list frames of one topic). */
  topic?: string;
}

/** The frame's title, as its page's `<title>` says it (frames.ts). */
export function frameTitle(config: FrameConfig, names: FrameNames): string {
  if (config.kind === 'release') return names.release ? `${names.release} · ${names.project}` : names.project;
  if (config.kind === 'timeline') return names.release && config.release !== allReleases ? `${names.release} · ${names.timeline}` : names.timeline;
  if (config.kind === 'list') return config.topic && names.topic ? `${names.topic} · ${names.list}` : names.list;
  return `${names.person ?? ''} · ${names.project}`;
}

/** Attribute name → value; `true` for a boolean attribute. The elements' defaults (src/shared/attribute-defaults.ts) are left out. */
export function embedAttributes(choice: EmbedChoice): Array<[string, string | true]> {
  const attributes: Array<[string, string | true]> = [
    ['src', choice.feed],
    ['lang', choice.lang],
  ];
  if (choice.element === 'community-release') {
    if (choice.release !== DEFAULT_RELEASE) attributes.push(['release', choice.release]);
    if (choice.releaseLayout !== DEFAULT_RELEASE_LAYOUT) attributes.push(['layout', choice.releaseLayout], ['href', choice.href]);
    if (choice.share) attributes.push(['share', true]);
  } else if (choice.element === 'activity-timeline') {
    if (choice.release !== allReleases) attributes.push(['release', choice.release]);
    if (choice.group !== DEFAULT_GROUP) attributes.push(['group', choice.group]);
    if (choice.order !== DEFAULT_ORDER) attributes.push(['order', choice.order]);
    if (choice.limit !== DEFAULT_LIMIT) attributes.push(['limit', String(choice.limit)]);
  } else if (choice.element === 'release-list') {
    if (choice.count !== DEFAULT_COUNT) attributes.push(['count', String(choice.count)]);
    if (choice.topic) attributes.push(['topic', choice.topic]);
    // Without `href` a list's titles are no links: they go to the releases' landing pages.
    attributes.push(['href', choice.href]);
  } else {
    attributes.push(['contact', choice.contact]);
    if (choice.contactLayout !== DEFAULT_CONTACT_LAYOUT) attributes.push(['layout', choice.contactLayout]);
  }
  return attributes;
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const attributeValue = (value: string) => value.replace(/[&<>"]/g, (char) => entities[char]);

/** The script tag that loads the widgets from `src` (a module script: across origins it needs CORS, which the site's host files send). */
export const scriptTag = (src: string) => `<script type="module" src="${attributeValue(src)}"></script>`;

/** The element with its attributes, as HTML (attribute values escaped). */
export function elementMarkup(choice: EmbedChoice): string {
  const attributes = embedAttributes(choice)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${attributeValue(value)}"`))
    .join('');
  return `<${choice.element}${attributes}></${choice.element}>`;
}

/** What identifies a shown widget: its element and attributes (the preview is rebuilt only when this changes). */
export const widgetKey = (choice: EmbedChoice) => JSON.stringify([choice.element, embedAttributes(choice)]);

/** The script snippet as text (it is shown with textContent, never parsed by this page). */
export function embedSnippet(choice: EmbedChoice): string {
  return `${scriptTag(choice.script)}\n${elementMarkup(choice)}\n`;
}

/** The iframe of the chosen frame page, full width up to its size, then the optional resizer line. */
export function iframeSnippet(choice: EmbedChoice): string {
  const config = frameConfig(choice);
  const src = `${choice.site}${framePath(choice.lang, config)}`;
  return `${iframeHtml({ src, title: choice.frameTitle, ...frameSize(config), responsive: true })}\n${resizerTag(`${choice.site}${resizerPath}`)}\n`;
}

/**
 * The link WordPress turns into the widget (oEmbed discovery): a release's
 * landing page for the full release (`latest`: the newest one's, as it is
 * today), else the frame page, which announces its own oEmbed.
 */
export function oembedSnippet(choice: EmbedChoice): string {
  const config = frameConfig(choice);
  const release = config.kind === 'release' && config.release === 'latest' ? choice.newest : 'release' in config ? config.release : '';
  if (config.kind === 'release' && config.layout === 'full' && release) return `${choice.site}${choice.lang}/${release}/`;
  return `${choice.site}${framePath(choice.lang, config)}`;
}

/**
 * Every snippet the embed page offers, in the order it shows them, each
 * made from the same choice. The page writes one section per kind (its
 * words under the same key in embed-text.ts) with its own copy button, so a
 * new kind is one entry here and its words.
 */
export const snippetKinds = {
  script: embedSnippet,
  iframe: iframeSnippet,
  oembed: oembedSnippet,
} satisfies Record<string, (choice: EmbedChoice) => string>;

export type SnippetKind = keyof typeof snippetKinds;

/** The kinds in the order the page shows them. */
export const snippetKindOrder = Object.keys(snippetKinds) as SnippetKind[];
