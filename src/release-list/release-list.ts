import { LitElement, html, nothing } from 'lit';
import { msg } from '../i18n/messages.js';
import { DEFAULT_TIMEOUT } from '../feed/load.js';
import { Resolver } from '../feed/resolve.js';
import type { Release } from '../feed/schema.js';
import { releaseSummary } from '../feed/summary.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { formatPublished } from '../i18n/published.js';
import { releasesShown } from '../i18n/release-count.js';
import { DEFAULT_COUNT } from '../shared/attribute-defaults.js';
import { define } from '../shared/define.js';
import { FeedController } from '../shared/feed-controller.js';
import { renderHeading } from '../shared/heading.js';
import { renderInline } from '../shared/inline-markdown-template.js';
import { renderError, renderSavedNote, renderSkeleton } from '../shared/states.js';
import { newestReleases } from './newest.js';
import { styles } from './release-list.styles.js';

/**
 * The newest press releases of a project as teasers (title, date, summary),
 * optionally of one topic, with "Show more" that reads older archive pages
 * only when asked. In the script-tag bundle this module is a chunk of its
 * own, fetched when the page first shows a list (autoload.ts).
 *
 * @summary A list of the newest releases of a kopiena feed.
 * @tag release-list
 *
 * @slot - An optional `<script type="application/json">` holding the feed inline.
 *
 * @event kopiena-load - The teasers (or the empty state) are shown. `detail: { feed, issues }`.
 * @event kopiena-error - The list cannot be shown: `detail: { code, message, issues }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart list - The ordered list of teasers.
 * @csspart item - One teaser.
 * @csspart title - The title of a release (a heading, linked when `href` is set).
 * @csspart date - Its publication date.
 * @csspart summary - Its summary.
 * @csspart more - The "Show more" button.
 * @csspart status - Loading, empty and error messages.
 *
 * @cssproperty --kopiena-list-divider - Color of the line between teasers.
 * @cssproperty --kopiena-color-accent - Links, the button and the focus ring.
 * @cssproperty --kopiena-font-family - Font of the widget.
 * @cssproperty --kopiena-font-size - Base font size (default `1rem`).
 * @cssproperty --kopiena-color-text - Text color.
 * @cssproperty --kopiena-color-muted - Dates.
 * @cssproperty --kopiena-color-background - Background of the widget.
 * @cssproperty --kopiena-color-surface - Background of the skeleton.
 * @cssproperty --kopiena-color-border - Borders.
 * @cssproperty --kopiena-color-danger - Marks error messages.
 * @cssproperty --kopiena-radius - Corner radius.
 * @cssproperty --kopiena-spacing - Base spacing unit.
 * @cssproperty --kopiena-max-width - Maximum width of the widget.
 */
export class ReleaseList extends LitElement {
  static override styles = styles;
  // Declared statically rather than with decorators, as the other elements.
  static override properties = {
    src: {},
    feed: { attribute: false },
    count: { type: Number },
    topic: {},
    href: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeout: { type: Number },
    savedCopy: { type: Boolean, attribute: 'saved-copy' },
  };

  /** URL of the feed, resolved against the page. Widgets naming one URL share one request. */
  src?: string;

  /** A feed object given directly; validated like a fetched one and preferred over `src`. */
  feed?: unknown;

  /** How many teasers a page shows; "Show more" reveals as many more. */
  count = DEFAULT_COUNT;

  /** A topic id of the feed: only releases of that topic. */
  topic?: string;

  /** Where a title links to; `{id}` is replaced by the release id. Without it, titles are not links. */
  href?: string;

  /** Level of the teasers' title headings (1–6). */
  headingLevel = 2;

  /** Milliseconds to wait for the feed (and for each archive page). */
  timeout = DEFAULT_TIMEOUT;

  /** Keeps the last good feed in this site's localStorage and shows it when the feed cannot be loaded (README, Saved copy). */
  savedCopy = false;

  /** How many teasers "Show more" has asked for (0: the first page), how many the last render showed, the teaser to focus once shown. */
  #shown = 0;
  #visible = 0;
  #focus?: number;
  /** What the list showed for: a new feed, topic or count starts from the first page again. */
  #key: unknown[] = [];

  readonly #locale = new LocaleController(this);
  readonly #feed = new FeedController(this, this.#locale);

  /** Teasers a page shows: `count`, or its default when it is not a positive whole number. */
  #pageSize() {
    const { count } = this;
    return Number.isInteger(count) && count > 0 ? count : DEFAULT_COUNT;
  }

  #showMore() {
    this.#focus = this.#visible;
    this.#shown = this.#visible + this.#pageSize();
    this.requestUpdate();
  }

  /** Focus moves to the first teaser "Show more" revealed, once it is rendered (an archive page may have to arrive first). */
  protected override updated(): void {
    const item = this.renderRoot.querySelector<HTMLElement>(`[data-index="${this.#focus}"]`);
    if (item) {
      item.focus();
      this.#focus = undefined;
    }
  }

  #href(release: Release) {
    return this.href?.replaceAll('{id}', encodeURIComponent(release.id));
  }

  #renderItem(release: Release, index: number, resolver: Resolver) {
    const title = resolver.shown(release.title, release);
    const summary = releaseSummary(release, resolver, 'teaser');
    const href = this.#href(release);
    return html`<li class="item" part="item" tabindex="-1" data-index=${index}>
      ${renderHeading(
        { level: this.headingLevel, className: 'item__title', part: 'title', lang: title.lang },
        href ? html`<a href=${href}>${title.text}</a>` : title.text
      )}
      <time class="item__date" part="date" datetime=${release.published}>${formatPublished(release.published, this.#locale.value)}</time>
      ${summary ? html`<p class="item__summary" part="summary" lang=${summary.lang ?? nothing}>${renderInline(summary.text)}</p>` : nothing}
    </li>`;
  }

  protected override render() {
    this.#locale.use();
    return this.#feed.render({
      loading: () => renderSkeleton(3 * Math.min(this.#pageSize(), 10)),
      error: (error) => html`<div part="base">${renderError(error)}</div>`,
      ready: (result, failure, savedAt) => {
        const feed = result.feed;
        const { topic } = this;
        const key = [feed, topic, this.count];
        if (key.some((value, index) => value !== this.#key[index])) {
          this.#key = key;
          this.#shown = 0;
          this.#focus = undefined;
        }
        const wanted = Math.max(this.#shown, this.#pageSize());
        // One more than shown: whether "Show more" has anything to show.
        const newest = newestReleases(feed, { topic, wanted: wanted + 1, now: new Date() }, () => this.#feed.archives());
        if (!newest) return undefined;
        const { releases, more } = newest;
        const visible = releases.slice(0, wanted);
        this.#visible = visible.length;
        const shownFailure = failure ?? this.#feed.pageFailure;
        // "Show more" waits for an archive page: a skeleton holds its place.
        const waiting = more && releases.length <= wanted && !shownFailure;
        const locale = this.#locale.value;
        const resolver = new Resolver(feed, locale);
        return html`<div part="base" class="list" lang=${locale}>
          ${renderSavedNote(savedAt, locale)} ${renderError(shownFailure)}
          ${
            visible.length
              ? html`<ol class="list__items" part="list">${visible.map((release, index) => this.#renderItem(release, index, resolver))}</ol>`
              : shownFailure || waiting
                ? nothing
                : html`<p class="status" part="status" role="status">${msg('There is no news yet.', { id: 'empty-releases', desc: 'Shown when a feed has no releases' })}</p>`
          }
          <p class="visually-hidden" role="status">${this.#shown && !waiting ? releasesShown(visible.length, locale) : nothing}</p>
          ${
            waiting
              ? renderSkeleton(3, 'status')
              : visible.length < releases.length
                ? html`<button type="button" class="list__more" part="more" @click=${this.#showMore}>${msg('Show more', { id: 'show-more', desc: 'Button that reveals the next page of activities' })}</button>`
                : nothing
          }
        </div>`;
      },
    });
  }
}

define('release-list', ReleaseList);

declare global {
  interface HTMLElementTagNameMap {
    'release-list': ReleaseList;
  }
}
