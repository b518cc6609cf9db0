// `kopiena build` as a user runs it (the built command in a child process):
// what it writes, read back with real parsers — RSS and Atom with a feed
// reader's parser, the JSON Feed against the 1.1 spec's required fields,
// the sitemap with an XML parser, every XML file with a strict one, the
// share PNGs decoded — and that two builds give the same bytes.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { PNG } from 'pngjs';
import Parser from 'rss-parser';
import { kopiena, repoRoot, scratchDir } from './helpers.js';
import { parseEveryXmlFile, parseStrictXml } from './xml.js';

const base = 'https://example.org/news';
const id = '2020-05-07-daugavpils-iedvesmo';
const demo = join(repoRoot, 'test/fixtures/feed.json');

const read = (site: string, path: string) => readFileSync(join(site, path), 'utf8');
const files = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
const hashes = (folder: string) =>
  Object.fromEntries(
    files(folder).map((path) => [
      path,
      createHash('sha256')
        .update(readFileSync(join(folder, path)))
        .digest('hex'),
    ])
  );

describe('kopiena build', () => {
  const scratch = scratchDir('kopiena-build-');
  const site = join(scratch, 'site');
  let run: Awaited<ReturnType<typeof kopiena>>;
  before(async () => {
    run = await kopiena(['build', demo, '--out', site, '--base-url', `${base}/`, '--lang', 'lv,en,ru']);
  });

  it('succeeds and says what it wrote', async () => {
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stdout,
      // In the feed's language, Latvian.
      /58 lapas \(7 relīžu un sarakstu lapas, 3 iegulšanas lapas, 48 iframe lapas ar oEmbed\), 3 kopīgošanas attēli, feed\.json, RSS, Atom un JSON Feed 3 valodās, sitemap\.xml un robots\.txt/
    );
  });

  it('writes the landing pages, the validated feed.json and a share PNG of 1200 × 630 per release and language', async () => {
    for (const lang of ['lv', 'en', 'ru']) {
      assert.ok(existsSync(join(site, lang, id, 'index.html')));
      const { width, height, data } = PNG.sync.read(readFileSync(join(site, lang, id, 'share.png')));
      assert.deepEqual([width, height], [1200, 630]);
      assert.ok(
        new Set(Array.from({ length: 200 }, (_, index) => data.readUInt32BE(((index * 4093) % (width * height)) * 4))).size > 1,
        'not one flat colour'
      );
    }
    const feed = JSON.parse(read(site, 'feed.json'));
    assert.deepEqual(feed.releases, JSON.parse(readFileSync(demo, 'utf8')).releases);
    assert.equal(feed.archives, undefined);
  });

  it('links each language’s RSS, Atom and JSON Feed from its pages', async () => {
    for (const page of ['lv/index.html', `lv/${id}/index.html`]) {
      const html = read(site, page);
      assert.ok(html.includes(`<link rel="alternate" type="application/rss+xml" title="Darbīgās kopienas (RSS)" href="${base}/lv/rss.xml">`), page);
      assert.ok(html.includes(`type="application/atom+xml" title="Darbīgās kopienas (Atom)" href="${base}/lv/atom.xml"`), page);
      assert.ok(html.includes(`type="application/feed+json" title="Darbīgās kopienas (JSON Feed)" href="${base}/lv/feed.json"`), page);
    }
  });

  it('writes RSS 2.0 that a feed reader parses: localized title, link to the landing page, date, HTML content, image', async () => {
    const rss = await new Parser({ customFields: { item: ['enclosure'] } }).parseString(read(site, 'en/rss.xml'));
    assert.equal(rss.title, 'Active Communities');
    assert.equal(rss.link, `${base}/en/`);
    const [item] = rss.items;
    assert.equal(item.title, 'Daugavpils active community inspires');
    assert.equal(item.link, `${base}/en/${id}/`);
    assert.equal(item.guid, `${base}/en/${id}/`);
    assert.equal(new Date(item.pubDate!).toISOString(), '2020-05-07T00:00:00.000Z');
    assert.match(String((item as unknown as Record<string, unknown>)['content:encoded']), /^<p>This spring, the “Active Communities” activists/);
    assert.equal(item.enclosure?.url, `${base}/en/${id}/share.png`);
    assert.equal(item.enclosure?.type, 'image/png');
    assert.equal(Number(item.enclosure?.length), readFileSync(join(site, 'en', id, 'share.png')).length);
    assert.deepEqual(item.categories, ['DarbīgāsKopienas', 'PeopleToPeople']);
  });

  it('writes Atom 1.0 that a feed reader parses, in Russian for the Russian pages', async () => {
    const atom = await new Parser().parseString(read(site, 'ru/atom.xml'));
    assert.equal(atom.title, 'Активные сообщества');
    const [entry] = atom.items;
    assert.equal(entry.title, 'Активное сообщество Даугавпилса вдохновляет');
    assert.equal(entry.link, `${base}/ru/${id}/`);
    assert.equal(entry.id, `${base}/ru/${id}/`);
    assert.equal(entry.isoDate, '2020-05-07T00:00:00.000Z');
    assert.match(entry.content!, /^<p>/);
    const xml = parseStrictXml(read(site, 'ru/atom.xml'));
    assert.equal(xml.getElementsByTagName('updated')[0].textContent, '2020-05-07T00:00:00.000Z', 'updated is the newest release, not the build time');
  });

  it('writes only strict XML: every .xml file parses without a warning', async () => {
    const feeds = ['lv', 'en', 'ru'].flatMap((lang) => [`${lang}/atom.xml`, `${lang}/rss.xml`]);
    assert.deepEqual([...parseEveryXmlFile(site).keys()], [...feeds, 'sitemap.xml'].sort());
  });

  it('writes a JSON Feed 1.1 with the fields its spec requires', async () => {
    const feed = JSON.parse(read(site, 'lv/feed.json'));
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(typeof feed.title, 'string');
    assert.equal(feed.feed_url, `${base}/lv/feed.json`);
    assert.equal(feed.home_page_url, `${base}/lv/`);
    assert.ok(Array.isArray(feed.items) && feed.items.length === 1);
    for (const item of feed.items) {
      assert.equal(typeof item.id, 'string');
      assert.ok(typeof item.content_html === 'string' || typeof item.content_text === 'string', 'content_html or content_text');
      assert.equal(item.url, `${base}/lv/${id}/`);
      assert.equal(item.title, 'Daugavpils darbīgā kopiena iedvesmo');
      assert.ok(!Number.isNaN(Date.parse(item.date_published)) && /T.*(Z|[+-]\d\d:\d\d)$/.test(item.date_published), 'RFC 3339 date');
      assert.equal(item.image, `${base}/lv/${id}/share.png`);
    }
    assert.ok(feed.authors.every((author: { name?: string }) => typeof author.name === 'string'));
  });

  it('writes sitemap.xml with every page (the embed pages too) and its language alternates, and robots.txt naming it', async () => {
    const xml = parseStrictXml(read(site, 'sitemap.xml'));
    const sitemaps = 'http://www.sitemaps.org/schemas/sitemap/0.9';
    const urls = Array.from(xml.getElementsByTagNameNS(sitemaps, 'url'));
    const locs = urls.map((url) => url.getElementsByTagNameNS(sitemaps, 'loc')[0].textContent!);
    const langs = ['lv', 'en', 'ru'];
    // Each page in lv, en and ru; the embed page of the first language is embed/ itself.
    const pages = [
      langs.map((lang) => `${base}/${lang}/`),
      langs.map((lang) => `${base}/${lang}/${id}/`),
      [`${base}/embed/`, `${base}/embed/en/`, `${base}/embed/ru/`],
    ];
    assert.deepEqual([...locs].sort(), pages.flat().sort());
    for (const [index, url] of urls.entries()) {
      const links = Array.from(url.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')).map(
        (link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`
      );
      const versions = pages.find((page) => page.includes(locs[index]))!;
      assert.deepEqual(links, [...langs.map((lang, at) => `${lang} ${versions[at]}`), `x-default ${versions[0]}`], locs[index]);
    }
    // The embed pages name the same alternates in their own <head>.
    for (const link of [`<link rel="canonical" href="${base}/embed/en/">`, `<link rel="alternate" hreflang="ru" href="${base}/embed/ru/">`])
      assert.ok(read(site, 'embed/en/index.html').includes(link), link);
    assert.match(read(site, 'robots.txt'), new RegExp(`^Sitemap: ${base}/sitemap\\.xml$`, 'm'));
  });

  it('gives byte-identical trees for two builds of the same input', async () => {
    const again = join(scratch, 'again');
    assert.equal((await kopiena(['build', demo, '--out', again, '--base-url', base, '--lang', 'lv,en,ru'])).status, 0);
    assert.deepEqual(hashes(again), hashes(site));
  });

  it('builds from a source folder: the folder kopiena import wrote gives back the same feed.json', async () => {
    const folder = join(scratch, 'project');
    assert.equal((await kopiena(['import', demo, '--out', folder])).status, 0);
    const fromFolder = join(scratch, 'from-folder');
    const result = await kopiena(['build', folder, '--out', fromFolder, '--base-url', base, '--lang', 'lv,en,ru']);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(read(fromFolder, 'feed.json')), JSON.parse(readFileSync(demo, 'utf8')));
    assert.ok(read(fromFolder, `lv/${id}/index.html`).includes('<title>Daugavpils darbīgā kopiena iedvesmo · Darbīgās kopienas</title>'));
  });

  it('without --base-url writes the pages and feed.json and says why there is no RSS, Atom or sitemap', async () => {
    const plain = join(scratch, 'plain');
    const result = await kopiena(['build', demo, '--out', plain, '--lang', 'en']);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(existsSync(join(plain, 'en', id, 'share.png')) && existsSync(join(plain, 'feed.json')));
    assert.ok(!existsSync(join(plain, 'en/rss.xml')) && !existsSync(join(plain, 'sitemap.xml')));
    assert.match(result.stdout, /bez --base-url nav RSS, Atom, JSON Feed, sitemap\.xml un oEmbed \(tiem vajag pilnas adreses/);
    assert.doesNotMatch(read(plain, 'robots.txt'), /Sitemap:/);
  });
});

describe('kopiena build with bad input', () => {
  const scratch = scratchDir('kopiena-build-bad-');

  it('stops on a validation error with the validate report, exit 1, and leaves --out as it was', async () => {
    const feed = JSON.parse(readFileSync(demo, 'utf8'));
    feed.releases[0].published = '2020-13-45';
    const bad = join(scratch, 'bad.json');
    writeFileSync(bad, JSON.stringify(feed, null, 2));
    const out = join(scratch, 'existing');
    assert.equal((await kopiena(['build', demo, '--out', out, '--lang', 'en'])).status, 0);
    const before = hashes(out);
    const result = await kopiena(['build', bad, '--out', out, '--lang', 'en']);
    assert.equal(result.status, 1);
    // In the feed's language (lv): --lang names the site's languages.
    assert.match(
      result.stderr,
      new RegExp(`${bad.replace(/[.]/g, '\\.')}:\\d+:\\d+: kļūda: relīze 2020-05-07-daugavpils-iedvesmo, published: "2020-13-45" nav datums`)
    );
    assert.match(result.stderr, /: 1 kļūda; nekas netika ierakstīts/);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
    assert.deepEqual(hashes(out), before);
    assert.deepEqual(readdirSync(scratch).sort(), ['bad.json', 'existing']);
  });

  it('exits 2 for a missing input or bad options, naming the problem', async () => {
    assert.equal((await kopiena(['build', join(scratch, 'nope.json'), '--out', join(scratch, 'x')])).status, 2);
    const noOut = await kopiena(['build', demo]);
    assert.equal(noOut.status, 2);
    assert.match(noOut.stderr, /--out <dir> is required/);
    assert.match((await kopiena(['build', demo, '--out', 'x', '--page-size', '0'])).stderr, /--page-size must be a whole number of at least 1/);
    assert.match((await kopiena(['build', demo, '--out', 'x', '--lang', 'lv,xx'])).stderr, /--lang: supported languages/);
  });

  it('skips a missing or unreadable image file, or a non-http image URL, with a warning, and draws a share image instead', async () => {
    const feed = JSON.parse(readFileSync(demo, 'utf8'));
    const [template] = feed.releases;
    const png = readFileSync(join(repoRoot, 'demo/screenshot.png'));
    writeFileSync(join(scratch, 'photo.png'), png);
    writeFileSync(join(scratch, 'notes.png'), 'not an image');
    const images = ['photo.png', 'missing.jpg', 'notes.png', 'mailto:someone@example.org'];
    feed.releases = images.map((src, index) => ({
      ...template,
      id: `2020-05-0${index + 1}-image-${index}`,
      published: `2020-05-0${index + 1}`,
      image: { src, alt: 'Foto' },
    }));
    const input = join(scratch, 'images.json');
    writeFileSync(input, JSON.stringify(feed, null, 2));
    const out = join(scratch, 'images-site');
    const result = await kopiena(['build', input, '--out', out, '--base-url', base, '--lang', 'lv']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(
      result.stderr,
      /brīdinājums: relīze 2020-05-02-image-1, image › src: faila missing\.jpg nav \(pārbaudiet tā nosaukumu un vai tas ir relīzes mapē\): izlaists, relīzei tā vietā būs zīmēts kopīgošanas attēls/
    );
    assert.match(result.stderr, /brīdinājums: relīze 2020-05-03-image-2, image › src: notes\.png nav PNG, JPEG, GIF vai WebP attēls: izlaists/);
    assert.match(
      result.stderr,
      /brīdinājums: relīze 2020-05-04-image-3, image › src: "mailto:someone@example\.org" nav attēla tīmekļa adrese \(https:\/\/…\): izlaists/
    );
    // The readable file is published with the site, cropped to the share image's 1.91:1 (never enlarged), and used as the share image.
    assert.ok(!existsSync(join(out, 'images/2020-05-01-image-0/photo.png')), 'never the file as it was');
    const share = new Uint8Array(readFileSync(join(out, 'images/2020-05-01-image-0/share.jpg')));
    assert.deepEqual([...share.subarray(0, 3)], [0xff, 0xd8, 0xff], 'a JPEG');
    assert.ok(!existsSync(join(out, 'lv/2020-05-01-image-0/share.png')));
    const landing = read(out, 'lv/2020-05-01-image-0/index.html');
    assert.ok(landing.includes(`<meta property="og:image" content="${base}/images/2020-05-01-image-0/share.jpg">`));
    assert.ok(
      landing.includes('<meta property="og:image:width" content="900">') && landing.includes('<meta property="og:image:height" content="473">'),
      'the size of the published crop'
    );
    const published = JSON.parse(read(out, 'feed.json'));
    assert.equal(
      published.releases.find((release: { id: string }) => release.id === '2020-05-01-image-0').image.src,
      `${base}/images/2020-05-01-image-0/share.jpg`
    );
    for (const skipped of [1, 2, 3]) assert.ok(existsSync(join(out, `lv/2020-05-0${skipped + 1}-image-${skipped}/share.png`)));
  });
});
