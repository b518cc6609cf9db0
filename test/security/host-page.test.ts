import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { define } from '../../src/shared/define.js';
import { freshUrl, nextEvent, seedFeed, shadow } from '../helpers.js';

async function seedWidgets(lang = 'en') {
  const feed = await seedFeed();
  const holder = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <community-release .feed=${feed} share></community-release>
    <activity-timeline .feed=${feed}></activity-timeline>
    <contact-card .feed=${feed} contact="arvita-juksa"></contact-card>
    <h2 class="outside">Host heading</h2>
    <button class="outside">Host button</button>
  </div>`);
  const elements = [...holder.querySelectorAll('community-release, activity-timeline, contact-card')] as Array<
    HTMLElement & { updateComplete: Promise<unknown> }
  >;
  await Promise.all(elements.map((element) => element.updateComplete));
  await waitUntil(
    () => elements.every((element) => shadow(element).querySelector(`[part~="base"][lang="${lang}"]`)),
    `an element never rendered in ${lang}`
  );
  return { holder, elements };
}

function hostileStyles(css: string) {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return () => style.remove();
}

describe('security: hostile host pages', () => {
  it('keeps its layout under hostile global CSS, beyond inherited typography', async () => {
    const remove = hostileStyles(`
      * { font-size: 31px !important; }
      h1, h2, h3, h4 { display: none !important; }
      button { all: unset; }
      a { color: red !important; display: none !important; }
      p, li, ol, ul { margin: 90px !important; padding: 0 !important; }
    `);
    try {
      const { elements } = await seedWidgets();
      const [release, timeline, card] = elements;
      const title = shadow(release).querySelector<HTMLElement>('[part="title"]')!;
      expect(title.getBoundingClientRect().height, 'title visible').to.be.greaterThan(0);
      expect(getComputedStyle(shadow(release).querySelector('[part="share"] a')!).color).to.not.equal('rgb(255, 0, 0)');
      const save = shadow(card).querySelector<HTMLButtonElement>('[part="save"]')!;
      expect(getComputedStyle(save).borderTopStyle).to.equal('solid');
      expect(save.getBoundingClientRect().height).to.be.at.least(24);
      const item = shadow(timeline).querySelector('li')!;
      expect(getComputedStyle(item).marginTop).to.not.equal('90px');
      // Inherited typography is the one thing that may pass: the host's font size.
      expect(getComputedStyle(title).fontSize).to.not.equal('0px');
    } finally {
      remove();
    }
  });

  it('leaks no styles into the page', async () => {
    const plain = await fixture<HTMLDivElement>(html`<div><h2>Before</h2><button>Before</button><a href="#x">Before</a></div>`);
    const before = ['h2', 'button', 'a'].map(
      (tag) =>
        getComputedStyle(plain.querySelector(tag)!).cssText ||
        JSON.stringify(
          [...getComputedStyle(plain.querySelector(tag)!)].map((name) => getComputedStyle(plain.querySelector(tag)!).getPropertyValue(name))
        )
    );
    await seedWidgets();
    const after = ['h2', 'button', 'a'].map(
      (tag) =>
        getComputedStyle(plain.querySelector(tag)!).cssText ||
        JSON.stringify(
          [...getComputedStyle(plain.querySelector(tag)!)].map((name) => getComputedStyle(plain.querySelector(tag)!).getPropertyValue(name))
        )
    );
    expect(after).to.deep.equal(before);
    expect(document.adoptedStyleSheets.length).to.equal(0);
  });

  it('throws nothing when the kit is loaded twice or a name is defined again', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      await import(/* @vite-ignore */ `${new URL('../../src/index.ts', import.meta.url).href}?copy=2`);
      expect(() => define('community-release', class extends HTMLElement {})).not.to.throw();
      expect(customElements.get('community-release')?.name).to.equal('CommunityRelease');
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('still renders on a page whose globals an old library polluted', async () => {
    const proto = Object.prototype as Record<string, unknown>;
    const arrays = Array.prototype as unknown as Record<string, unknown>;
    const originalMap = Array.prototype.map;
    proto.polluted = 'yes';
    arrays.oldLibraryHelper = function () {
      return 'x';
    };
    // eslint-disable-next-line no-extend-native -- a host page's old library patches built-ins: that is the test
    Array.prototype.map = function (this: unknown[], ...args: Parameters<typeof originalMap>) {
      const result = originalMap.apply(this, args);
      (result as unknown as Record<string, unknown>).patched = true;
      return result;
    } as typeof originalMap;
    try {
      const { elements } = await seedWidgets('lv');
      const [release, timeline, card] = elements;
      expect(shadow(release).querySelector('[part="title"]')?.textContent?.trim()).to.equal('Daugavpils darbīgā kopiena iedvesmo');
      expect(shadow(timeline).querySelectorAll('li').length).to.equal(4);
      expect(shadow(card).querySelector('[part="name"]')?.textContent).to.equal('Arvita Jukša');
    } finally {
      delete proto.polluted;
      delete arrays.oldLibraryHelper;
      // eslint-disable-next-line no-extend-native -- putting the built-in back
      Array.prototype.map = originalMap;
    }
  });
});

describe('security: privacy', () => {
  it('requests only the feed, without credentials, and touches no cookie or storage', async () => {
    const url = freshUrl('/test/fixtures/feed.json');
    const inits: Array<RequestInit | undefined> = [];
    const originalFetch = window.fetch;
    window.fetch = (input, init) => (inits.push(init), originalFetch(input, init));
    const cookie = document.cookie;
    const stored = [localStorage.length, sessionStorage.length];
    const start = performance.now();
    try {
      const holder = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const elements = [
        Object.assign(document.createElement('community-release'), { src: url, share: true }),
        Object.assign(document.createElement('activity-timeline'), { src: url }),
        Object.assign(document.createElement('contact-card'), { src: url, contact: 'arvita-juksa' }),
      ];
      const loaded = elements.map((element) => nextEvent(element, 'kopiena-load'));
      holder.append(...elements);
      await Promise.all(loaded);
      // A negative check: give any further request a moment to start (nothing to wait for otherwise).
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      window.fetch = originalFetch;
    }
    const requests = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= start && !/\.(ts|js)(\?|$)|__web-test-runner|wtr-session/.test(entry.name));
    expect(requests.map((entry) => entry.name)).to.deep.equal([url]);
    expect(inits.map((init) => [init?.credentials, init?.referrerPolicy])).to.deep.equal([['omit', 'no-referrer']]);
    expect(document.cookie).to.equal(cookie);
    expect([localStorage.length, sessionStorage.length]).to.deep.equal(stored);
  });
});
