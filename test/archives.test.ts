/**
 * Feeds split into archive pages, as the widgets read them: the index
 * first, only the pages needed, each once per page load for every widget,
 * and a failing page leaving what is shown. Requests counted by the server.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import type { KopienaErrorDetail, KopienaLoadDetail } from '../src/shared/events.js';
import { smallFeed } from './fixtures/feeds.js';
import { historyUrl, serveFiles, serverCount, shadowText } from './helpers.js';

type Heard = { type: 'kopiena-load'; detail: KopienaLoadDetail } | { type: 'kopiena-error'; detail: KopienaErrorDetail };

async function mount(tag: string, attributes: Record<string, string>) {
  const element = document.createElement(tag) as LitElement;
  const heard: Heard[] = [];
  element.addEventListener('kopiena-load', (event) => heard.push({ type: 'kopiena-load', detail: event.detail }));
  element.addEventListener('kopiena-error', (event) => heard.push({ type: 'kopiena-error', detail: event.detail }));
  element.lang = 'en';
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(element);
  return { element, heard };
}

const settled = (heard: Heard[], count = 1) => waitUntil(() => heard.length >= count, 'no kopiena event fired', { timeout: 4000 });
const pageUrl = (index: string, n: number) => new URL(`archive/${n}.json`, index).href;
async function pagesRequested(index: string, pages: number) {
  const counts = await Promise.all(Array.from({ length: pages }, (_, n) => serverCount(pageUrl(index, n + 1))));
  return counts.flatMap((count, n) => (count ? [[n + 1, count]] : []));
}

describe('archive pages in the widgets', () => {
  it('release="latest" and teasers read the index only', async () => {
    const url = historyUrl(2000, 20);
    const full = await mount('community-release', { src: url });
    const teaser = await mount('community-release', { src: url, layout: 'teaser' });
    await Promise.all([settled(full.heard), settled(teaser.heard)]);
    expect(shadowText(full.element)).to.contain('Release number 0');
    expect(await serverCount(url)).to.equal(1);
    expect(await pagesRequested(url, 99)).to.deep.equal([]);
  });

  it('release="<dated id>" not in the index: the index and the one page whose range holds the date', async () => {
    const url = historyUrl(2000, 20);
    const { element, heard } = await mount('community-release', { src: url, release: '1981-04-23-release-1170' });
    await settled(heard);
    expect(heard[0].type).to.equal('kopiena-load');
    expect(shadowText(element)).to.contain('Release number 1170');
    expect(shadowText(element)).to.contain('Anna Bērziņa'); // the index's people
    expect(await serverCount(url)).to.equal(1);
    expect(await pagesRequested(url, 99)).to.deep.equal([[58, 1]]);
  });

  it('other ids are looked up newest page first; an unknown id is not-found after the pages that may hold it', async () => {
    const base = await serveFiles({
      'index.json': {
        json: {
          ...smallFeed(),
          archives: [
            { url: 'archive/2019.json', from: '2019-01-01', to: '2019-12-31' },
            { url: 'archive/2018.json', from: '2018-01-01', to: '2018-12-31' },
            { url: 'archive/2017.json', from: '2017-01-01', to: '2017-12-31' },
          ],
        },
      },
      'archive/2019.json': { json: { version: 1, releases: [{ id: 'summer', published: '2019-07-01', title: 'Summer 2019' }] } },
      'archive/2018.json': { json: { version: 1, releases: [{ id: 'spring', published: '2018-04-01', title: 'Spring 2018' }] } },
      'archive/2017.json': { json: { version: 1, releases: [{ id: 'winter', published: '2017-01-10', title: 'Winter 2017' }] } },
    });
    const found = await mount('community-release', { src: `${base}index.json`, release: 'spring' });
    await settled(found.heard);
    expect(shadowText(found.element)).to.contain('Spring 2018');
    expect(await serverCount(`${base}archive/2017.json`)).to.equal(0);
    const missing = await mount('community-release', { src: `${base}index.json`, release: 'nowhere' });
    await settled(missing.heard);
    expect(missing.heard.map((event) => event.type)).to.deep.equal(['kopiena-error']);
    expect((missing.heard[0].detail as KopienaErrorDetail).code).to.equal('not-found');
    // Each page once for both widgets.
    for (const page of ['2019', '2018', '2017']) expect(await serverCount(`${base}archive/${page}.json`)).to.equal(1);
  });

  it('shares each page between widgets, and reports its issues with the page in the path', async () => {
    const base = await serveFiles({
      'index.json': { json: { ...smallFeed(), archives: [{ url: 'archive/2019.json', from: '2019-01-01', to: '2019-12-31' }] } },
      'archive/2019.json': {
        delay: 200,
        json: {
          version: 1,
          project: { id: 'x', name: 'X' },
          releases: [
            { id: 'a', published: '2019-05-01', title: 'Old news' },
            { id: 'b', published: '2019-06-01' },
          ],
        },
      },
    });
    const widgets = await Promise.all([0, 1, 2].map(() => mount('community-release', { src: `${base}index.json`, release: 'a' })));
    await Promise.all(widgets.map(({ heard }) => settled(heard)));
    for (const { element, heard } of widgets) {
      expect(shadowText(element)).to.contain('Old news');
      expect((heard[0].detail as KopienaLoadDetail).issues.map((issue) => issue.path)).to.deep.equal([
        'archive/2019.json#project',
        'archive/2019.json#releases[1].title',
      ]);
    }
    expect(await serverCount(`${base}archive/2019.json`)).to.equal(1);
  });

  it('a failing page: a localized message and kopiena-error naming the page; what is shown stays', async () => {
    const base = await serveFiles({
      'index.json': {
        json: {
          ...smallFeed(),
          archives: [{ url: 'archive/missing.json', from: '2019-01-01', to: '2019-12-31', activities: { count: 5, from: '2019', to: '2019' } }],
        },
      },
    });
    const release = await mount('community-release', { src: `${base}index.json`, release: '2019-03-14-old' });
    await settled(release.heard);
    expect(release.heard.map((event) => event.type)).to.deep.equal(['kopiena-error']);
    const detail = release.heard[0].detail as KopienaErrorDetail;
    expect(detail.code).to.equal('http');
    expect(detail.message).to.contain('archive/missing.json');
    expect(shadowText(release.element)).to.contain('The feed server answered with an error');

    // The timeline of the same old release fails the same way; the timeline of every release, which needs the page for its
    // first 20 items, keeps showing the index's and fails the same way too.
    const old = await mount('activity-timeline', { src: `${base}index.json`, release: '2019-03-14-old' });
    const timeline = await mount('activity-timeline', { src: `${base}index.json` });
    await settled(old.heard);
    await settled(timeline.heard);
    expect(old.heard.map((event) => event.type)).to.deep.equal(['kopiena-error']);
    expect((old.heard[0].detail as KopienaErrorDetail).message).to.contain('archive/missing.json');
    expect(timeline.heard.map((event) => event.type)).to.deep.equal(['kopiena-error']);
    expect((timeline.heard[0].detail as KopienaErrorDetail).message).to.contain('archive/missing.json');
    expect(shadowText(timeline.element)).to.contain('Vebinārs');
    expect(shadowText(timeline.element)).to.contain('The feed server answered with an error');
    expect(await serverCount(`${base}archive/missing.json`)).to.equal(1);
  });

  it('the timeline of one old release reads the index and the page of that release only', async () => {
    const url = historyUrl(2000, 20);
    const { element, heard } = await mount('activity-timeline', { src: url, release: '1981-04-23-release-1170' });
    await settled(heard);
    expect(heard[0].type).to.equal('kopiena-load');
    expect(
      [...element.shadowRoot!.querySelectorAll('li')].map(
        (item) => item.querySelector('.timeline__title, [part~="title"]')?.textContent ?? item.textContent
      )
    ).to.satisfy((titles: string[]) => titles.length === 3 && titles.every((title) => title.includes('Activity 1170.')));
    expect(await pagesRequested(url, 99)).to.deep.equal([[58, 1]]);
  });

  it('refuses archive URLs on another origin or with a javascript: scheme, and survives a loop and 10,000 entries', async () => {
    const archives = [
      { url: 'https://elsewhere.example/2019.json', from: '2019-01-01', to: '2019-12-31' },
      { url: 'javascript:alert(1)', from: '2019-01-01', to: '2019-12-31' },
      { url: 'index.json', from: '2019-01-01', to: '2019-12-31' },
      ...Array.from({ length: 10_000 }, (_, n) => ({ url: `archive/${n}.json`, from: '1900-01-01', to: '1900-12-31' })),
    ];
    const base = await serveFiles({ 'index.json': { json: { ...smallFeed(), archives } } });
    const { element, heard } = await mount('community-release', { src: `${base}index.json`, release: '2019-03-14-old' });
    await settled(heard);
    // No usable page can hold a release of 2019: not found, with no request to any of the refused addresses.
    expect(heard.map((event) => event.type)).to.deep.equal(['kopiena-error']);
    expect((heard[0].detail as KopienaErrorDetail).code).to.equal('not-found');
    expect(await serverCount(`${base}index.json`)).to.equal(1);
    expect(shadowText(element)).to.contain('The requested release is not in the feed.');
  });
});
