import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './activity-timeline.js';
import type { ActivityTimeline } from './activity-timeline.js';
import { nextEvent, seedFeed, shadow, shadowText, testServer } from '../../test/helpers.js';
import { smallFeed } from '../../test/fixtures/feeds.js';

type Activity = { id: string; when: string; title: string; part?: string; participants?: number };

/** A feed with the given activities split over releases of `perRelease` each. */
function feedWith(activities: Activity[], perRelease = activities.length || 1) {
  const base = smallFeed();
  const releases = [];
  for (let index = 0; index * perRelease < Math.max(activities.length, 1); index++) {
    releases.push({
      id: `r-${index}`,
      published: '2020-05-07',
      title: `Release ${index}`,
      activities: activities.slice(index * perRelease, (index + 1) * perRelease),
    });
  }
  return { ...base, releases };
}

async function timeline(feed: unknown, attributes: Partial<ActivityTimeline> = {}, lang = 'en') {
  const element = document.createElement('activity-timeline');
  Object.assign(element, { lang, ...attributes, feed });
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  const shown = Promise.race([nextEvent(element, 'kopiena-load'), nextEvent(element, 'kopiena-error')]);
  holder.append(element);
  await shown;
  await element.updateComplete;
  return element;
}

const titles = (element: Element) => [...shadow(element).querySelectorAll('[part~="title"]')].map((node) => node.textContent?.trim());
const dates = (element: Element) =>
  [...shadow(element).querySelectorAll('time')].map((node) => [node.getAttribute('datetime'), node.textContent?.trim()]);

describe('<activity-timeline>', () => {
  it('shows the seed activities in an ordered list, newest first, with fuzzy dates', async () => {
    const element = await timeline(await seedFeed(), { release: 'latest' });
    const list = shadow(element).querySelector('ol');
    expect(list?.children.length).to.equal(4);
    expect([...list!.children].every((child) => child.localName === 'li' && child.querySelector('time'))).to.equal(true);
    expect(dates(element).map(([, text]) => text)).to.deep.equal(['29 April 2020', 'late April 2020', 'late April 2020', 'spring 2020']);
  });

  it('speaks Latvian and Russian with case forms and plurals', async () => {
    const lv = await timeline(await seedFeed(), {}, 'lv');
    expect(shadowText(lv)).to.contain('2020. gada aprīļa beigās');
    expect(shadowText(lv)).to.contain('2020. gada pavasarī');
    expect(shadowText(lv)).to.contain('12 dalībnieku');
    expect(shadowText(lv)).to.contain('4 reizes');
    expect(shadowText(lv)).to.contain('turpinās');
    const ru = await timeline(await seedFeed(), {}, 'ru');
    expect(shadowText(ru)).to.contain('в конце апреля 2020 г.');
    expect(shadowText(ru)).to.contain('весной 2020 г.');
    expect(shadowText(ru)).to.contain('12 участников');
    // People as the feed names them in Russian; in English the Latvian form, marked as such.
    const people = (element: Element) =>
      [...shadow(element).querySelectorAll('[part="people"] span')].map((span) => [span.textContent, span.getAttribute('lang')]);
    expect(people(ru)).to.deep.include(['Инесе Настаюс', null]);
    expect(people(ru)).to.deep.include(['Сандра Краукле', null]);
    expect(people(await timeline(await seedFeed()))).to.deep.include(['Sandra Kraukle', 'lv']);
  });

  it('orders ascending on request and keeps feed order for ties', async () => {
    const feed = feedWith([
      { id: 'b', when: '2020-04', title: 'B' },
      { id: 'a', when: '2019', title: 'A' },
      { id: 'c', when: '2020-04', title: 'C' },
      { id: 'd', when: '2020-04-01', title: 'D' },
    ]);
    expect(titles(await timeline(feed, { order: 'asc' }))).to.deep.equal(['A', 'B', 'C', 'D']);
    expect(titles(await timeline(feed))).to.deep.equal(['B', 'C', 'D', 'A']);
  });

  it('filters by a from/to window that overlaps fuzzy ranges', async () => {
    const feed = feedWith([
      { id: 'spring', when: '2020-21', title: 'Spring' }, // March–May 2020
      { id: 'late-april', when: '2020-04', part: 'late', title: 'Late April' }, // 21–30 April
      { id: 'year', when: '2019', title: 'Year 2019' },
      { id: 'june', when: '2020-06-15', title: 'June' },
    ]);
    expect(titles(await timeline(feed, { from: '2020-04-25', to: '2020-04-30', order: 'asc' }))).to.deep.equal(['Spring', 'Late April']);
    expect(titles(await timeline(feed, { from: '2020-04-01', to: '2020-04-20', order: 'asc' }))).to.deep.equal(['Spring']);
    expect(titles(await timeline(feed, { to: '2019-12-31' }))).to.deep.equal(['Year 2019']);
    expect(titles(await timeline(feed, { from: '2020-06-15' }))).to.deep.equal(['June']);
  });

  it('groups by year and by month with headings at heading-level', async () => {
    const feed = feedWith([
      { id: 'a', when: '2020-04-29', title: 'A' },
      { id: 'b', when: '2020-04-02', title: 'B' },
      { id: 'c', when: '2019-11', title: 'C' },
    ]);
    const byYear = await timeline(feed, { group: 'year', headingLevel: 3 });
    expect([...shadow(byYear).querySelectorAll('h3')].map((h) => h.textContent?.trim())).to.deep.equal(['2020', '2019']);
    expect(shadow(byYear).querySelectorAll('h4[part~="title"]')).to.have.length(3);
    const byMonth = await timeline(feed, { group: 'month' });
    expect([...shadow(byMonth).querySelectorAll('h2')].map((h) => h.textContent?.trim())).to.deep.equal(['April 2020', 'November 2019']);
  });

  it('shows a page of `limit` items and reveals the next with Show more, moving focus to it', async () => {
    const activities = Array.from({ length: 45 }, (_, index) => ({
      id: `a${index}`,
      when: `2020-01-${String((index % 28) + 1).padStart(2, '0')}`,
      title: `T${index}`,
    }));
    const element = await timeline(feedWith(activities), { limit: 20, order: 'asc' });
    expect(shadow(element).querySelectorAll('li')).to.have.length(20);
    const more = shadow(element).querySelector<HTMLButtonElement>('[part="more"]')!;
    expect(more.textContent?.trim()).to.equal('Show more');
    more.focus();
    more.click();
    await element.updateComplete;
    expect(shadow(element).querySelectorAll('li')).to.have.length(40);
    expect(shadow(element).activeElement?.getAttribute('data-index')).to.equal('20');
    shadow(element).querySelector<HTMLButtonElement>('[part="more"]')!.click();
    await element.updateComplete;
    expect(shadow(element).querySelectorAll('li')).to.have.length(45);
    expect(shadow(element).querySelector('[part="more"]')).to.equal(null);
  });

  it('starts again at the first page when the order, a date filter, the release or the feed changes', async () => {
    const activities = Array.from({ length: 45 }, (_, index) => ({
      id: `a${index}`,
      when: `2020-01-${String((index % 28) + 1).padStart(2, '0')}`,
      title: `T${index}`,
    }));
    const feed = feedWith(activities, 15);
    const element = await timeline(feed, { limit: 10 });
    const items = () => shadow(element).querySelectorAll('li').length;
    const showMore = async () => {
      shadow(element).querySelector<HTMLButtonElement>('[part="more"]')!.click();
      await element.updateComplete;
      expect(items()).to.equal(20);
    };
    const changes: Array<[string, () => void, number]> = [
      ['order', () => (element.order = 'asc'), 10],
      ['from', () => (element.from = '2020-01-02'), 10],
      ['to', () => (element.to = '2020-01-27'), 10],
      ['release', () => (element.release = 'r-1'), 10],
      ['feed', () => (element.feed = feedWith(activities, 15)), 10],
    ];
    for (const [name, change, expected] of changes) {
      if (name === 'feed') element.release = undefined;
      await element.updateComplete;
      await showMore();
      change();
      await element.updateComplete;
      expect(items(), `after a change of ${name}`).to.equal(expected);
    }
    await showMore();
    element.requestUpdate(); // a re-render alone keeps the revealed pages
    await element.updateComplete;
    expect(items()).to.equal(20);
  });

  it('reports every invalid activity, also those far beyond the first page, and never shows one', async () => {
    // 200 valid activities in January 2020, in releases of 50; invalid ones among the newest (a 2021 one without a title)
    // and far below the first page (2001, in the last release): each reported in kopiena-load, none shown.
    const activities: Array<Record<string, unknown>> = Array.from({ length: 200 }, (_, index) => ({
      id: `a${index}`,
      when: `2020-01-${String((index % 28) + 1).padStart(2, '0')}`,
      title: `T${index}`,
    }));
    activities.splice(3, 0, { id: 'newest-untitled', when: '2021-01-01' });
    activities.push({ id: 'old-untitled', when: '2001-01-01' }, { id: 'bad-date', when: '2001-02-30', title: 'Bad date' });
    activities.push(
      { id: 'old-stranger', when: '2001-03-01', title: 'Stranger', people: ['nobody'] },
      { id: 'a199', when: '2001-04-01', title: 'Repeat' }
    );
    const feed = feedWith(activities as Activity[], 50);
    const element = document.createElement('activity-timeline');
    element.lang = 'en';
    element.feed = feed;
    const event = nextEvent(element, 'kopiena-load');
    document.body.append(element);
    const { issues } = (await event).detail;
    expect(issues.map((issue) => issue.path)).to.deep.equal([
      'releases[0].activities[3].title',
      'releases[4].activities[1].title',
      'releases[4].activities[2].when',
      'releases[4].activities[3].people[0]',
      'releases[4].activities[4].id',
    ]);
    expect(titles(element)).to.have.length(20);
    for (let page = 0; page < 10 && shadow(element).querySelector('[part="more"]'); page++) {
      shadow(element).querySelector<HTMLButtonElement>('[part="more"]')!.click();
      await element.updateComplete;
    }
    expect(titles(element)).to.have.length(200);
    expect(titles(element).filter((title) => !/^T\d+$/.test(title ?? ''))).to.deep.equal([]);
    element.remove();
  });

  it('shows a large feed once its first page is checked, and announces it once, with every issue, when the rest is', async () => {
    // 2,000 valid activities (more than are checked before the first render: src/feed/validate.ts) in releases of 50;
    // invalid ones among the newest and far below the first page, in the last release: none shown, each reported.
    const activities: Array<Record<string, unknown>> = Array.from({ length: 2000 }, (_, index) => ({
      id: `a${index}`,
      when: `2020-01-${String((index % 28) + 1).padStart(2, '0')}`,
      title: `T${index}`,
    }));
    activities.splice(3, 0, { id: 'newest-untitled', when: '2021-01-01' });
    activities.push(
      { id: 'old-untitled', when: '2001-01-01' },
      { id: 'bad-date', when: '2001-02-30', title: 'Bad date' },
      { id: 'a1999', when: '2001-04-01', title: 'Repeat' }
    );
    const element = document.createElement('activity-timeline');
    element.lang = 'en';
    element.feed = feedWith(activities as Activity[], 50);
    const loads: Array<CustomEvent<{ issues: Array<{ path: string }> }>> = [];
    element.addEventListener('kopiena-load', (event) => loads.push(event));
    document.body.append(element);
    await element.updateComplete;
    const first = titles(element);
    expect(first).to.have.length(20);
    expect(first.filter((title) => !/^T\d+$/.test(title ?? ''))).to.deep.equal([]);
    // "Show more" before the rest is checked finds the next page, and keeps it when the whole feed replaces the part.
    shadow(element).querySelector<HTMLButtonElement>('[part="more"]')!.click();
    await element.updateComplete;
    const shown = titles(element);
    expect(shown.slice(0, 20)).to.deep.equal(first);
    expect(shown.filter((title) => /^T\d+$/.test(title ?? ''))).to.have.length(40);
    expect(loads, 'announced before the rest was checked').to.have.length(0);
    await waitUntil(() => loads.length > 0, 'kopiena-load never came');
    expect(loads[0].detail.issues.map((issue) => issue.path)).to.deep.equal([
      'releases[0].activities[3].title',
      'releases[40].activities[1].title',
      'releases[40].activities[2].when',
      'releases[40].activities[3].id',
    ]);
    await element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(titles(element)).to.deep.equal(shown);
    expect(loads).to.have.length(1);
    element.remove();
  });

  it('two timelines on one large src share the rest of the check, and each announces it once', async () => {
    const activities = Array.from({ length: 1500 }, (_, index) => ({ id: `a${index}`, when: '2020-04-29', title: `T${index}` }));
    activities.push({ id: 'untitled', when: '2001-01-01' } as Activity);
    const src = URL.createObjectURL(new Blob([JSON.stringify(feedWith(activities, 100))], { type: 'application/json' }));
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const loads: string[][] = [];
    const feeds: unknown[] = [];
    const elements = [0, 1].map(() => {
      const element = document.createElement('activity-timeline');
      Object.assign(element, { lang: 'en', src });
      element.addEventListener('kopiena-load', (event) => {
        loads.push(event.detail.issues.map((issue) => issue.path));
        feeds.push(event.detail.feed);
      });
      holder.append(element);
      return element;
    });
    await waitUntil(() => loads.length === 2, 'both timelines were not announced');
    expect(loads).to.deep.equal([['releases[15].activities[0].title'], ['releases[15].activities[0].title']]);
    expect(feeds[0], 'one whole feed for both').to.equal(feeds[1]);
    for (const element of elements) expect(titles(element)).to.have.length(20);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(loads).to.have.length(2);
    URL.revokeObjectURL(src);
  });

  it('keeps the DOM bounded for 10,000 activities', async () => {
    const activities = Array.from({ length: 10_000 }, (_, index) => ({ id: `a${index}`, when: '2020-04-29', title: `Activity ${index}` }));
    const element = await timeline(feedWith(activities, 20));
    expect(shadow(element).querySelectorAll('li')).to.have.length(20);
    expect(shadow(element).querySelectorAll('*').length).to.be.below(400);
  });

  it('names the release of each activity and links it with release-href', async () => {
    const element = await timeline(smallFeed(), { releaseHref: '/news/{id}/' });
    const release = shadow(element).querySelector('[part="release"]');
    expect(release?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('From the release: Newer news');
    expect(release?.querySelector('a')?.getAttribute('href')).to.equal('/news/newer/');
  });

  it('shows an empty state and fires kopiena-load', async () => {
    const element = document.createElement('activity-timeline');
    element.lang = 'en';
    element.feed = feedWith([]);
    const loaded = nextEvent(element, 'kopiena-load');
    document.body.append(element);
    await loaded;
    expect(shadowText(element)).to.equal('There are no activities to show.');
    element.remove();
  });

  it('fires kopiena-error not-found for an unknown release', async () => {
    const element = document.createElement('activity-timeline');
    element.lang = 'en';
    element.release = 'nope';
    element.feed = smallFeed();
    const failed = nextEvent(element, 'kopiena-error');
    document.body.append(element);
    expect((await failed).detail.code).to.equal('not-found');
    element.remove();
  });

  it('shows a localized error and fires kopiena-error when the feed cannot load', async () => {
    const element = document.createElement('activity-timeline');
    element.lang = 'lv';
    element.src = testServer.status(503);
    const failed = nextEvent(element, 'kopiena-error');
    document.body.append(element);
    expect((await failed).detail.code).to.equal('http');
    await element.updateComplete;
    expect(shadowText(element)).to.equal('Ziņas neizdevās ielādēt. Ziņu avota serveris atbildēja ar kļūdu.');
    expect(shadow(element).querySelector('[role="status"]')).to.exist;
    element.remove();
  });

  it('topic: only the activities of releases of that topic, and all again without it', async () => {
    const feed = feedWith(
      [
        { id: 'a', when: '2020-04-01', title: 'Library day' },
        { id: 'b', when: '2020-04-02', title: 'Park clean-up' },
        { id: 'c', when: '2020-04-03', title: 'Reading club' },
      ],
      1
    );
    Object.assign(feed.releases[0], { topics: ['libraries'] });
    Object.assign(feed.releases[2], { topics: ['parks', 'libraries'] });
    const element = await timeline({ ...feed, topics: { libraries: 'Bibliotēkas', parks: 'Parki' } }, { topic: 'libraries' });
    expect(titles(element)).to.deep.equal(['Reading club', 'Library day']);
    element.topic = 'parks';
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(['Reading club']);
    element.topic = undefined;
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(['Reading club', 'Park clean-up', 'Library day']);
  });

  it('has no axe violations', async () => {
    const element = await timeline(await seedFeed(), { group: 'month' }, 'lv');
    await expect(element).to.be.accessible();
  });
});
