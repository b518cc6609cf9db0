import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './release-list.js';
import type { ReleaseList } from './release-list.js';
import { serveFiles, serverCount, shadow, testServer } from '../../test/helpers.js';
import { smallFeed } from '../../test/fixtures/feeds.js';

type Heard = Array<{ type: string; detail: unknown }>;

/** `n` releases, newest first: release 0 on 2026-03-01, each a day older; every third of topic "libraries". */
function releases(n: number, from = 0) {
  return Array.from({ length: n }, (_, offset) => {
    const index = from + offset;
    const day = new Date(Date.UTC(2026, 2, 1) - index * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `${day}-r${index}`,
      published: day,
      title: { lv: `Ziņa ${index}`, en: `News ${index}` },
      summary: { en: `Summary ${index}.` },
      ...(index % 3 === 0 && { topics: ['libraries'] }),
    };
  });
}

function feedOf(list: unknown[]) {
  return { ...smallFeed(), topics: { libraries: { lv: 'Bibliotēkas', en: 'Libraries' } }, releases: list };
}

async function mount(setup: (element: ReleaseList) => void, lang = 'en') {
  const element = document.createElement('release-list');
  const heard: Heard = [];
  for (const type of ['kopiena-load', 'kopiena-error'])
    element.addEventListener(type, (event) => heard.push({ type, detail: (event as CustomEvent).detail }));
  element.lang = lang;
  setup(element);
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  holder.append(element);
  await waitUntil(() => heard.length > 0, 'no kopiena event fired', { timeout: 5000 });
  await element.updateComplete;
  return { element, heard };
}

const titles = (element: Element) => [...shadow(element).querySelectorAll('[part~="title"]')].map((title) => title.textContent?.trim());
const moreButton = (element: Element) => shadow(element).querySelector<HTMLButtonElement>('[part="more"]');
const liveStatus = (element: Element) => shadow(element).querySelector('.visually-hidden[role="status"]')?.textContent?.trim();
const isBusy = (element: Element) => shadow(element).querySelector('.skeleton[aria-busy="true"]') !== null;

async function showMore(element: ReleaseList) {
  const before = titles(element).length;
  moreButton(element)!.click();
  await waitUntil(() => !isBusy(element) && (titles(element).length > before || !moreButton(element)), 'Show more revealed nothing', {
    timeout: 5000,
  });
  await element.updateComplete;
  return before;
}

describe('<release-list>', () => {
  it('shows the newest five releases as teasers: linked title, date and summary', async () => {
    const { element } = await mount((list) => Object.assign(list, { feed: feedOf(releases(8)), href: '/news/{id}/' }));
    expect(titles(element)).to.deep.equal(['News 0', 'News 1', 'News 2', 'News 3', 'News 4']);
    const first = shadow(element).querySelector('[part="item"]')!;
    expect(first.querySelector('h2 a')!.getAttribute('href')).to.equal('/news/2026-03-01-r0/');
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-01');
    expect(first.querySelector('time')!.textContent).to.equal('1 March 2026');
    expect(first.querySelector('[part="summary"]')!.textContent).to.equal('Summary 0.');
  });

  it('shows `count` teasers, titles unlinked without href, headings at heading-level', async () => {
    const { element } = await mount((list) => Object.assign(list, { feed: feedOf(releases(8)), count: 2, headingLevel: 3 }));
    expect(titles(element)).to.deep.equal(['News 0', 'News 1']);
    expect(shadow(element).querySelectorAll('h3[part="title"]')).to.have.length(2);
    expect(shadow(element).querySelector('[part="title"] a')).to.equal(null);
  });

  it('never shows a draft or an embargoed release of a hand-written feed', async () => {
    const list = releases(4);
    Object.assign(list[0], { draft: true });
    Object.assign(list[1], { published: '2999-01-01T09:00:00+02:00' });
    const { element } = await mount((element) => Object.assign(element, { feed: feedOf(list) }));
    expect(titles(element)).to.deep.equal(['News 2', 'News 3']);
  });

  it('topic: only the releases of that topic', async () => {
    const { element } = await mount((list) => Object.assign(list, { feed: feedOf(releases(12)), topic: 'libraries' }));
    expect(titles(element)).to.deep.equal(['News 0', 'News 3', 'News 6', 'News 9']);
    expect(moreButton(element)).to.equal(null);
  });

  it('"Show more" reveals the next page, moves focus to its first teaser and says how many are shown, in Russian plurals', async () => {
    const { element, heard } = await mount((list) => Object.assign(list, { feed: feedOf(releases(7)), count: 3 }), 'ru');
    expect(liveStatus(element)).to.equal('');
    await showMore(element);
    expect(titles(element)).to.have.length(6);
    expect(shadow(element).activeElement?.getAttribute('data-index')).to.equal('3');
    expect(liveStatus(element)).to.equal('Показано 6 релизов');
    await showMore(element);
    expect(liveStatus(element)).to.equal('Показано 7 релизов');
    expect(moreButton(element)).to.equal(null);
    element.count = 1;
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(['Ziņa 0']);
    expect(heard.map(({ type }) => type)).to.deep.equal(['kopiena-load']);
  });

  it('says "Parādīta 21 relīze" and "Showing 2 releases" with the right plural forms', async () => {
    const lv = (await mount((list) => Object.assign(list, { feed: feedOf(releases(21)), count: 20 }), 'lv')).element;
    await showMore(lv);
    expect(liveStatus(lv)).to.equal('Parādīta 21 relīze');
    const en = (await mount((list) => Object.assign(list, { feed: feedOf(releases(2)), count: 1 }))).element;
    await showMore(en);
    expect(liveStatus(en)).to.equal('Showing 2 releases');
  });

  it('"Show more" works from the keyboard: Enter, then Space', async () => {
    const { element } = await mount((list) => Object.assign(list, { feed: feedOf(releases(6)), count: 2 }));
    moreButton(element)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => titles(element).length === 4, 'Enter revealed nothing');
    expect(shadow(element).activeElement?.getAttribute('data-index')).to.equal('2');
    moreButton(element)!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => titles(element).length === 6, 'Space revealed nothing');
  });

  it('an empty feed shows the empty state and fires kopiena-load once', async () => {
    const { element, heard } = await mount((list) => Object.assign(list, { feed: feedOf([]) }));
    expect(shadow(element).querySelector('[part="status"]')!.textContent).to.equal('There is no news yet.');
    expect(heard).to.have.length(1);
  });

  it('a feed that fails shows a localized error and fires kopiena-error once', async () => {
    const { element, heard } = await mount((list) => (list.src = testServer.status(404)), 'lv');
    expect(shadow(element).querySelector('[part="status"]')!.getAttribute('data-code')).to.equal('http');
    await element.updateComplete;
    expect(heard.map(({ type }) => type)).to.deep.equal(['kopiena-error']);
  });

  it('reserves the space of a page of teasers with a skeleton while the feed loads', async () => {
    const element = document.createElement('release-list');
    element.src = testServer.slow(3000);
    element.count = 4;
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.append(element);
    await element.updateComplete;
    const skeleton = shadow(element).querySelector('.skeleton[aria-busy="true"]')!;
    expect(skeleton.querySelectorAll('span[aria-hidden="true"]')).to.have.length(12);
    expect(element.getBoundingClientRect().height).to.be.greaterThan(150);
    element.remove();
  });

  it('reads an inline feed', async () => {
    const element = document.createElement('release-list');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(feedOf(releases(2)));
    element.append(script);
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const loaded = new Promise((resolve) => element.addEventListener('kopiena-load', resolve));
    holder.append(element);
    await loaded;
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(['News 0', 'News 1']);
  });

  it('is accessible (axe), light and dark', async () => {
    const { element } = await mount((list) => Object.assign(list, { feed: feedOf(releases(7)), href: '/n/{id}/', count: 3 }));
    await showMore(element);
    await expect(element).to.be.accessible();
    element.style.colorScheme = 'dark';
    await expect(element).to.be.accessible();
  });

  it('the newest N of a topic across archive pages, requests counted', async () => {
    // Index: releases 0–5; page 1: 6–11; page 2: 12–17; page 3: 18–23. Topic "libraries": 0, 3, 6, 9, 12, 15, 18, 21.
    const all = releases(24);
    const page = (from: number) => ({ json: { version: 1, releases: all.slice(from, from + 6) } });
    const entry = (from: number, n: number) => ({ url: `archive/${n}.json`, from: all[from + 5].published, to: all[from].published, releases: 6 });
    const folder = await serveFiles({
      'index.json': { json: { ...feedOf(all.slice(0, 6)), archives: [entry(6, 1), entry(12, 2), entry(18, 3)] } },
      'archive/1.json': page(6),
      'archive/2.json': page(12),
      'archive/3.json': page(18),
    });
    const count = async (path: string) => serverCount(new URL(path, folder).href);
    const { element, heard } = await mount((list) => Object.assign(list, { src: `${folder}index.json`, topic: 'libraries', count: 3 }));
    // Three of the topic and one more known to exist: 0, 3 in the index, 6 and 9 on page 1.
    expect(titles(element)).to.deep.equal(['News 0', 'News 3', 'News 6']);
    expect([await count('index.json'), await count('archive/1.json'), await count('archive/2.json'), await count('archive/3.json')]).to.deep.equal([
      1, 1, 0, 0,
    ]);
    const first = await showMore(element);
    expect(titles(element)).to.deep.equal(['News 0', 'News 3', 'News 6', 'News 9', 'News 12', 'News 15']);
    expect(shadow(element).activeElement?.getAttribute('data-index')).to.equal(String(first));
    // Page 3 holds the seventh (18): read only to know that "Show more" has more.
    expect([await count('archive/2.json'), await count('archive/3.json')]).to.deep.equal([1, 1]);
    expect(heard.map(({ type }) => type)).to.deep.equal(['kopiena-load']);
  });

  it('a list of the newest releases that the index holds reads no archive page', async () => {
    const all = releases(12);
    const folder = await serveFiles({
      'index.json': {
        json: { ...feedOf(all.slice(0, 6)), archives: [{ url: 'archive/1.json', from: all[11].published, to: all[6].published, releases: 6 }] },
      },
      'archive/1.json': { json: { version: 1, releases: all.slice(6) } },
    });
    const { element } = await mount((list) => Object.assign(list, { src: `${folder}index.json`, count: 5 }));
    expect(titles(element)).to.have.length(5);
    expect(moreButton(element)).to.not.equal(null);
    expect(await serverCount(`${folder}archive/1.json`)).to.equal(0);
  });
});
