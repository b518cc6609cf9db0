/**
 * How a person is shown: one template for `<contact-card>` and for the
 * contacts inside `<community-release>`, so the two never drift apart.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderHeading } from './heading.js';
import { msg } from '../i18n/messages.js';
import { foreignLang, type Resolver, type Text } from '../feed/resolve.js';
import { mailtoHref, safeUrl, telHref } from '../feed/safe-url.js';

export interface Contact {
  /** In the reader's language when the feed gives the name per language. */
  name: string;
  /** `lang` of the name when it is written in another language than the reader's. */
  nameLang?: string;
  role?: Text;
  organization?: { name: Text; url?: string };
  /** As written; the `tel:` link keeps only `+` and digits. */
  phone?: string;
  email?: string;
}

export type ContactLayout = 'compact' | 'full';

/** The contact for a person id of the feed, or undefined when there is none. */
export function contactFromFeed(resolver: Resolver, personId: string | undefined): Contact | undefined {
  const person = resolver.person(personId);
  if (!person) return undefined;
  const organization = resolver.organization(person.organization);
  const name = resolver.shown(person.name);
  return {
    name: name.text,
    nameLang: name.lang,
    role: person.role === undefined ? undefined : resolver.text(person.role),
    organization: organization && {
      name: organization.shortName ? { text: organization.shortName, lang: '' } : resolver.text(organization.name),
      url: organization.url,
    },
    phone: person.phone,
    email: person.email,
  };
}

// Text in no particular language (lang '', from an attribute) is never marked: foreignLang gives its '' back.
const inLang = (text: Text, locale: string) => html`<span lang=${foreignLang(text, locale) || nothing}>${text.text}</span>`;

function link(href: string | undefined, label: string, part: string): TemplateResult | string {
  return href ? html`<a part=${part} href=${href}>${label}</a>` : label;
}

function renderOrganization(organization: NonNullable<Contact['organization']>, locale: string) {
  const name = inLang(organization.name, locale);
  const url = organization.url && safeUrl(organization.url);
  return url ? html`<a part="organization" href=${url} rel="noopener noreferrer">${name}</a>` : html`<span part="organization">${name}</span>`;
}

function renderReach(contact: Contact) {
  const phone = contact.phone
    ? html`<span class="contact__phone">${msg('Phone', { id: 'label-phone', desc: 'Label before a phone number' })}: ${link(telHref(contact.phone), contact.phone, 'phone')}</span>`
    : nothing;
  const email = contact.email
    ? html`<span class="contact__email">${msg('E-mail', { id: 'label-email', desc: 'Label before an e-mail address' })}: ${link(mailtoHref(contact.email), contact.email, 'email')}</span>`
    : nothing;
  return [phone, email];
}

/** A person's name, role, organization, phone and e-mail; in the full layout the name may be a heading. */
export function renderContact(contact: Contact, locale: string, layout: ContactLayout = 'full', headingLevel?: number): TemplateResult {
  const role = contact.role && inLang(contact.role, locale);
  if (layout === 'compact') {
    return html`<p class="contact contact--compact" part="contact">
      <span class="contact__name" part="name" lang=${contact.nameLang ?? nothing}>${contact.name}</span>${role ? html`, <span part="role">${role}</span>` : nothing}${contact.organization ? html`, ${renderOrganization(contact.organization, locale)}` : nothing}
      <span class="contact__reach">${renderReach(contact)}</span>
    </p>`;
  }
  return html`<div class="contact contact--full" part="contact">
    ${
      headingLevel !== undefined
        ? renderHeading({ level: headingLevel, className: 'contact__name', part: 'name', lang: contact.nameLang }, contact.name)
        : html`<p class="contact__name" part="name" lang=${contact.nameLang ?? nothing}>${contact.name}</p>`
    }
    ${role ? html`<p class="contact__role" part="role">${role}</p>` : nothing}
    ${contact.organization ? html`<p class="contact__organization">${renderOrganization(contact.organization, locale)}</p>` : nothing}
    <p class="contact__reach">${renderReach(contact)}</p>
  </div>`;
}
