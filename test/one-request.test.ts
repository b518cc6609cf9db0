import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { freshUrl, nextEvent, requestsTo } from './helpers.js';

describe('one feed, one request', () => {
  it('makes one request for six widgets of three kinds on one src', async () => {
    const url = freshUrl('/test/fixtures/feed.json');
    const holder = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const elements = [
      Object.assign(document.createElement('community-release'), { src: url }),
      Object.assign(document.createElement('community-release'), { src: url, layout: 'teaser' as const }),
      Object.assign(document.createElement('activity-timeline'), { src: url }),
      Object.assign(document.createElement('activity-timeline'), { src: url, order: 'asc' as const }),
      Object.assign(document.createElement('contact-card'), { src: url, contact: 'arvita-juksa' }),
      Object.assign(document.createElement('contact-card'), { src: url, contact: 'kristine-liepina' }),
    ];
    const loaded = elements.map((element) => nextEvent(element, 'kopiena-load'));
    holder.append(...elements);
    const events = await Promise.all(loaded);
    expect(requestsTo(url)).to.equal(1);
    // One parsed feed, shared: every widget got the very same object.
    expect(new Set(events.map((event) => event.detail.feed)).size).to.equal(1);
  });
});
