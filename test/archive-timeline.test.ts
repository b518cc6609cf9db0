/**
 * A timeline of every release of a feed split into archive pages: "Show
 * more" past the index and `from`/`to` windows read only the pages whose
 * activities can come next, and show exactly what the whole history in one
 * file shows, in the same order, with focus on the first new item. Requests
 * are counted by the test server.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import type { KopienaErrorDetail } from '../src/shared/events.js';
import { smallFeed } from './fixtures/feeds.js';
import { historyUrl, serveFiles, serverCount, shadow } from './helpers.js';

type Heard = Array<{ type: string; detail: unknown }>;

async function mount(attributes: Record<string, string>) {
  const element = document.createElement('activity-timeline') as LitElement;
  const heard: Heard = [];
  for (const type of ['kopiena-load', 'kopiena-error'])
    element.addEventListener(type, (event) => heard.push({ type, detail: (event as CustomEvent).detail }));
  element.lang = 'en';
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(element);
  await waitUntil(() => heard.length > 0, 'no kopiena event fired', { timeout: 5000 });
  return { element, heard };
}

const titles = (element: Element) => [...shadow(element).querySelectorAll('[part~="title"]')].map((title) => title.textContent?.trim());
const moreButton = (element: Element) => shadow(element).querySelector<HTMLButtonElement>('[part="more"]');
/** While "Show more" waits for an archive page, a skeleton (announcing "Loading…") holds the place of the items. */
const isBusy = (element: Element) => shadow(element).querySelector('.skeleton[aria-busy="true"]') !== null;

/** Presses "Show more" and waits until the new items are on screen (or the button is gone). */
async function showMore(element: LitElement) {
  const before = titles(element).length;
  moreButton(element)!.click();
  await waitUntil(() => !isBusy(element) && (titles(element).length > before || !moreButton(element)), 'Show more revealed nothing', {
    timeout: 5000,
  });
  await element.updateComplete;
  return before;
}

const pagesRead = async (index: string, pages: number) =>
  (await Promise.all(Array.from({ length: pages }, (_, n) => serverCount(new URL(`archive/${n + 1}.json`, index).href)))).flatMap((count, n) =>
    count ? [`${n + 1}×${count}`] : []
  );

describe('<activity-timeline> across archive pages', () => {
  it('"Show more" five times reads only the pages needed, each once, and shows what one file shows, focus on the first new item', async function () {
    // Two feeds of 300 releases and five page loads: well over mocha's 5 s on a loaded 2-core machine; a bound, not a timing.
    this.timeout(30_000);
    const archived = historyUrl(300, 20);
    const { element } = await mount({ src: archived, limit: '20' });
    const single = (await mount({ src: historyUrl(300, 0), limit: '20' })).element;
    // The index holds 60 activities, newer than every page: none is read for the first page.
    expect(await pagesRead(archived, 14)).to.deep.equal([]);
    for (let press = 0; press < 5; press++) {
      const first = await showMore(element);
      expect(shadow(element).activeElement?.getAttribute('data-index')).to.equal(String(first));
      await showMore(single);
      expect(titles(element)).to.deep.equal(titles(single));
    }
    expect(titles(element)).to.have.length(120);
    expect(titles(element)[60]).to.equal('Activity 20.0');
    // 120 shown and one more known to exist: the index and pages 1 and 2, once each.
    expect(await pagesRead(archived, 14)).to.deep.equal(['1×1', '2×1']);
    expect(await serverCount(archived)).to.equal(1);
  });

  it('oldest first and a from/to window read only the pages whose activities can overlap', async () => {
    const archived = historyUrl(300, 20);
    const single = historyUrl(300, 0);
    const oldest = (await mount({ src: archived, order: 'asc', limit: '10' })).element;
    const oldestSingle = (await mount({ src: single, order: 'asc', limit: '10' })).element;
    expect(titles(oldest)).to.deep.equal(titles(oldestSingle));
    expect(titles(oldest)[0]).to.equal('Activity 299.2');
    expect(await pagesRead(archived, 14)).to.deep.equal(['14×1']);

    const window = { from: '2021-07', to: '2021-09', limit: '50' };
    const windowed = (await mount({ src: archived, ...window })).element;
    const windowedSingle = (await mount({ src: single, ...window })).element;
    expect(titles(windowed)).to.deep.equal(titles(windowedSingle));
    expect(titles(windowed).length).to.be.within(15, 30);
    expect(moreButton(windowed)).to.equal(null);
    // Read: the pages whose activities range (days, in the index) overlaps July–September 2021, and page 14 read above.
    const { archives } = (await (await fetch(archived)).json()) as { archives: Array<{ url: string; activities: { from: string; to: string } }> };
    const overlapping = archives.filter(({ activities }) => activities.from <= '2021-09-30' && activities.to >= '2021-07-01');
    expect(overlapping.length).to.be.within(1, 2);
    const expected = [...overlapping.map(({ url }) => Number(url.match(/\d+/)![0])), 14].sort((a, b) => a - b).map((n) => `${n}×1`);
    expect(await pagesRead(archived, 14)).to.deep.equal(expected);
  });

  it('keeps ties in feed order and interleaves pages whose ranges overlap, exactly as one file', async () => {
    const activity = (id: string, when: string) => ({ id, when, title: id });
    const releases = [
      { id: 'index-release', published: '2020-06-01', title: 'Index', activities: [activity('i1', '2020-05'), activity('i2', '2019-03-01')] },
      { id: 'page-1-release', published: '2020-01-01', title: 'One', activities: [activity('p1a', '2020-05'), activity('p1b', '2019-03-01')] },
      { id: 'page-2-release', published: '2019-06-01', title: 'Two', activities: [activity('p2a', '2020-05-20'), activity('p2b', '2019')] },
    ];
    const entry = (n: number, release: (typeof releases)[number], from: string, to: string) => ({
      url: `archive/${n}.json`,
      from: release.published,
      to: release.published,
      releases: 1,
      activities: { count: 2, from, to },
    });
    const base = await serveFiles({
      'one.json': { json: { ...smallFeed(), releases } },
      'index.json': {
        json: {
          ...smallFeed(),
          releases: [releases[0]],
          archives: [entry(1, releases[1], '2019-03-01', '2020-05'), entry(2, releases[2], '2019', '2020-05-20')],
        },
      },
      'archive/1.json': { json: { version: 1, releases: [releases[1]] } },
      'archive/2.json': { json: { version: 1, releases: [releases[2]] } },
    });
    for (const order of ['desc', 'asc']) {
      const archived = (await mount({ src: `${base}index.json`, order, limit: '2' })).element;
      const single = (await mount({ src: `${base}one.json`, order, limit: '2' })).element;
      while (moreButton(single)) await showMore(single);
      while (moreButton(archived)) await showMore(archived);
      expect(titles(archived), order).to.deep.equal(titles(single));
    }
    expect(titles((await mount({ src: `${base}one.json`, limit: '6' })).element)).to.deep.equal(['p2a', 'i1', 'p1a', 'i2', 'p1b', 'p2b']);
  });

  it('a page that fails on "Show more": what is shown stays, with a localized message and kopiena-error naming the page', async () => {
    const activities = Array.from({ length: 3 }, (_, n) => ({ id: `a${n}`, when: `2020-05-0${n + 1}`, title: `Index activity ${n}` }));
    const base = await serveFiles({
      'index.json': {
        json: {
          ...smallFeed(),
          releases: [{ id: 'newest', published: '2020-06-01', title: 'Newest', activities }],
          archives: [
            { url: 'archive/gone.json', from: '2019-01-01', to: '2019-12-31', releases: 5, activities: { count: 5, from: '2019', to: '2019' } },
          ],
        },
      },
      'archive/gone.json': { status: 503, delay: 300, text: 'Service unavailable', type: 'text/plain' },
    });
    const { element, heard } = await mount({ src: `${base}index.json`, limit: '2' });
    expect(titles(element)).to.have.length(2);
    expect(heard.map((event) => event.type)).to.deep.equal(['kopiena-load']);
    const more = moreButton(element)!;
    more.focus();
    more.click();
    // The index's third item is shown at once, and focused; while the page with the next ones loads, a skeleton says so.
    await waitUntil(() => isBusy(element), 'no loading state while the page loads');
    expect(titles(element)).to.have.length(3);
    expect(shadow(element).activeElement?.getAttribute('data-index')).to.equal('2');
    expect(moreButton(element)).to.equal(null);
    expect(shadow(element).querySelector('.skeleton [role="status"]')?.textContent).to.equal('Loading…');
    // The skeleton stands inside the timeline's base: a status part, so ::part(base) still styles one wrapper.
    expect(shadow(element).querySelectorAll('[part~="base"]')).to.have.length(1);
    expect(shadow(element).querySelector('.skeleton')?.getAttribute('part')).to.equal('status');
    await waitUntil(() => heard.length === 2, 'no kopiena-error', { timeout: 5000 });
    expect(heard[1].type).to.equal('kopiena-error');
    expect((heard[1].detail as KopienaErrorDetail).message).to.contain('archive/gone.json');
    expect((heard[1].detail as KopienaErrorDetail).code).to.equal('http');
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(['Index activity 2', 'Index activity 1', 'Index activity 0']);
    expect(shadow(element).querySelector('[part="status"][data-code="http"]')?.textContent).to.contain('The feed server answered with an error.');
    expect(moreButton(element)).to.equal(null);
    expect(await serverCount(`${base}archive/gone.json`)).to.equal(1);
  });

  it('topic: the newest activities of that topic across archive pages, each page read only when needed, requests counted', async () => {
    // Sixteen releases a week apart, one activity each on its day; four to a file. Topic "libraries": 1, 5, 9 and 13, one a file.
    const releases = Array.from({ length: 16 }, (_, n) => {
      const day = new Date(Date.UTC(2026, 1, 26) - n * 7 * 86_400_000).toISOString().slice(0, 10);
      return {
        id: `${day}-r${n}`,
        published: day,
        title: `Release ${n}`,
        activities: [{ id: 'a', when: day, title: `Activity ${n}` }],
        ...(n % 4 === 1 && { topics: ['libraries'] }),
      };
    });
    const file = (from: number) => releases.slice(from, from + 4);
    const entry = (n: number) => ({
      url: `archive/${n}.json`,
      from: file(n * 4).at(-1)!.published,
      to: file(n * 4)[0].published,
      releases: 4,
      activities: { count: 4, from: file(n * 4).at(-1)!.published, to: file(n * 4)[0].published },
    });
    const folder = await serveFiles({
      'index.json': { json: { ...smallFeed(), topics: { libraries: 'Bibliotēkas' }, releases: file(0), archives: [entry(1), entry(2), entry(3)] } },
      ...Object.fromEntries([1, 2, 3].map((n) => [`archive/${n}.json`, { json: { version: 1, releases: file(n * 4) } }])),
    });
    const { element } = await mount({ src: `${folder}index.json`, topic: 'libraries', limit: '2' });
    expect(titles(element)).to.deep.equal(['Activity 1', 'Activity 5']);
    // Two shown and a third known to exist (9, page 2): page 3 is not read.
    expect(await pagesRead(`${folder}index.json`, 3)).to.deep.equal(['1×1', '2×1']);
    await showMore(element);
    expect(titles(element)).to.deep.equal(['Activity 1', 'Activity 5', 'Activity 9', 'Activity 13']);
    expect(await pagesRead(`${folder}index.json`, 3)).to.deep.equal(['1×1', '2×1', '3×1']);
    expect(await serverCount(`${folder}index.json`)).to.equal(1);
  });
});
