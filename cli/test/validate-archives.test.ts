// `kopiena validate` of an index with `archives` (docs/feed-format.md, "Feeds that grow"):
// what can be checked without fetching the pages, at the line and column of
// each entry in feed.json.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { kopiena, repoRoot, scratchDir } from './helpers.js';

/** `line:column` (1-based) of `needle`, its first occurrence after `after` when given. */
function place(text: string, needle: string, after = ''): string {
  const offset = text.indexOf(needle, after ? text.indexOf(after) + after.length : 0);
  assert.ok(offset >= 0 && (!after || text.includes(after)), `${needle} is in the text`);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

/** The test fixture's feed as an index of `archives`, validated as feed.json: its exit code and the report's lines. */
async function validateIndex(archives: unknown) {
  const feed = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/feed.json'), 'utf8'));
  const text = JSON.stringify({ ...feed, archives }, null, 2);
  const dir = scratchDir();
  writeFileSync(join(dir, 'feed.json'), text);
  const run = await kopiena(['validate', 'feed.json', '--lang', 'en'], { cwd: dir });
  return { text, status: run.status, lines: run.stdout.split('\n').filter(Boolean) };
}

const page2019 = { url: 'archive/2019.json', from: '2019-01-01', to: '2019-12-31', releases: 24 };
const page2018 = {
  url: 'archive/2018.json',
  from: '2018-01-01',
  to: '2018-12-31',
  releases: 20,
  activities: { count: 150, from: '2017-09', to: '2019-02' },
};

describe('kopiena validate, an index with archive pages', () => {
  it('finds archive pages with relative URLs, newest first, valid', async () => {
    const { status, lines } = await validateIndex([page2019, page2018]);
    assert.deepEqual(lines, []);
    assert.equal(status, 0);
  });

  it('says that archives must be a list', async () => {
    const { text, status, lines } = await validateIndex({ url: 'archive/2019.json' });
    assert.equal(status, 1);
    assert.deepEqual(lines, [`feed.json:${place(text, '{', '"archives": ')}: error: archives: must be a list of archive pages, newest first`]);
  });

  it('reports every refused entry at once, each at its value: URL, repeated page, the index itself, dates, counts, ranges', async () => {
    const { text, status, lines } = await validateIndex([
      { ...page2019, url: 'javascript:alert(1)' },
      page2019,
      { ...page2019, url: 'archive/2019.json#top', from: '2019-01-01', to: '2019-12-31' },
      { url: 'feed.json', from: '2018-01-01', to: '2018-12-31', releases: 3 },
      { url: 'archive/2017.json', from: '2017-12-31', to: '2017-01-01', releases: -1 },
      { url: 'archive/2016.json', from: 'last year', releases: 2, activities: { count: 4, from: '2016-09', to: '2016-02' } },
    ]);
    assert.equal(status, 1);
    assert.deepEqual(lines, [
      `feed.json:${place(text, '"javascript:alert(1)"')}: error: archives no. 1 › url: must be on the same site as the feed (http or https)`,
      `feed.json:${place(text, '"archive/2019.json#top"')}: error: archives no. 3 › url: repeats the feed’s own URL or an earlier archive page`,
      `feed.json:${place(text, '"feed.json"')}: error: archives no. 4 › url: repeats the feed’s own URL or an earlier archive page`,
      `feed.json:${place(text, '"2017-12-31"')}: error: archives no. 5 › from: is after "to" (2017-01-01): no date falls in this page's range, so the widgets never look for a release on it`,
      `feed.json:${place(text, '-1\n', 'archive/2017.json')}: error: archives no. 5 › releases: must be a whole number of at least 0`,
      `feed.json:${place(text, '"last year"')}: error: archives no. 6 › from: must be an ISO date (2020-05-07) or date-time with offset`,
      `feed.json:${place(text, '"2016-09"', 'archive/2016.json')}: error: archives no. 6 › activities › from: is after "to" (2016-02): no date falls in this range, so the timeline never reads this page's activities`,
    ]);
  });

  it('warns of pages out of newest-first order and of an absolute URL in a feed file, and still exits 0', async () => {
    const { text, status, lines } = await validateIndex([page2018, { ...page2019, url: 'https://iic.lv/news/archive/2019.json' }]);
    assert.equal(status, 0);
    assert.deepEqual(lines, [
      `feed.json:${place(text, '{', '"to": "2019-02"')}: warning: archives no. 2: holds newer releases than archive page no. 1 before it: list archive pages newest first (the widgets read them in this order)`,
      `feed.json:${place(text, '"https://iic.lv/news/archive/2019.json"')}: warning: archives no. 2 › url: is a full web address: the widgets read it only when the feed is on https://iic.lv; a short one (archive/2019.json) works wherever the feed is`,
    ]);
  });
});
