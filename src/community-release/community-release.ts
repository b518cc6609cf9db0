import { LitElement, html, nothing } from 'lit';
import { msg, str } from '../i18n/messages.js';
import { Resolver } from '../feed/resolve.js';
import { releaseSummary } from '../feed/summary.js';
import type { Release } from '../feed/schema.js';
import { formatPublished } from '../i18n/published.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { FeedController } from '../shared/feed-controller.js';
import { renderHeading } from '../shared/heading.js';
import { renderInline } from '../shared/inline-markdown-template.js';
import { define } from '../shared/define.js';
import { DEFAULT_RELEASE, DEFAULT_RELEASE_LAYOUT } from '../shared/attribute-defaults.js';
import { DEFAULT_TIMEOUT } from '../feed/load.js';
import { contactFromFeed, renderContact } from '../shared/contact-template.js';
import { renderError, renderSavedNote, renderSkeleton } from '../shared/states.js';
import { renderHashtags, renderLinks, renderSocial } from './release-links.js';
import { styles } from './community-release.styles.js';

/**
 * One press release from a kopiena feed, with all of its localized
 * boilerplate: partnership line, social links, date line, title, story,
 * contacts, the partners' "about" texts, links, hashtags and sharing.
 *
 * @summary A press release from a kopiena feed.
 * @tag community-release
 *
 * @slot - An optional `<script type="application/json">` holding the feed inline (no network needed).
 *
 * @event kopiena-load - The release (or the empty state) is shown. `detail: { feed, issues }`.
 * @event kopiena-error - The release cannot be shown: `detail: { code, message, issues }`, `code` one of `network`, `http`, `timeout`, `parse`, `version`, `schema`, `too-large`, `not-found`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart partnership - The partnership line.
 * @csspart social - A list of social links.
 * @csspart dateline - "Press release, 7 May 2020".
 * @csspart title - The release title (a heading).
 * @csspart summary - The summary of the teaser layout.
 * @csspart place - The place line.
 * @csspart body - The story paragraphs.
 * @csspart label - The heading before a contact block ("Information prepared by:").
 * @csspart contact - A contact block (name, role, organization, phone, e-mail).
 * @csspart name - A contact's name.
 * @csspart role - A contact's role.
 * @csspart organization - A contact's organization (a link to its site when it has one).
 * @csspart phone - A contact's phone link.
 * @csspart email - A contact's e-mail link.
 * @csspart about - The "about" boilerplate of a partner organization.
 * @csspart more - The "Additional information" block.
 * @csspart hashtags - The list of hashtags.
 * @csspart share - The share block.
 * @csspart link - Links inside text.
 * @csspart read-more - The "Read more" link of the teaser layout.
 * @csspart status - Loading, empty and error messages.
 *
 * @cssproperty --kopiena-font-family - Font of the widget (default: the system UI font).
 * @cssproperty --kopiena-font-size - Base font size (default `1rem`).
 * @cssproperty --kopiena-color-text - Text color.
 * @cssproperty --kopiena-color-muted - Secondary text (date line, boilerplate).
 * @cssproperty --kopiena-color-background - Background of the widget.
 * @cssproperty --kopiena-color-surface - Background of quiet blocks and the skeleton.
 * @cssproperty --kopiena-color-border - Rules and borders.
 * @cssproperty --kopiena-color-accent - Links, buttons, focus ring.
 * @cssproperty --kopiena-color-danger - Marks error messages.
 * @cssproperty --kopiena-radius - Corner radius.
 * @cssproperty --kopiena-spacing - Base spacing unit.
 * @cssproperty --kopiena-max-width - Maximum width of the widget (default `44rem`).
 */
export class CommunityRelease extends LitElement {
  static override styles = styles;
  // Declared statically rather than with decorators: the same API, ~0.5 kB
  // less in the script-tag bundle (see README, Size).
  static override properties = {
    src: {},
    feed: { attribute: false },
    release: {},
    layout: { reflect: true },
    href: {},
    share: { type: Boolean },
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeout: { type: Number },
    savedCopy: { type: Boolean, attribute: 'saved-copy' },
  };

  /** URL of the feed, resolved against the page. Widgets naming one URL share one request. */
  src?: string;

  /** A feed object given directly; validated like a fetched one and preferred over `src`. */
  feed?: unknown;

  /** `latest` (the newest release) or a release id. */
  release: string = DEFAULT_RELEASE;

  /** `full` shows the whole release; `teaser` shows title, date, summary and a "Read more" link. */
  layout: 'full' | 'teaser' = DEFAULT_RELEASE_LAYOUT;

  /** Where a teaser links to; `{id}` is replaced by the release id. Also the URL that is shared. */
  href?: string;

  /** Shows the "Share on Facebook" link and the "Copy link" button. */
  share = false;

  /** Level of the release title heading (1–6); other headings follow it. */
  headingLevel = 2;

  /** Milliseconds to wait for the feed before showing a timeout error. */
  timeout = DEFAULT_TIMEOUT;

  /** Keeps the last good feed in this site's localStorage and shows it when the feed cannot be loaded (README, Saved copy). */
  savedCopy = false;

  readonly #locale = new LocaleController(this);
  readonly #feed = new FeedController(this, this.#locale);
  /** Outcome of the last "Copy link": the address is shown to copy by hand when the clipboard refuses. */
  #copied: 'no' | 'yes' | 'refused' = 'no';

  #releaseUrl(release: Release): string | undefined {
    const href = this.href?.replaceAll('{id}', encodeURIComponent(release.id));
    // On the server there is no page to resolve against: the template stays as given.
    if (href) return globalThis.document ? new URL(href, document.baseURI).href : href;
    return globalThis.location?.href;
  }

  async #copyLink(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      this.#copied = 'yes';
    } catch {
      this.#copied = 'refused';
    }
    this.requestUpdate();
  }

  #renderHeading(offset: number, part: string, content: unknown, lang?: string) {
    return renderHeading({ level: this.headingLevel, offset, className: `release__${part}`, part, lang }, content);
  }

  #renderPartnership(resolver: Resolver) {
    const { partnership } = resolver.feed.project;
    if (!partnership) return nothing;
    const text = resolver.shown(partnership);
    return html`<p class="release__partnership" part="partnership" lang=${text.lang ?? nothing}>${text.text}</p>`;
  }

  #renderDateline(release: Release) {
    const date = formatPublished(release.published, this.#locale.value);
    return html`<p class="release__dateline" part="dateline">
      <time datetime=${release.published}>${msg(str`Press release, ${date}`, { id: 'dateline', desc: 'Date line above the title of a press release; the placeholder is the publication date' })}</time>
    </p>`;
  }

  #renderTitle(release: Release, resolver: Resolver, href?: string) {
    const title = resolver.shown(release.title, release);
    const content = href ? html`<a href=${href}>${title.text}</a>` : title.text;
    return this.#renderHeading(0, 'title', content, title.lang);
  }

  #renderPlace(release: Release, resolver: Resolver) {
    if (!release.place) return nothing;
    const place = resolver.shown(release.place, release);
    return html`<p class="release__place" part="place" lang=${place.lang ?? nothing}>${place.text}</p>`;
  }

  #renderBody(release: Release, resolver: Resolver) {
    return html`<div class="release__body" part="body">
      ${(release.body ?? []).map((paragraph) => {
        const text = resolver.shown(paragraph, release);
        return html`<p lang=${text.lang ?? nothing}>${renderInline(text.text)}</p>`;
      })}
    </div>`;
  }

  /**
   * A contact with its label: the release's own wording (`contacts.labels`)
   * when it has one in the reader's language, else the boilerplate; never a
   * label in another language than the widget's.
   */
  #renderContactBlock(
    role: 'inquiries' | 'moreInformation' | 'preparedBy',
    boilerplate: string,
    release: Release,
    resolver: Resolver,
    extra: unknown = nothing
  ) {
    const contact = contactFromFeed(resolver, release.contacts?.[role]);
    if (!contact && extra === nothing) return nothing;
    const own = release.contacts?.labels?.[role];
    const label = own && resolver.shown(own, release);
    return html`<section class="release__contact">
      ${this.#renderHeading(1, 'label', label && !label.lang ? label.text : boilerplate)}
      ${contact ? renderContact(contact, this.#locale.value, 'compact') : nothing}
      ${extra}
    </section>`;
  }

  #renderAbout(release: Release, resolver: Resolver) {
    return (release.about ?? []).map((id) => {
      const about = resolver.organization(id)?.about;
      if (!about) return nothing;
      const text = resolver.shown(about, release);
      return html`<p class="release__about" part="about" lang=${text.lang ?? nothing}>${renderInline(text.text)}</p>`;
    });
  }

  #renderMore(release: Release, resolver: Resolver) {
    const socialOrder = [...new Set([...(release.about ?? []), ...(resolver.feed.project.organizations ?? [])])];
    const extra = html`${renderLinks(release, resolver)} ${renderSocial(resolver, socialOrder)} ${renderHashtags(release, resolver)}`;
    return html`<div part="more">
      ${this.#renderContactBlock('moreInformation', msg('Additional information:', { id: 'label-more-information', desc: 'Label before the contact for more information about a release' }), release, resolver, extra)}
    </div>`;
  }

  #renderShare(release: Release) {
    const url = this.#releaseUrl(release);
    if (!this.share || !url) return nothing;
    return html`<div class="release__share" part="share">
      <a class="release__share-link" href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}" target="_blank" rel="noopener noreferrer">${msg('Share on Facebook', { id: 'share-facebook', desc: 'Link that opens the Facebook share dialog for this release' })}</a>
      <button type="button" @click=${() => this.#copyLink(url)}>${msg('Copy link', { id: 'copy-link', desc: 'Button that copies the address of this release' })}</button>
      <span role="status" class="release__copied">${
        this.#copied === 'yes'
          ? msg('Link copied', { id: 'link-copied', desc: 'Announced after the release address was copied' })
          : this.#copied === 'refused'
            ? html`${msg('Copy this link:', { id: 'copy-by-hand', desc: 'Shown before the release address when the browser refused to copy it' })} <span class="release__url">${url}</span>`
            : ''
      }</span>
    </div>`;
  }

  #renderFull(release: Release, resolver: Resolver) {
    return html`
      ${this.#renderPartnership(resolver)} ${renderSocial(resolver, resolver.feed.project.organizations ?? [])}
      ${this.#renderDateline(release)} ${this.#renderTitle(release, resolver)} ${this.#renderPlace(release, resolver)}
      ${this.#renderBody(release, resolver)}
      ${this.#renderContactBlock('inquiries', msg('For upcoming activities and ways to get involved, contact:', { id: 'label-inquiries', desc: 'Label before the contact person for a release' }), release, resolver)}
      ${this.#renderAbout(release, resolver)} ${this.#renderMore(release, resolver)}
      ${this.#renderContactBlock('preparedBy', msg('Information prepared by:', { id: 'label-prepared-by', desc: 'Label before the author of a press release' }), release, resolver)}
      ${this.#renderShare(release)}
    `;
  }

  #renderTeaser(release: Release, resolver: Resolver) {
    const href = this.href ? this.#releaseUrl(release) : undefined;
    const title = resolver.shown(release.title, release);
    const summary = releaseSummary(release, resolver, 'teaser');
    return html`
      ${this.#renderTitle(release, resolver, href)} ${this.#renderDateline(release)}
      ${summary ? html`<p class="release__summary" part="summary" lang=${summary.lang ?? nothing}>${renderInline(summary.text)}</p>` : nothing}
      ${href ? html`<a part="read-more" class="release__read-more" href=${href}>${msg('Read more', { id: 'read-more', desc: 'Link from a release teaser to the whole release' })}<span class="visually-hidden">: ${title.text}</span></a>` : nothing}
    `;
  }

  protected override render() {
    this.#locale.use();
    return this.#feed.render({
      loading: () => renderSkeleton(this.layout === 'teaser' ? 4 : 12),
      error: (error) => html`<div part="base">${renderError(error)}</div>`,
      ready: (result, failure, savedAt) => {
        const found = this.#feed.release(result, this.release);
        if (!Array.isArray(found)) return found;
        const [release, feed] = found;
        const resolver = new Resolver(feed, this.#locale.value);
        return html`<article part="base" class="release release--${this.layout}" lang=${this.#locale.value}>
          ${renderSavedNote(savedAt, this.#locale.value)} ${renderError(failure)}
          ${release ? (this.layout === 'teaser' ? this.#renderTeaser(release, resolver) : this.#renderFull(release, resolver)) : failure ? nothing : renderEmpty()}
        </article>`;
      },
    });
  }
}

function renderEmpty() {
  return html`<p class="status" part="status" role="status">${msg('There is no news yet.', { id: 'empty-releases', desc: 'Shown when a feed has no releases' })}</p>`;
}

define('community-release', CommunityRelease);

declare global {
  interface HTMLElementTagNameMap {
    'community-release': CommunityRelease;
  }
}
