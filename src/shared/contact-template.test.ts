import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { Resolver } from '../feed/resolve.js';
import { validateFeed } from '../feed/validate.js';
import { smallFeed } from '../../test/fixtures/feeds.js';
import { contactFromFeed, renderContact, type Contact } from './contact-template.js';

function rendered(template: unknown): HTMLDivElement {
  const holder = document.createElement('div');
  render(template, holder);
  return holder;
}
const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const anna: Contact = {
  name: 'Anna',
  role: { text: 'koordinatore', lang: 'lv' },
  organization: { name: { text: 'Org', lang: '' }, url: 'https://example.org/' },
  phone: '+371 20 000 000',
  email: 'anna@example.org',
};

describe('contact template', () => {
  it('takes a person from the feed in the reader’s language, with the short name of the organization', () => {
    const { feed } = validateFeed(smallFeed());
    const contact = contactFromFeed(new Resolver(feed, 'en'), 'anna-berzina')!;
    expect(contact.name).to.equal('Anna Bērziņa');
    expect(contact.role?.text).to.equal('coordinator');
    expect(contact.organization?.name.text).to.equal('OA');
    expect(contactFromFeed(new Resolver(feed, 'en'), 'nobody')).to.equal(undefined);
    expect(contactFromFeed(new Resolver(feed, 'en'), undefined)).to.equal(undefined);
  });

  it('links phone and e-mail with clean tel: and mailto: hrefs, in both layouts', () => {
    for (const layout of ['full', 'compact'] as const) {
      const holder = rendered(renderContact(anna, 'en', layout));
      expect(holder.querySelector('[part="phone"]')!.getAttribute('href')).to.equal('tel:+37120000000');
      expect(holder.querySelector('[part="email"]')!.getAttribute('href')).to.equal('mailto:anna@example.org');
      expect(holder.querySelector('[part="organization"]')!.getAttribute('href')).to.equal('https://example.org/');
      expect(text(holder)).to.include('Phone: +371 20 000 000');
    }
  });

  it('marks a role in another language than the page’s with lang, and not one in the same', () => {
    expect(
      rendered(renderContact(anna, 'en', 'compact'))
        .querySelector('[part="role"] span')!
        .getAttribute('lang')
    ).to.equal('lv');
    expect(
      rendered(renderContact(anna, 'lv', 'compact'))
        .querySelector('[part="role"] span')!
        .hasAttribute('lang')
    ).to.equal(false);
  });

  it('the full layout names the person with a heading at the asked level, else a paragraph; compact is one paragraph', () => {
    expect(rendered(renderContact(anna, 'en', 'full', 4)).querySelector('[part="name"]')!.localName).to.equal('h4');
    expect(rendered(renderContact(anna, 'en', 'full')).querySelector('[part="name"]')!.localName).to.equal('p');
    const compact = rendered(renderContact(anna, 'en', 'compact'));
    expect(compact.querySelectorAll('p')).to.have.length(1);
    expect(text(compact)).to.match(/^Anna, koordinatore, Org Phone:/);
  });

  it('leaves out what the contact lacks, and refuses an unsafe organization URL', () => {
    const holder = rendered(
      renderContact({ name: 'Solo', organization: { name: { text: 'Org', lang: '' }, url: 'javascript:alert(1)' } }, 'en', 'full')
    );
    expect(holder.querySelector('[part="phone"], [part="email"], [part="role"]')).to.equal(null);
    expect(holder.querySelector('[part="organization"]')!.localName).to.equal('span');
    expect(holder.querySelector('a')).to.equal(null);
  });
});
