/**
 * The kit (src/index.ts) defines `<release-list>` only when the page shows
 * one, and only then fetches its module: a page without a list never
 * downloads it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { smallFeed } from './fixtures/feeds.js';
import { shadow } from './helpers.js';

const fetched = () => performance.getEntriesByType('resource').some((entry) => /\/release-list\.ts\b/.test(entry.name));

describe('<release-list> in the kit', () => {
  it('is fetched and defined when a list first appears in the page, and shows its feed', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div><p>No list yet.</p></div>`);
    holder.append(document.createElement('p'));
    // Mutations without a list: nothing is fetched.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(fetched()).to.equal(false);
    expect(customElements.get('release-list')).to.equal(undefined);

    const list = document.createElement('release-list');
    // Set before the element is defined: Lit takes it over when the element upgrades.
    Object.assign(list, { feed: smallFeed(), lang: 'en' });
    const wrapper = document.createElement('section');
    wrapper.append(list);
    holder.append(wrapper);
    await customElements.whenDefined('release-list');
    expect(fetched()).to.equal(true);
    await waitUntil(() => shadow(list).querySelector('[part~="title"]'), 'the list showed nothing');
    const titles = [...shadow(list).querySelectorAll('[part~="title"]')].map((title) => title.textContent?.trim());
    expect(titles).to.deep.equal(['Newer news', 'Older news']);
  });
});
