// `kopiena build` on feeds that grow and feeds that misbehave: archive pages
// exactly as docs/feed-format.md describes them (split and re-joined they are the
// original releases), 100 releases in 6 languages, a 500-character title in
// mixed scripts, and feed text that tries to be markup.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PNG } from 'pngjs';
import Parser from 'rss-parser';
import { validateFeed } from '../../src/feed/validate.js';
import { drawShareImage } from '../src/site/share-image.js';
import { shareImages } from '../src/site/pages.js';
import { kopiena, scratchDir } from './helpers.js';
import { syntheticFeed } from './synthetic-feed.js';
import { parseEveryXmlFile } from './xml.js';

const base = 'https://example.org/news';
const scratch = scratchDir('kopiena-build-large-');
const write = (name: string, feed: unknown) => {
  const path = join(scratch, name);
  writeFileSync(path, JSON.stringify(feed, null, 2));
  return path;
};
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('kopiena build archive pages', async () => {
  const feed = syntheticFeed(45);
  const out = join(scratch, 'archived');
  const run = await kopiena(['build', write('45.json', feed), '--out', out, '--base-url', base, '--lang', 'lv', '--page-size', '20']);

  it('splits 45 releases into an index of the newest 20 and archive pages of 20, counted from the oldest', async () => {
    assert.equal(run.status, 0, run.stderr);
    const index = readJson(join(out, 'feed.json'));
    assert.equal(index.releases.length, 20);
    assert.deepEqual(
      index.archives.map(({ url, releases }: { url: string; releases: number }) => [url, releases]),
      [
        ['archive/2.json', 5],
        ['archive/1.json', 20],
      ]
    );
    assert.deepEqual(readdirSync(join(out, 'archive')).sort(), ['1.json', '2.json']);
  });

  it('gives each archive its published range and its activities’ count and range', async () => {
    const { archives } = readJson(join(out, 'feed.json'));
    const page = readJson(join(out, 'archive/1.json'));
    assert.deepEqual(Object.keys(page), ['version', 'releases'], 'an archive page repeats nothing of the index');
    assert.equal(page.version, 1);
    const published = page.releases.map((release: { published: string }) => release.published);
    assert.deepEqual(published, [...published].sort().reverse(), 'newest first');
    const entry = archives[1];
    assert.equal(entry.from, published.at(-1));
    assert.equal(entry.to, published[0]);
    assert.equal(entry.from, '2015-01-01');
    assert.equal(entry.activities.count, 20 * 4);
    assert.equal(entry.activities.from, '2015-01-01');
    assert.equal(entry.activities.to, '2015-01-31', 'a month-precision `when` reaches the end of its month');
  });

  it('re-joined, the index and the archive pages are exactly the original releases, newest first', async () => {
    const index = readJson(join(out, 'feed.json'));
    const joined = [...index.releases, ...index.archives.flatMap(({ url }: { url: string }) => readJson(join(out, url)).releases)];
    const original = [...feed.releases].sort((a, b) => String(b.published).localeCompare(String(a.published)));
    assert.deepEqual(joined, JSON.parse(JSON.stringify(original)));
  });

  it('keeps the index a valid kopiena feed', async () => {
    const { issues, feed: valid } = validateFeed(readJson(join(out, 'feed.json')));
    assert.deepEqual(issues, []);
    assert.equal(valid.releases.length, 20);
  });

  it('one more release changes the index and the newest archive page only: the older page keeps its bytes', async () => {
    const grown = syntheticFeed(46);
    const next = join(scratch, 'grown');
    assert.equal((await kopiena(['build', write('46.json', grown), '--out', next, '--lang', 'lv', '--page-size', '20'])).status, 0);
    assert.equal(readFileSync(join(next, 'archive/1.json'), 'utf8'), readFileSync(join(out, 'archive/1.json'), 'utf8'));
    assert.notEqual(readFileSync(join(next, 'archive/2.json'), 'utf8'), readFileSync(join(out, 'archive/2.json'), 'utf8'));
  });

  it('splits the language index into pages of --page-size teasers, each linking the next, all in the sitemap', async () => {
    const articles = (path: string) => readFileSync(join(out, path), 'utf8').split('<article>').length - 1;
    assert.deepEqual([articles('lv/index.html'), articles('lv/page/2/index.html'), articles('lv/page/3/index.html')], [20, 20, 5]);
    assert.ok(readFileSync(join(out, 'lv/index.html'), 'utf8').includes('<p class="more"><a href="../lv/page/2/index.html">Rādīt vairāk</a></p>'));
    const last = readFileSync(join(out, 'lv/page/3/index.html'), 'utf8');
    assert.ok(!last.includes('class="more"'));
    assert.ok(last.includes('href="../../2015-01-01-kopiena-1/index.html"'), 'teasers link their landing pages');
    assert.ok(last.includes('<link rel="stylesheet" href="../../../assets/page.css">'));
    const sitemap = parseEveryXmlFile(out).get('sitemap.xml')!;
    const locs = Array.from(sitemap.getElementsByTagName('loc')).map((loc) => loc.textContent);
    for (const path of ['lv/', 'lv/page/2/', 'lv/page/3/']) assert.ok(locs.includes(`${base}/${path}`), path);
  });

  it('puts the newest --page-size releases in each syndication feed', async () => {
    const rss = await new Parser().parseString(readFileSync(join(out, 'lv/rss.xml'), 'utf8'));
    assert.equal(rss.items.length, 20);
    assert.match(rss.items[0].title!, /\(45\)$/);
  });
});

describe('kopiena build on big and odd feeds', () => {
  it('builds 100 releases in 6 languages', async () => {
    const languages = ['lv', 'en', 'ru', 'lt', 'et', 'uk'];
    const out = join(scratch, 'six');
    const run = await kopiena([
      'build',
      write('100x6.json', syntheticFeed(100, languages)),
      '--out',
      out,
      '--base-url',
      base,
      '--lang',
      languages.join(','),
    ]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stdout,
      // In the feed's first language, Latvian (631: the singular, as Latvian counts 21, 31, …).
      /2515 lapas \(631 relīzes vai saraksta lapa, 6 iegulšanas lapas, 1878 iframe lapas ar oEmbed\), 600 kopīgošanas attēli, feed\.json ar 4 arhīva lapām, RSS, Atom un JSON Feed 6 valodās/
    );
    const png = PNG.sync.read(readFileSync(join(out, 'uk', '2015-04-10-kopiena-100', 'share.png')));
    assert.deepEqual([png.width, png.height], [1200, 630]);
    assert.ok(readFileSync(join(out, 'et/index.html'), 'utf8').includes('Daugavpilsi aktiivne kogukond innustab (100)'));
    assert.equal(parseEveryXmlFile(out).size, 6 * 2 + 1, 'RSS and Atom per language and the sitemap, all strict XML');
  });

  it('writes each share image drawn by the worker pool at its own path, the same bytes as drawing its card alone', async () => {
    const feed = validateFeed(readJson(join(scratch, '100x6.json'))).feed;
    const images = shareImages({ feed, locales: ['lv', 'en', 'ru', 'lt', 'et', 'uk'] });
    assert.equal(images.length, 600);
    // The first and last cards, and some between: the pool's two workers took them from one counter.
    for (const index of [0, 1, 2, 299, 300, 301, 598, 599]) {
      const { path, card } = images[index];
      assert.deepEqual(readFileSync(join(scratch, 'six', path)), Buffer.from(await drawShareImage(card)), path);
    }
  });

  it('builds a release with a 500-character title in mixed scripts, whole in the page and the feeds', async () => {
    const feed = syntheticFeed(1);
    const title = 'Daugavpils kopiena и Даугавпилсская община, Kauno bendruomenė ir Tartu kogukond — ąčęėįšųūž õäöü ёжщ '.repeat(6).slice(0, 500);
    feed.releases[0].title = { lv: title, en: title, ru: title };
    const out = join(scratch, 'long');
    const run = await kopiena(['build', write('long.json', feed), '--out', out, '--base-url', base]);
    assert.equal(run.status, 0, run.stderr);
    const id = feed.releases[0].id as string;
    assert.deepEqual((({ width, height }) => [width, height])(PNG.sync.read(readFileSync(join(out, 'ru', id, 'share.png')))), [1200, 630]);
    const rss = await new Parser().parseString(readFileSync(join(out, 'ru/rss.xml'), 'utf8'));
    assert.equal(rss.items[0].title, title);
    assert.equal(parseEveryXmlFile(out).get('ru/atom.xml')!.getElementsByTagName('entry')[0].getElementsByTagName('title')[0].textContent, title);
  });

  it('keeps feed text that looks like markup as text in every output', async () => {
    const feed = syntheticFeed(1);
    const hostile = '<script>alert(1)</script> & ]]> <img src=x onerror=alert(2)>';
    feed.releases[0].title = { lv: hostile, en: hostile, ru: hostile };
    feed.releases[0].body = [`${hostile} [click](javascript:alert(3)) **bold**`];
    const out = join(scratch, 'hostile');
    const run = await kopiena(['build', write('hostile.json', feed), '--out', out, '--base-url', base, '--lang', 'en']);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual([...parseEveryXmlFile(out).keys()], ['en/atom.xml', 'en/rss.xml', 'sitemap.xml'], 'all strict XML');
    const rssText = readFileSync(join(out, 'en/rss.xml'), 'utf8');
    const rss = await new Parser().parseString(rssText);
    assert.equal(rss.items[0].title, hostile);
    const content = String((rss.items[0] as unknown as Record<string, unknown>)['content:encoded']);
    assert.ok(
      content.startsWith(
        '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; &lt;img src=x onerror=alert(2)&gt; [click](javascript:alert(3)) <strong>bold</strong></p>'
      ),
      content
    );
    const atom = await new Parser().parseString(readFileSync(join(out, 'en/atom.xml'), 'utf8'));
    assert.equal(atom.items[0].title, hostile, 'type="text" (the default): the title as it was written, shown as text');
    const json = readJson(join(out, 'en/feed.json'));
    assert.equal(json.items[0].title, hostile);
    assert.ok(!json.items[0].content_html.includes('<script'));
  });
});
