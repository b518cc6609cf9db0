import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './contact-card.js';
import type { ContactCard } from './contact-card.js';
import { nextEvent, seedFeed, shadow, shadowText } from '../../test/helpers.js';

async function card(template: ReturnType<typeof html>, waitFor?: 'kopiena-load' | 'kopiena-error') {
  const holder = await fixture<HTMLDivElement>(html`<div lang="lv"></div>`);
  const element = document.createElement('div');
  holder.append(element);
  const { render } = await import('lit');
  render(template, element);
  const cardElement = element.querySelector('contact-card') as ContactCard;
  if (waitFor) await nextEvent(cardElement, waitFor);
  await cardElement.updateComplete;
  await waitUntil(() => !shadow(cardElement).querySelector('[aria-busy]'), 'the card never left its skeleton');
  return cardElement;
}

const part = (element: Element, name: string) => shadow(element).querySelector(`[part~="${name}"]`);

describe('<contact-card>', () => {
  it('renders fully inline from attributes, with no feed and no network', async () => {
    const element = await card(
      html`<contact-card name="Anna Bērziņa" job-title="koordinatore" organization="IIC" phone="+371 20 000 000" email="anna@example.org"></contact-card>`
    );
    expect(part(element, 'name')?.textContent).to.equal('Anna Bērziņa');
    expect(part(element, 'role')?.textContent).to.equal('koordinatore');
    expect(part(element, 'organization')?.textContent).to.equal('IIC');
    expect(part(element, 'phone')?.getAttribute('href')).to.equal('tel:+37120000000');
    expect(part(element, 'phone')?.textContent).to.equal('+371 20 000 000');
    expect(part(element, 'email')?.getAttribute('href')).to.equal('mailto:anna@example.org');
    expect(shadowText(element)).to.contain('Tālrunis');
    expect(part(element, 'save')?.textContent).to.equal('Saglabāt kontaktu');
    expect(shadow(element).querySelector('[role="status"]')).to.equal(null);
  });

  it('also takes the role from the feed format’s `role` attribute', async () => {
    const element = await card(html`<contact-card name="Anna" role="koordinatore"></contact-card>`);
    expect(part(element, 'role')?.textContent).to.equal('koordinatore');
  });

  it('shows a person of the feed by id, localized, with the organization linked', async () => {
    const feed = await seedFeed();
    const element = await card(html`<contact-card lang="en" contact="arvita-juksa" .feed=${feed}></contact-card>`);
    expect(part(element, 'name')?.textContent).to.equal('Arvita Jukša');
    expect(part(element, 'role')?.textContent).to.contain('local community coordinator');
    expect(part(element, 'organization')?.getAttribute('href')).to.equal('http://iic.lv/');
    expect(part(element, 'phone')?.getAttribute('href')).to.equal('tel:+37126825598');
    expect(part(element, 'save')?.textContent).to.equal('Save contact');
  });

  it("shows the name the feed gives for the reader's language, and marks a name in another language", async () => {
    const feed = await seedFeed();
    const ru = await card(html`<contact-card lang="ru" contact="arvita-juksa" .feed=${feed}></contact-card>`);
    expect(part(ru, 'name')?.textContent).to.equal('Арвита Юкша');
    expect(part(ru, 'name')?.hasAttribute('lang')).to.equal(false);
    const en = await card(html`<contact-card lang="en" contact="arvita-juksa" .feed=${feed}></contact-card>`);
    expect(part(en, 'name')?.getAttribute('lang')).to.equal('lv');
    const named = await card(html`<contact-card lang="en" contact="arvita-juksa" name="A. Jukša" .feed=${feed}></contact-card>`);
    expect(part(named, 'name')?.textContent).to.equal('A. Jukša');
    expect(part(named, 'name')?.hasAttribute('lang')).to.equal(false);
  });

  it('lets attributes override the feed', async () => {
    const feed = await seedFeed();
    const element = await card(html`<contact-card lang="en" contact="arvita-juksa" phone="+371 11 111 111" .feed=${feed}></contact-card>`);
    expect(part(element, 'phone')?.textContent).to.equal('+371 11 111 111');
    expect(part(element, 'email')?.textContent).to.equal('arvita.juksa@inbox.lv');
  });

  it('renders the name as a heading at heading-level in the full layout, a paragraph in compact', async () => {
    const full = await card(html`<contact-card name="Anna" heading-level="4"></contact-card>`);
    expect(shadow(full).querySelector('h4[part="name"]')?.textContent).to.equal('Anna');
    const compact = await card(html`<contact-card name="Anna" layout="compact"></contact-card>`);
    expect(shadow(compact).querySelector('p [part="name"]')?.textContent).to.equal('Anna');
    expect(part(compact, 'save')).to.equal(null);
  });

  it('shows an invalid phone or e-mail as text, not as a link', async () => {
    const element = await card(html`<contact-card name="Anna" phone="call the office" email="anna at example"></contact-card>`);
    expect(shadow(element).querySelectorAll('a')).to.have.length(0);
    expect(shadowText(element)).to.contain('call the office');
    expect(shadowText(element)).to.contain('anna at example');
  });

  it('says the contact was not found and fires kopiena-error not-found for an unknown id', async () => {
    const feed = await seedFeed();
    const element = await card(html`<contact-card lang="en" contact="nobody" .feed=${feed}></contact-card>`, 'kopiena-error');
    expect(shadowText(element)).to.equal('The contact was not found.');
    const lv = await card(html`<contact-card contact="nobody" .feed=${feed}></contact-card>`);
    expect(shadowText(lv)).to.equal('Kontakts nav atrasts.');
  });

  it('downloads a vCard named after the person when Save contact is pressed with the keyboard', async () => {
    const feed = await seedFeed();
    const element = await card(html`<contact-card lang="en" contact="arvita-juksa" .feed=${feed}></contact-card>`);
    const saved: Array<{ name: string; text: Promise<string> }> = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    let blob: Blob | undefined;
    URL.createObjectURL = (object: Blob | MediaSource) => ((blob = object as Blob), 'blob:test');
    // The download link is never in the page: capture its activation instead of a real download.
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download && this.href === 'blob:test') saved.push({ name: this.download, text: blob!.text() });
    };
    try {
      (part(element, 'save') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Space' });
      // The vCard writer arrives as its own chunk on the first press.
      await waitUntil(() => saved.length === 2, 'two vCards saved');
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved.map((file) => file.name)).to.deep.equal(['Arvita Jukša.vcf', 'Arvita Jukša.vcf']);
    const text = await saved[0].text;
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Arvita Jukša\r\n')).to.equal(true);
    expect(blob?.type).to.equal('text/vcard;charset=utf-8');
  });

  it('has no axe violations (full and compact, feed and inline)', async () => {
    const feed = await seedFeed();
    await expect(await card(html`<contact-card contact="arvita-juksa" .feed=${feed}></contact-card>`)).to.be.accessible();
    await expect(
      await card(html`<contact-card layout="compact" name="Anna" job-title="koordinatore" phone="+371 20000000"></contact-card>`)
    ).to.be.accessible();
  });
});
