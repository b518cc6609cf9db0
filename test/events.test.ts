/**
 * kopiena-load and kopiena-error fire once per outcome: counted, for every
 * element, over re-renders, locale changes and source changes.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import type { FeedErrorCode } from '../src/feed/errors.js';
import { smallFeed } from './fixtures/feeds.js';
import { freshUrl, testServer } from './helpers.js';

type Tag = 'community-release' | 'activity-timeline' | 'contact-card';
type KopienaElement = LitElement & { src?: string; feed?: unknown; release?: string; contact?: string; timeout: number };
interface Heard {
  type: 'kopiena-load' | 'kopiena-error';
  code?: FeedErrorCode;
  message?: string;
}

const tags: Tag[] = ['community-release', 'activity-timeline', 'contact-card'];

/** Creates `tag`, listens before it connects, then connects it. */
async function mount(tag: Tag, setup: (element: KopienaElement) => void) {
  const element = document.createElement(tag) as unknown as KopienaElement;
  const heard: Heard[] = [];
  element.addEventListener('kopiena-load', () => heard.push({ type: 'kopiena-load' }));
  element.addEventListener('kopiena-error', (event) => heard.push({ type: 'kopiena-error', code: event.detail.code, message: event.detail.message }));
  if (tag === 'contact-card') element.contact = 'anna-berzina';
  setup(element);
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(element);
  return { element, heard };
}

async function firstEvent(heard: Heard[]) {
  await waitUntil(() => heard.length > 0, 'no kopiena event fired');
}

/** Re-renders `times` times, each one finished (events fire synchronously after each update). */
async function rerender(element: LitElement, times = 3) {
  for (let index = 0; index < times; index++) {
    element.requestUpdate();
    await element.updateComplete;
  }
}

const manyReleases = () => {
  const feed = smallFeed();
  return { ...feed, releases: Array.from({ length: 10_001 }, (_, index) => ({ ...feed.releases[0], id: `r-${index}` })) };
};

const failures: Array<{ code: FeedErrorCode; setup: (element: KopienaElement) => void }> = [
  { code: 'http', setup: (element) => (element.src = testServer.status(503)) },
  { code: 'network', setup: (element) => (element.src = 'http://[invalid') },
  {
    code: 'timeout',
    setup: (element) => {
      element.timeout = 150;
      element.src = testServer.slow(3000);
    },
  },
  { code: 'parse', setup: (element) => (element.src = testServer.body('{"version": 1,, }')) },
  { code: 'version', setup: (element) => (element.feed = { ...smallFeed(), version: 2 }) },
  { code: 'schema', setup: (element) => (element.feed = { ...smallFeed(), project: 5 }) },
  { code: 'too-large', setup: (element) => (element.feed = manyReleases()) },
];

for (const tag of tags) {
  describe(`${tag} events`, () => {
    it('fires kopiena-load once, however often it re-renders', async () => {
      const { element, heard } = await mount(tag, (element) => (element.feed = smallFeed()));
      await firstEvent(heard);
      await rerender(element);
      expect(heard).to.deep.equal([{ type: 'kopiena-load' }]);
    });

    it('fires kopiena-load once for a fetched feed', async () => {
      const { element, heard } = await mount(tag, (element) => (element.src = testServer.body(JSON.stringify(smallFeed()))));
      await firstEvent(heard);
      await rerender(element);
      expect(heard).to.deep.equal([{ type: 'kopiena-load' }]);
    });

    for (const { code, setup } of failures) {
      it(`fires kopiena-error ${code} once, however often it re-renders`, async () => {
        const { element, heard } = await mount(tag, setup);
        await firstEvent(heard);
        await rerender(element);
        expect(heard.map(({ type, code }) => ({ type, code }))).to.deep.equal([{ type: 'kopiena-error', code }]);
      });
    }

    it('fires kopiena-error not-found once although the error is built anew in each render', async () => {
      const { element, heard } = await mount(tag, (element) => {
        element.feed = smallFeed();
        if (tag === 'contact-card') element.contact = 'nobody';
        else element.release = 'no-such-release';
      });
      await firstEvent(heard);
      await rerender(element, 4);
      expect(heard.map(({ type, code }) => ({ type, code }))).to.deep.equal([{ type: 'kopiena-error', code: 'not-found' }]);
    });

    it('fires nothing more when the locale changes', async () => {
      const { element, heard } = await mount(tag, (element) => {
        element.lang = 'lv';
        element.feed = smallFeed();
      });
      await firstEvent(heard);
      const base = () => element.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang');
      for (const lang of ['en', 'ru', 'lv']) {
        element.lang = lang;
        await waitUntil(() => base() === lang, `never rendered in ${lang}`);
        await rerender(element, 2);
      }
      expect(heard).to.deep.equal([{ type: 'kopiena-load' }]);
    });

    it('fires again for a new source, and for the old one given back', async () => {
      const first = testServer.body(JSON.stringify(smallFeed()));
      const { element, heard } = await mount(tag, (element) => (element.src = first));
      await firstEvent(heard);
      element.src = testServer.status(500);
      await waitUntil(() => heard.length === 2, 'no event for the failing source');
      element.src = first; // answered from the loader's cache: the same feed object
      await waitUntil(() => heard.length === 3, 'no event for the first source given back');
      await rerender(element);
      expect(heard.map(({ type, code }) => ({ type, code }))).to.deep.equal([
        { type: 'kopiena-load', code: undefined },
        { type: 'kopiena-error', code: 'http' },
        { type: 'kopiena-load', code: undefined },
      ]);
    });

    it('fires again for a new .feed object, not for the same one set again', async () => {
      const feed = smallFeed();
      const { element, heard } = await mount(tag, (element) => (element.feed = feed));
      await firstEvent(heard);
      element.feed = feed;
      await rerender(element);
      element.feed = smallFeed();
      await waitUntil(() => heard.length === 2, 'no event for the new feed');
      await rerender(element);
      expect(heard.map(({ type }) => type)).to.deep.equal(['kopiena-load', 'kopiena-load']);
    });
  });
}

describe('events for what is asked of a loaded feed', () => {
  it('community-release: a found release after a missing one fires kopiena-load; another missing id fires again', async () => {
    const { element, heard } = await mount('community-release', (element) => {
      element.feed = smallFeed();
      element.release = 'missing-1';
    });
    await firstEvent(heard);
    element.release = 'older';
    await waitUntil(() => heard.length === 2, 'no event for the found release');
    element.release = 'missing-2';
    await waitUntil(() => heard.length === 3, 'no event for the second missing release');
    await rerender(element);
    expect(heard.map(({ type, message }) => [type, message])).to.deep.equal([
      ['kopiena-error', 'The feed has no release "missing-1".'],
      ['kopiena-load', undefined],
      ['kopiena-error', 'The feed has no release "missing-2".'],
    ]);
  });

  it('activity-timeline: "Show more" and filters fire nothing', async () => {
    const feed = smallFeed();
    feed.releases[1].activities = Array.from({ length: 5 }, (_, index) => ({
      id: `a-${index}`,
      when: `2020-04-0${index + 1}`,
      title: `Activity ${index}`,
      participants: 1,
    }));
    const { element, heard } = await mount('activity-timeline', (element) => {
      element.feed = feed;
      (element as unknown as { limit: number }).limit = 2;
    });
    await firstEvent(heard);
    element.shadowRoot?.querySelector<HTMLButtonElement>('[part="more"]')?.click();
    await element.updateComplete;
    (element as unknown as { order: string }).order = 'asc';
    await element.updateComplete;
    expect(element.shadowRoot?.querySelectorAll('[part="item"]').length).to.equal(2);
    expect(heard).to.deep.equal([{ type: 'kopiena-load' }]);
  });

  it('contact-card: a card from attributes alone has no feed, so it announces nothing', async () => {
    const { element, heard } = await mount('contact-card', (element) => {
      element.contact = undefined;
      element.setAttribute('name', 'Jānis Bērziņš');
    });
    await rerender(element);
    expect(element.shadowRoot?.textContent).to.include('Jānis Bērziņš');
    expect(heard).to.deep.equal([]);
  });
});

describe('events with a failed reload', () => {
  it('keeps the last feed on screen, shows and announces the failure once', async () => {
    const { element, heard } = await mount('community-release', (element) => (element.src = testServer.body(JSON.stringify(smallFeed()))));
    await firstEvent(heard);
    element.src = freshUrl('/__test/status/503');
    await waitUntil(() => heard.length === 2, 'no event for the failed reload');
    await rerender(element);
    expect(element.shadowRoot?.querySelector('[part="title"]')?.textContent).to.include('Newer news');
    expect(element.shadowRoot?.querySelector('[part="status"]')?.getAttribute('data-code')).to.equal('http');
    expect(heard.map(({ type, code }) => ({ type, code }))).to.deep.equal([
      { type: 'kopiena-load', code: undefined },
      { type: 'kopiena-error', code: 'http' },
    ]);
  });
});
