// The search index kopiena build writes (Pagefind, issue #27 item 6): one
// record per landing page and language, holding the release's text and
// nothing of the page around it; the index pages load the search box, the
// landing pages do not; a draft and an embargoed release leave no word in
// it. (scripts/check/search-test.js searches it in Chromium.)
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { before, describe, it } from 'node:test';
import { kopiena, repoRoot, scratchDir } from './helpers.js';

interface Fragment {
  url: string;
  content: string;
  meta: { title: string };
}

/** Pagefind's fragments: gzip, a signature, then JSON. */
const fragments = (site: string): Fragment[] =>
  readdirSync(join(site, 'pagefind/fragment'))
    .sort()
    .map(
      (name) =>
        JSON.parse(
          gunzipSync(readFileSync(join(site, 'pagefind/fragment', name)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, '')
        ) as Fragment
    );

describe('the search index of kopiena build', () => {
  const scratch = scratchDir('kopiena-search-');
  const site = join(scratch, 'site');
  const feed = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/feed.json'), 'utf8'));
  const id = feed.releases[0].id as string;
  before(async () => {
    feed.releases.push({
      ...feed.releases[0],
      id: '2021-03-01-koris',
      published: '2021-03-01',
      title: { lv: 'Koris dzied', en: 'A choir sings' },
      summary: { lv: 'Koris uzstājās.', en: 'The choir performed.' },
      body: [{ lv: 'Klausītāji dziedāja līdzi harmonikai.', en: 'The listeners sang along with the accordion.' }],
    });
    writeFileSync(join(scratch, 'feed.json'), JSON.stringify(feed));
    const run = await kopiena(['build', join(scratch, 'feed.json'), '--out', site, '--lang', 'lv,en']);
    assert.equal(run.status, 0, run.stderr);
  });

  it('has one record per release and language, at its landing page, with the release text only', () => {
    const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8'));
    assert.deepEqual(Object.keys(entry.languages).sort(), ['en', 'lv']);
    assert.equal(entry.languages.en.page_count, 2);
    const records = fragments(site);
    assert.deepEqual(
      records.map((record) => record.url).sort(),
      ['/en/2021-03-01-koris/', `/en/${id}/`, '/lv/2021-03-01-koris/', `/lv/${id}/`].sort()
    );
    const choir = records.find((record) => record.url === '/en/2021-03-01-koris/')!;
    assert.equal(choir.meta.title, 'A choir sings');
    assert.equal(choir.content, 'A choir sings The choir performed. The listeners sang along with the accordion.');
    const latvian = records.find((record) => record.url === '/lv/2021-03-01-koris/')!;
    assert.ok(latvian.content.includes('harmonikai'), latvian.content);
    // Nothing of the page around the release: navigation, the embed link, the project name.
    for (const record of records) assert.ok(!/Embed on your site|Ievietot savā vietnē|Navigation/.test(record.content), record.content);
  });

  it('writes Pagefind’s library, worker and WebAssembly, not its ready-made UIs', () => {
    const files = readdirSync(join(site, 'pagefind'));
    for (const name of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en.pagefind', 'wasm.unknown.pagefind'])
      assert.ok(files.includes(name), name);
    assert.deepEqual(
      files.filter((name) => name.includes('-ui') || name.includes('highlight')),
      []
    );
  });

  it('puts the search box on every index page and on no landing page', () => {
    for (const lang of ['lv', 'en']) {
      const index = readFileSync(join(site, lang, 'index.html'), 'utf8');
      assert.ok(index.includes('<script type="module" src="../assets/search.js"></script>'), lang);
      assert.ok(index.includes('<form id="search" class="search" role="search" hidden'), lang);
      assert.ok(!readFileSync(join(site, lang, id, 'index.html'), 'utf8').includes('search.js'), lang);
    }
    assert.ok(readFileSync(join(site, 'lv/index.html'), 'utf8').includes('<label for="search-words">Meklēt preses relīzēs</label>'));
    assert.ok(readFileSync(join(site, 'assets/search.js')).length > 0);
  });
});

/** Every file of Pagefind's index as text (its chunks are gzip), by path. */
const indexTexts = (site: string): Map<string, string> =>
  new Map(
    readdirSync(join(site, 'pagefind'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.js') && !entry.name.startsWith('wasm.'))
      .map((entry) => {
        const bytes = readFileSync(join(entry.parentPath, entry.name));
        const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
        return [join(entry.parentPath, entry.name), text.toString('utf8')];
      })
  );

describe('the search index and releases that are not public yet', () => {
  it('holds no word of a draft or an embargoed release, and the words of a public one', async () => {
    const scratch = scratchDir('kopiena-search-held-');
    const site = join(scratch, 'site');
    const feed = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/feed.json'), 'utf8'));
    const release = (id: string, word: string, extra: Record<string, unknown>) => ({
      id,
      published: '2021-03-01',
      title: `${word} title`,
      body: [`The ${word} body.`],
      ...extra,
    });
    feed.releases.push(
      release('2021-03-01-draft', 'zorblaxdraft', { draft: true }),
      release('2099-01-01-embargo', 'quintelembargo', { published: '2099-01-01T10:00:00+02:00' }),
      release('2021-03-02-public', 'vardopublic', {})
    );
    writeFileSync(join(scratch, 'feed.json'), JSON.stringify(feed));
    const run = await kopiena(['build', join(scratch, 'feed.json'), '--out', site, '--lang', 'lv,en']);
    assert.equal(run.status, 0, run.stderr);
    const texts = indexTexts(site);
    const holding = (word: string) => [...texts].filter(([, text]) => text.includes(word)).map(([path]) => path);
    assert.ok(holding('vardopublic').length > 0, 'a public release’s word is in the index (so the search below could find a held one)');
    assert.deepEqual(holding('zorblaxdraft'), []);
    assert.deepEqual(holding('quintelembargo'), []);
    assert.deepEqual(
      fragments(site).filter((record) => /draft|embargo/.test(record.url)),
      []
    );
  });
});
