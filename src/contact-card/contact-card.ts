import { LitElement, html, nothing } from 'lit';
import { msg } from '../i18n/messages.js';
import { FeedError } from '../feed/errors.js';
import { DEFAULT_TIMEOUT } from '../feed/load.js';
import { Resolver, type Text } from '../feed/resolve.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { define } from '../shared/define.js';
import { DEFAULT_CONTACT_LAYOUT } from '../shared/attribute-defaults.js';
import { FeedController } from '../shared/feed-controller.js';
import { renderError, renderSavedNote, renderSkeleton } from '../shared/states.js';
import { contactFromFeed, renderContact, type Contact, type ContactLayout } from '../shared/contact-template.js';
import { styles } from './contact-card.styles.js';

/**
 * A person to contact: name, role, organization, a `tel:` and a `mailto:`
 * link, and a "Save contact" button that downloads a vCard made in the
 * browser. From a kopiena feed (`contact="person-id"`) or fully inline from
 * attributes (`name`, `job-title` or `role`, `organization`, `phone`,
 * `email`), with no feed and no network; attributes override the feed.
 *
 * @summary A person to contact, with tel, mailto and a vCard to save.
 * @tag contact-card
 *
 * @slot - An optional `<script type="application/json">` holding the feed inline.
 *
 * @event kopiena-load - The contact is shown from a feed. `detail: { feed, issues }`.
 * @event kopiena-error - The contact cannot be shown: `detail: { code, message, issues }`; `not-found` for an unknown person id.
 *
 * @csspart base - The wrapper of everything.
 * @csspart contact - The contact block.
 * @csspart name - The person's name.
 * @csspart role - Their role.
 * @csspart organization - Their organization (a link to its site when it has one).
 * @csspart phone - The phone link.
 * @csspart email - The e-mail link.
 * @csspart save - The "Save contact" button.
 * @csspart status - Loading and error messages.
 *
 * @cssproperty --kopiena-font-family - Font of the widget.
 * @cssproperty --kopiena-font-size - Base font size (default `1rem`).
 * @cssproperty --kopiena-color-text - Text color.
 * @cssproperty --kopiena-color-muted - Role and organization.
 * @cssproperty --kopiena-color-background - Background of the card.
 * @cssproperty --kopiena-color-surface - Background of the skeleton.
 * @cssproperty --kopiena-color-border - The card's border.
 * @cssproperty --kopiena-color-accent - Links, the button and the focus ring.
 * @cssproperty --kopiena-color-danger - Marks error messages.
 * @cssproperty --kopiena-radius - Corner radius.
 * @cssproperty --kopiena-spacing - Base spacing unit.
 * @cssproperty --kopiena-max-width - Maximum width of the card.
 */
export class ContactCard extends LitElement {
  static override styles = styles;
  // Declared statically rather than with decorators: the same API, ~0.5 kB
  // less in the script-tag bundle (see README, Size).
  static override properties = {
    src: {},
    feed: { attribute: false },
    contact: {},
    name: {},
    jobTitle: { attribute: 'job-title' },
    roleText: { attribute: 'role' },
    organization: {},
    phone: {},
    email: {},
    layout: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeout: { type: Number },
    savedCopy: { type: Boolean, attribute: 'saved-copy' },
  };

  /** URL of the feed, resolved against the page. */
  src?: string;

  /** A feed object given directly; preferred over `src`. */
  feed?: unknown;

  /** The id of a person in the feed's `people`. */
  contact?: string;

  /** The person's name (overrides the feed). */
  name?: string;

  /** Their role or job title (overrides the feed). */
  jobTitle?: string;

  /**
   * The same as `job-title`, under the attribute name of the feed format. On
   * the host it is also an ARIA role, which a job title is not: prefer `job-title`.
   */
  roleText?: string;

  /** Their organization (overrides the feed). */
  organization?: string;

  /** Their phone number as it should be shown; the `tel:` link keeps `+` and digits (overrides the feed). */
  phone?: string;

  /** Their e-mail address (overrides the feed). */
  email?: string;

  /** `full` (a card with the name as a heading and "Save contact") or `compact` (one paragraph). */
  layout: ContactLayout = DEFAULT_CONTACT_LAYOUT;

  /** Level of the name heading in the full layout. */
  headingLevel = 2;

  /** Milliseconds to wait for the feed. */
  timeout = DEFAULT_TIMEOUT;

  /** Keeps the last good feed in this site's localStorage and shows it when the feed cannot be loaded (README, Saved copy). */
  savedCopy = false;

  readonly #locale = new LocaleController(this);
  readonly #feed = new FeedController(this, this.#locale);

  /** True when the card gets a feed at all; inline attributes alone need none. */
  get #hasFeed(): boolean {
    return (
      this.src !== undefined ||
      this.feed !== undefined ||
      (typeof this.querySelector === 'function' && this.querySelector(':scope > script[type="application/json"]') !== null)
    );
  }

  /** The attributes' own text: in no particular language, so never marked. */
  #own(text: string | undefined): Text | undefined {
    return text ? { text, lang: '' } : undefined;
  }

  /** Feed values with every given attribute on top. */
  #merge(base?: Contact): Contact | undefined {
    const name = this.name ?? base?.name;
    if (!name) return undefined;
    const organization = this.#own(this.organization);
    return {
      name,
      nameLang: this.name ? undefined : base?.nameLang,
      role: this.#own(this.jobTitle ?? this.roleText) ?? base?.role,
      organization: organization ? { name: organization, url: base?.organization?.url } : base?.organization,
      phone: this.phone ?? base?.phone,
      email: this.email ?? base?.email,
    };
  }

  async #save(contact: Contact) {
    // The vCard writer and its download are a chunk of their own, fetched on the first click: most readers never save a contact.
    (await import('./vcard.js')).saveVCard(contact);
  }

  /** `failure`: a later load failed; the card it had stays, with the reason above it. */
  #renderCard(contact: Contact, failure?: FeedError, savedAt?: string) {
    return html`<div part="base" class="card card--${this.layout}" lang=${this.#locale.value}>
      ${renderSavedNote(savedAt, this.#locale.value)} ${renderError(failure)}
      ${renderContact(contact, this.#locale.value, this.layout, this.headingLevel)}
      ${
        this.layout === 'full'
          ? html`<button type="button" part="save" @click=${() => this.#save(contact)}>${msg('Save contact', { id: 'save-contact', desc: 'Button that downloads the contact as a vCard file' })}</button>`
          : nothing
      }
    </div>`;
  }

  protected override render() {
    this.#locale.use();
    if (!this.#hasFeed) {
      // Attributes alone: nothing to load, so nothing to announce.
      if (!this.#locale.ready) return renderSkeleton(3);
      const inline = this.#merge();
      return inline ? this.#renderCard(inline) : nothing;
    }
    return this.#feed.render({
      loading: () => renderSkeleton(3),
      error: (error) => {
        const headline =
          error.code === 'not-found'
            ? msg('The contact was not found.', { id: 'error-contact-not-found', desc: 'Error shown when the person id is not in the feed' })
            : undefined;
        return html`<div part="base">${renderError(error, headline)}</div>`;
      },
      ready: (result, failure, savedAt) => {
        const found = this.#merge(contactFromFeed(new Resolver(result.feed, this.#locale.value), this.contact));
        if (found) return this.#renderCard(found, failure, savedAt);
        return failure ?? new FeedError('not-found', `The feed has no person "${this.contact ?? ''}".`);
      },
    });
  }
}

define('contact-card', ContactCard);

declare global {
  interface HTMLElementTagNameMap {
    'contact-card': ContactCard;
  }
}
