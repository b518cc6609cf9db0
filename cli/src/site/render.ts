/**
 * Server rendering of the widgets with @lit-labs/ssr: declarative shadow
 * DOM that shows without any script, with the feed inline so the client
 * hydrates without fetching.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { loadMessages, type Locale } from '../../../src/core.js';
import '../../../src/index.js';
// The kit defines <release-list> only when a browser page shows one (its autoloader): the server defines it itself.
import '../../../src/release-list/release-list.js';
import { scriptJson } from './escape.js';

export interface ReleaseWidget {
  locale: Locale;
  release: string;
  layout: 'full' | 'teaser';
  href: string;
  /** The part of the feed this widget needs, inlined for the client. */
  feed: unknown;
  /** Default: 1 for the full layout (a landing page's title), 2 for a teaser. */
  headingLevel?: number;
  /** Default: the full layout shows the share links. */
  share?: boolean;
}

/** The element's markup with the feed as a JSON script child: its property binding was only for the server. */
function withInlineFeed(markup: string, tag: string, feed: unknown): string {
  const inline = `<script type="application/json">${scriptJson(feed)}</script>`;
  const close = markup.lastIndexOf(`</${tag}>`);
  return markup.slice(0, close) + inline + markup.slice(close);
}

/** `<community-release>` rendered on the server, its feed inline as its light DOM. */
export async function renderRelease({ locale, release, layout, href, feed, headingLevel, share }: ReleaseWidget): Promise<string> {
  await loadMessages(locale);
  const markup = await collectResult(
    // A release page's title is its h1; an index lists teasers under the project's h1.
    render(
      html`<community-release lang=${locale} release=${release} layout=${layout} href=${href} heading-level=${headingLevel ?? (layout === 'full' ? 1 : 2)} ?share=${share ?? layout === 'full'} .feed=${feed}></community-release>`
    )
  );
  return withInlineFeed(markup, 'community-release', feed);
}

export interface TimelineWidget {
  locale: Locale;
  /** An id, `latest`, or undefined for every release. */
  release?: string;
  /** Where an activity's release links; `{id}` stands for its id. */
  releaseHref: string;
  feed: unknown;
}

/** `<activity-timeline>` rendered on the server, its feed inline. */
export async function renderTimeline({ locale, release, releaseHref, feed }: TimelineWidget): Promise<string> {
  await loadMessages(locale);
  const markup = await collectResult(
    render(
      html`<activity-timeline lang=${locale} release=${release ?? nothing} release-href=${releaseHref} heading-level="2" .feed=${feed}></activity-timeline>`
    )
  );
  return withInlineFeed(markup, 'activity-timeline', feed);
}

export interface ContactWidget {
  locale: Locale;
  contact: string;
  layout: 'full' | 'compact';
  feed: unknown;
}

/** `<contact-card>` rendered on the server, its feed inline. */
export async function renderContact({ locale, contact, layout, feed }: ContactWidget): Promise<string> {
  await loadMessages(locale);
  const markup = await collectResult(
    render(html`<contact-card lang=${locale} contact=${contact} layout=${layout} heading-level="1" .feed=${feed}></contact-card>`)
  );
  return withInlineFeed(markup, 'contact-card', feed);
}

export interface ListWidget {
  locale: Locale;
  /** Where a title links; `{id}` stands for the release id. */
  href: string;
  /** The releases to show (already of one topic, if any), as teasers. */
  feed: unknown;
}

/** `<release-list>` rendered on the server, its feed inline. */
export async function renderList({ locale, href, feed }: ListWidget): Promise<string> {
  await loadMessages(locale);
  const markup = await collectResult(render(html`<release-list lang=${locale} href=${href} heading-level="2" .feed=${feed}></release-list>`));
  return withInlineFeed(markup, 'release-list', feed);
}
