/**
 * Server rendering of the widgets with @lit-labs/ssr: declarative shadow
 * DOM that shows without any script, with the feed inline so the client
 * hydrates without fetching.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { loadMessages, type Locale } from '../../../src/i18n/messages.js';
import '../../../src/index.js';
import { scriptJson } from './escape.js';

export interface ReleaseWidget {
  locale: Locale;
  release: string;
  layout: 'full' | 'teaser';
  href: string;
  /** The part of the feed this widget needs, inlined for the client. */
  feed: unknown;
}

/** `<community-release>` rendered on the server, its feed inline as its light DOM. */
export async function renderRelease({ locale, release, layout, href, feed }: ReleaseWidget): Promise<string> {
  await loadMessages(locale);
  const markup = await collectResult(
    // A release page's title is its h1; an index lists teasers under the project's h1.
    render(
      html`<community-release lang=${locale} release=${release} layout=${layout} href=${href} heading-level=${layout === 'full' ? 1 : 2} ?share=${layout === 'full'} .feed=${feed}></community-release>`
    )
  );
  // The feed goes in as a JSON script child; its property binding was only for the server.
  const inline = `<script type="application/json">${scriptJson(feed)}</script>`;
  const close = markup.lastIndexOf('</community-release>');
  return markup.slice(0, close) + inline + markup.slice(close);
}
