/**
 * Paging a timeline across archive pages gives exactly the items of the
 * whole history as one file, reading only the pages needed, newest first.
 */
import { expect } from '@open-wc/testing';
import { timelineItems, type TimelineQuery } from './activities.js';
import { settle } from './archives.js';
import { checkArchives, type ArchivePage } from './archive-index.js';
import { loadPage } from './archive-load.js';
import { load, textOf } from './load.js';
import type { Feed } from './validate.js';
import { historyUrl, serverCount } from '../../test/helpers.js';

async function loadIndex(url: string) {
  const result = await load(url);
  return { index: result.feed, archives: checkArchives((JSON.parse(textOf(result)!) as { archives: unknown[] }).archives, url, []) };
}

/** What a timeline does: read pages until `wanted` items are certain (or none is left); the ids shown and the pages read. */
async function page(index: Feed, archives: ArchivePage[], query: TimelineQuery, wanted: number) {
  const read = new Map<ArchivePage, Feed>();
  for (;;) {
    const releases = [...index.releases, ...archives.filter((p) => read.has(p)).flatMap((p) => read.get(p)!.releases)];
    const items = timelineItems({ ...index, releases }, query);
    const { count, next } = settle(
      items,
      archives.filter((p) => !read.has(p)),
      query
    );
    if (count >= wanted || !next)
      return { ids: items.slice(0, Math.min(count, wanted)).map((item) => `${item.release.id}/${item.activity.id}`), read: [...read.keys()] };
    read.set(next, (await loadPage(index, next)).feed);
  }
}

describe('timeline items across archive pages', () => {
  const queries: Array<[string, TimelineQuery]> = [
    ['newest first', { order: 'desc' }],
    ['oldest first', { order: 'asc' }],
    ['a from/to window', { order: 'desc', from: '2019-03', to: '2019-06-15' }],
  ];
  for (const [what, query] of queries) {
    it(`gives the same items as one big file, ${what}, reading only the pages needed`, async () => {
      const whole = (await load(historyUrl(300, 0))).feed;
      const { index, archives } = await loadIndex(historyUrl(300, 20));
      const expected = timelineItems(whole, query).map((item) => `${item.release.id}/${item.activity.id}`);
      for (const wanted of [20, 60, 120]) {
        const { ids, read } = await page(index, archives, query, wanted);
        expect(ids).to.deep.equal(expected.slice(0, wanted));
        // 3 activities a release, 20 releases a page: the index and each page hold 60 items; a window needs only the pages it overlaps.
        if (what === 'newest first') expect(read.map((p) => p.name)).to.deep.equal(archives.slice(0, Math.ceil(wanted / 60) - 1).map((p) => p.name));
        if (what === 'oldest first')
          expect(read.map((p) => p.name)).to.deep.equal(
            archives
              .slice(-Math.ceil(wanted / 60))
              .reverse()
              .map((p) => p.name)
          );
        if (what === 'a from/to window') expect(read.every((p) => p.low <= Date.UTC(2019, 5, 16) && p.high >= Date.UTC(2019, 2, 1))).to.equal(true);
      }
      // Every page requested at most once, however often it was read.
      for (const archive of archives) expect(await serverCount(archive.url)).to.be.at.most(1);
    });
  }

  it('reads no page while the index holds enough items newer than every page', async () => {
    const { index, archives } = await loadIndex(historyUrl(100, 20));
    const { ids, read } = await page(index, archives, { order: 'desc' }, 20);
    expect(ids).to.have.length(20);
    expect(read).to.deep.equal([]);
    expect(await serverCount(archives[0].url)).to.equal(0);
  });

  it('skips pages that declare no activities', () => {
    const empty: ArchivePage = { name: 'empty.json', url: 'https://example.org/empty.json', low: Infinity, high: -Infinity };
    expect(settle([], [empty], { order: 'desc' })).to.deep.equal({ count: 0 });
  });
});
