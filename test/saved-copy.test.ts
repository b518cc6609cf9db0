/**
 * `saved-copy`: the last good feed in localStorage, shown at once on the next
 * visit and kept on screen, with a quiet note, when the feed host is down,
 * slow or broken. A stored copy is validated like a feed, never trusted.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import type { KopienaErrorDetail, KopienaLoadDetail } from '../src/shared/events.js';
import { readSavedCopy, saveCopy } from '../src/feed/saved-copy.js';
import { smallFeed } from './fixtures/feeds.js';
import { freshUrl, shadowText, testServer } from './helpers.js';

type Heard = { type: 'kopiena-load'; detail: KopienaLoadDetail } | { type: 'kopiena-error'; detail: KopienaErrorDetail };

const DAY = 86_400_000;
const keyOf = (url: string) => `kopiena:saved:${url}`;
/** The title of the newest release of `smallFeed()` in English. */
const SAVED_TITLE = 'Newer news';
const dateOf = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso));

function store(url: string, savedAt: string, text = JSON.stringify(smallFeed())) {
  localStorage.setItem(keyOf(url), JSON.stringify({ savedAt, text }));
}

async function mount(src: string, { saved = true, timeout = 2000, tag = 'community-release' } = {}) {
  const element = document.createElement(tag) as LitElement & { src: string; timeout: number };
  const heard: Heard[] = [];
  element.addEventListener('kopiena-load', (event) => heard.push({ type: 'kopiena-load', detail: event.detail }));
  element.addEventListener('kopiena-error', (event) => heard.push({ type: 'kopiena-error', detail: event.detail }));
  element.lang = 'en';
  element.toggleAttribute('saved-copy', saved);
  element.timeout = timeout;
  element.src = src;
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(element);
  return { element, heard };
}

const settled = (heard: Heard[]) => waitUntil(() => heard.length > 0, 'no kopiena event fired', { timeout: 4000 });

describe('saved-copy', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('kopiena:saved:')) localStorage.removeItem(key);
  });

  it('keeps the last good feed under kopiena:saved:<absolute url>, with when it was saved', async () => {
    const url = freshUrl('/test/fixtures/feed.json');
    const before = Date.now();
    const { heard } = await mount(url);
    await settled(heard);
    await waitUntil(() => localStorage.getItem(keyOf(url)) !== null, 'nothing was saved');
    const entry = JSON.parse(localStorage.getItem(keyOf(url))!) as { savedAt: string; text: string };
    expect(Date.parse(entry.savedAt)).to.be.within(before - 1000, Date.now() + 1000);
    expect(JSON.parse(entry.text).project.id).to.equal('darbigas-kopienas');
    expect(heard.map((event) => event.type)).to.deep.equal(['kopiena-load']);
    expect((heard[0].detail as KopienaLoadDetail).stale).to.equal(undefined);
  });

  it('stores nothing without the attribute', async () => {
    const url = freshUrl('/test/fixtures/feed.json');
    const { heard } = await mount(url, { saved: false });
    await settled(heard);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('kopiena:'))).to.deep.equal([]);
  });

  const failures: Array<[string, () => string]> = [
    ['the host is down', () => `http://127.0.0.1:9/feed.json?t=${Math.random()}`],
    ['the host answers 500', () => testServer.status(500)],
    ['the host answers HTML', () => testServer.body('<!doctype html><title>Oops</title><p>Server error', 'text/html')],
    ['the host is too slow (timeout)', () => testServer.slow(3000)],
  ];
  for (const [what, urlOf] of failures) {
    it(`shows the saved copy with a note and fires kopiena-load with stale when ${what}`, async () => {
      const url = urlOf();
      const savedAt = new Date(Date.now() - 3 * DAY).toISOString();
      store(url, savedAt);
      const { element, heard } = await mount(url, { timeout: 500 });
      await settled(heard);
      expect(heard.map((event) => event.type)).to.deep.equal(['kopiena-load']);
      const detail = heard[0].detail as KopienaLoadDetail;
      expect(detail.stale).to.equal(true);
      expect(detail.savedAt).to.equal(savedAt);
      expect(detail.feed.project.id).to.equal('test-project');
      const text = shadowText(element);
      expect(text).to.contain(SAVED_TITLE);
      expect(text).to.contain(`Shown from a saved copy of ${dateOf(savedAt)}`);
      expect(element.shadowRoot!.querySelector('[data-code]')).to.equal(null);
    });
  }

  it('shows the saved copy while a slow feed loads, long before it answers, then the fresh feed without the note', async () => {
    const url = testServer.slow(600); // answers {"version":1}: invalid, so the copy stays
    store(url, new Date(Date.now() - DAY).toISOString());
    const started = performance.now();
    const { element, heard } = await mount(url, { timeout: 3000 });
    // The saved copy's code is a chunk of its own, requested at the same time as the feed.
    await waitUntil(() => shadowText(element).includes(SAVED_TITLE), 'the saved copy never showed', { timeout: 500 });
    await (element as LitElement).updateComplete;
    expect(performance.now() - started).to.be.below(600);
    expect(heard).to.deep.equal([]);
    expect(shadowText(element)).to.contain(SAVED_TITLE);
    expect(shadowText(element)).to.contain('Shown from a saved copy of');

    const fresh = freshUrl('/test/fixtures/feed.json');
    store(fresh, new Date(Date.now() - DAY).toISOString());
    const second = await mount(fresh);
    await settled(second.heard);
    expect(shadowText(second.element)).not.to.contain('Shown from a saved copy');
    expect(shadowText(second.element)).not.to.contain(SAVED_TITLE);
    expect((second.heard[0].detail as KopienaLoadDetail).stale).to.equal(undefined);
  });

  it('shows the saved copy in the timeline and the contact card too, with the note in the reader’s language', async () => {
    const url = testServer.status(503);
    const savedAt = '2026-03-03T10:00:00.000Z';
    const now = Date.parse('2026-03-10T00:00:00Z');
    const realNow = Date.now;
    Date.now = () => now;
    try {
      store(url, savedAt);
      const timeline = await mount(url, { tag: 'activity-timeline' });
      const card = await mount(url, { tag: 'contact-card' });
      card.element.setAttribute('contact', 'anna-berzina');
      const lv = await mount(url);
      lv.element.lang = 'lv';
      await Promise.all([settled(timeline.heard), settled(card.heard), settled(lv.heard)]);
      await waitUntil(() => shadowText(lv.element).includes('Parādīta saglabātā kopija'), 'no Latvian note');
      expect(shadowText(timeline.element)).to.contain('Shown from a saved copy of 3 March 2026');
      expect(shadowText(timeline.element)).to.contain('Vebinārs');
      expect(shadowText(card.element)).to.contain('Anna Bērziņa');
      expect(shadowText(lv.element)).to.contain('Parādīta saglabātā kopija no 03.03.2026.');
    } finally {
      Date.now = realNow;
    }
  });

  it('does not show a copy older than 30 days, or one dated in the future', async () => {
    for (const savedAt of [new Date(Date.now() - 31 * DAY).toISOString(), new Date(Date.now() + DAY).toISOString()]) {
      const url = testServer.status(500);
      store(url, savedAt);
      const { element, heard } = await mount(url);
      await settled(heard);
      expect(heard.map((event) => event.type)).to.deep.equal(['kopiena-error']);
      expect(shadowText(element)).not.to.contain(SAVED_TITLE);
    }
  });

  it('ignores a corrupt, foreign or tampered copy: validated like a feed, never trusted', async () => {
    const tampered = smallFeed() as Record<string, unknown> & { releases: Array<Record<string, unknown>> };
    tampered.releases[1].title = '<img src=x onerror="window.__pwned=1">Tampered';
    tampered.releases[1].body = ['[Click](javascript:window.__pwned=1) <script>window.__pwned=1</script>'];
    const entries = [
      'not json at all',
      JSON.stringify({ hello: 'world' }),
      JSON.stringify({ savedAt: new Date().toISOString(), text: JSON.stringify({ version: 2, releases: [] }) }),
      JSON.stringify({ savedAt: new Date().toISOString(), text: '{"version":1' }),
      JSON.stringify({ savedAt: 'yesterday', text: JSON.stringify(smallFeed()) }),
      JSON.stringify({ savedAt: new Date().toISOString(), text: { version: 1 } }),
    ];
    for (const entry of entries) {
      const url = testServer.status(500);
      localStorage.setItem(keyOf(url), entry);
      const { element, heard } = await mount(url);
      await settled(heard);
      expect(
        heard.map((event) => event.type),
        entry
      ).to.deep.equal(['kopiena-error']);
      expect(shadowText(element)).not.to.contain(SAVED_TITLE);
    }
    // A copy that validates is shown, but only as text: no markup, no script URL.
    const url = testServer.status(500);
    store(url, new Date().toISOString(), JSON.stringify(tampered));
    const { element, heard } = await mount(url);
    await settled(heard);
    expect(shadowText(element)).to.contain('<img src=x onerror="window.__pwned=1">Tampered');
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect([...element.shadowRoot!.querySelectorAll('a')].some((a) => a.href.startsWith('javascript:'))).to.equal(false);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('works as without the attribute when storage throws', async () => {
    const proto = Object.getPrototypeOf(localStorage) as Storage;
    const { getItem, setItem } = proto;
    proto.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    proto.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const good = await mount(freshUrl('/test/fixtures/feed.json'));
      await settled(good.heard);
      expect(good.heard.map((event) => event.type)).to.deep.equal(['kopiena-load']);
      const bad = await mount(testServer.status(500));
      await settled(bad.heard);
      expect(bad.heard.map((event) => event.type)).to.deep.equal(['kopiena-error']);
    } finally {
      proto.getItem = getItem;
      proto.setItem = setItem;
    }
  });

  it('saves at most 1 MB a feed URL: a larger feed replaces an older copy with none', () => {
    const url = freshUrl('/big.json');
    saveCopy(url, JSON.stringify(smallFeed()));
    expect(readSavedCopy(url)?.result.feed.project.id).to.equal('test-project');
    saveCopy(url, JSON.stringify({ ...smallFeed(), padding: 'a'.repeat(1_000_000) }));
    expect(localStorage.getItem(keyOf(url))).to.equal(null);
    expect(readSavedCopy(url)).to.equal(undefined);
  });
});
