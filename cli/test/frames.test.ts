// The iframe embed and oEmbed as `kopiena build` writes them: a frame page
// per configuration the embed page offers and per language, noindex, under
// the site's strict CSP; with --base-url an oEmbed JSON beside each and the
// discovery link in frames and landing pages; without it none, and the
// summary says why. Feed text that tries to be markup stays text in the
// oEmbed's iframe. (In Chromium: scripts/check/frame-test.js.)
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { kopiena, repoRoot, scratchDir, type Run } from './helpers.js';

const base = 'https://example.org/news';
const id = '2020-05-07-daugavpils-iedvesmo';
const people = ['arvita-juksa', 'inese-nastajus', 'kristine-liepina', 'sandra-kraukle'];
const scratch = scratchDir('kopiena-frames-');
const fixture = join(repoRoot, 'test/fixtures/feed.json');

const files = (root: string): string[] =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();

describe('kopiena build: the iframe embed', () => {
  const out = join(scratch, 'site');
  let run: Run;
  before(async () => {
    run = await kopiena(['build', fixture, '--out', out, '--base-url', base, '--lang', 'lv,en']);
  });

  it('writes a frame page for every configuration of the embed page, in every language, and its oEmbed', () => {
    assert.equal(run.status, 0, run.stderr);
    const configs = [
      'release/latest/',
      'release/latest/teaser/',
      `release/${id}/`,
      `release/${id}/teaser/`,
      'list/',
      'timeline/',
      'timeline/latest/',
      `timeline/${id}/`,
      ...people.flatMap((person) => [`contact/${person}/`, `contact/${person}/compact/`]),
    ];
    const expected = ['lv', 'en'].flatMap((lang) =>
      configs.flatMap((config) => [`frame/${lang}/${config}index.html`, `frame/${lang}/${config}oembed.json`])
    );
    const written = files(out).filter((path) => path.startsWith('frame/') && !/^frame\/[^/]+\.(js|css)$/.test(path));
    assert.deepEqual(written, expected.sort());
    assert.deepEqual(
      files(join(out, 'frame')).filter((path) => !path.includes('/')),
      ['frame.css', 'frame.js', 'resizer.js']
    );
    assert.match(run.stdout, /\(5 relīžu un sarakstu lapas, 2 iegulšanas lapas, 32 iframe lapas ar oEmbed\)/);
  });

  it('a frame page: the widget server-rendered with its feed inline, noindex, links out to the page, its script a classic one', () => {
    const html = readFileSync(join(out, `frame/en/release/${id}/index.html`), 'utf8');
    const document = parseDocument(html);
    const find = (test: (element: import('domhandler').Element) => boolean) => DomUtils.findAll(test, document.children);
    assert.equal(find((element) => element.name === 'meta' && element.attribs.name === 'robots')[0]?.attribs.content, 'noindex, indexifembedded');
    assert.equal(find((element) => element.name === 'base')[0]?.attribs.target, '_top');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self' 'sha256-/);
    assert.equal(DomUtils.textContent(find((element) => element.name === 'title')[0]), 'Daugavpils active community inspires · Active Communities');
    const scripts = find((element) => element.name === 'script' && element.attribs.src !== undefined).map((script) => [
      script.attribs.src,
      script.attribs.type,
    ]);
    assert.deepEqual(scripts, [
      ['../../../../frame/frame.js', undefined],
      ['../../../../assets/kopiena-hydrate.js', 'module'],
    ]);
    const widget = find((element) => element.name === 'community-release')[0];
    assert.equal(widget.attribs['heading-level'], '1');
    assert.equal(widget.attribs.share, undefined, 'no share links: the sandbox blocks their pop-ups');
    assert.ok(find((element) => element.name === 'template' && element.attribs.shadowrootmode === 'open').length > 0);
    assert.ok(find((element) => element.name === 'script' && element.attribs.type === 'application/json').length === 1);
    const languages = find((element) => element.name === 'a' && element.attribs.hreflang !== undefined).map((link) => [
      link.attribs.href,
      link.attribs.target,
    ]);
    assert.deepEqual(languages, [[`../../../../frame/lv/release/${id}/index.html`, '_self']]);
  });

  it('an oEmbed JSON per frame: rich, the iframe of the frame page as html, announced by the frame and by the landing page', () => {
    const json = JSON.parse(readFileSync(join(out, `frame/lv/release/${id}/oembed.json`), 'utf8'));
    assert.deepEqual(Object.keys(json), [
      'version',
      'type',
      'html',
      'width',
      'height',
      'title',
      'provider_name',
      'provider_url',
      'thumbnail_url',
      'thumbnail_width',
      'thumbnail_height',
    ]);
    assert.equal(
      json.html,
      `<iframe src="${base}/frame/lv/release/${id}/" title="Daugavpils darbīgā kopiena iedvesmo · Darbīgās kopienas" width="600" height="700" frameborder="0"></iframe>`
    );
    const link = `<link rel="alternate" type="application/json+oembed" href="${base}/frame/lv/release/${id}/oembed.json" title="Daugavpils darbīgā kopiena iedvesmo · Darbīgās kopienas">`;
    assert.ok(readFileSync(join(out, `lv/${id}/index.html`), 'utf8').includes(link), 'the landing page');
    assert.ok(readFileSync(join(out, `frame/lv/release/${id}/index.html`), 'utf8').includes(link), 'the frame page');
    const timeline = JSON.parse(readFileSync(join(out, 'frame/en/timeline/oembed.json'), 'utf8'));
    assert.equal(timeline.title, 'Activities of Active Communities');
    assert.equal(timeline.thumbnail_url, undefined);
  });

  it('feed text that tries to be markup stays text in the oEmbed iframe and the frame page', async () => {
    const feed = JSON.parse(readFileSync(fixture, 'utf8'));
    feed.releases[0].title = { lv: '"><script>alert(1)</script><iframe src=x> & \'', en: 'x' };
    const path = join(scratch, 'hostile.json');
    writeFileSync(path, JSON.stringify(feed));
    const hostile = join(scratch, 'hostile');
    assert.equal((await kopiena(['build', path, '--out', hostile, '--base-url', base, '--lang', 'lv'])).status, 0);
    const { html, title } = JSON.parse(readFileSync(join(hostile, `frame/lv/release/${id}/oembed.json`), 'utf8'));
    const elements = DomUtils.findAll(() => true, parseDocument(html).children);
    assert.deepEqual(
      elements.map((element) => element.name),
      ['iframe']
    );
    assert.equal(elements[0].attribs.title, `"><script>alert(1)</script><iframe src=x> & ' · Darbīgās kopienas`);
    assert.equal(title, elements[0].attribs.title);
    const page = parseDocument(readFileSync(join(hostile, `frame/lv/release/${id}/index.html`), 'utf8'));
    assert.equal(
      DomUtils.findAll((element) => element.name === 'script' && !element.attribs.src && element.attribs.type !== 'application/json', page.children)
        .length,
      0
    );
  });
});

describe('kopiena build: the list’s frames', () => {
  const out = join(scratch, 'list');
  const other = '2021-03-01-other-news';
  before(async () => {
    // Two releases, one of the topic "libraries"; a topic no release names gets no frame.
    const feed = JSON.parse(readFileSync(fixture, 'utf8'));
    feed.topics = { libraries: { lv: 'Bibliotēkas', en: 'Libraries' }, unused: { lv: 'Nekas', en: 'Nothing' } };
    feed.releases[0].topics = ['libraries'];
    const { activities: _activities, ...newer } = feed.releases[0];
    feed.releases.push({
      ...newer,
      id: other,
      published: '2021-03-01',
      topics: [],
      title: { lv: 'Cita ziņa', en: 'Other news', ru: 'Другая новость' },
    });
    const path = join(scratch, 'topics.json');
    writeFileSync(path, JSON.stringify(feed));
    const run = await kopiena(['build', path, '--out', out, '--base-url', base, '--lang', 'lv,en']);
    assert.equal(run.status, 0, run.stderr);
  });
  const page = (path: string) => parseDocument(readFileSync(join(out, path), 'utf8'));
  /** Each server-rendered teaser (in the declarative shadow root): its title and where it links. */
  const teasers = (path: string) =>
    DomUtils.findAll((element) => element.name === 'li' && element.attribs.part === 'item', page(path).children).map((item) => {
      const link = DomUtils.findOne((element) => element.name === 'a', item.children)!;
      return [DomUtils.textContent(link).trim(), link.attribs.href];
    });

  it('writes one list frame per language and one per topic, each with its oEmbed', () => {
    const lists = files(join(out, 'frame')).filter((path) => /^[a-z]+\/list\//.test(path));
    assert.deepEqual(lists, [
      'en/list/index.html',
      'en/list/libraries/index.html',
      'en/list/libraries/oembed.json',
      'en/list/oembed.json',
      'lv/list/index.html',
      'lv/list/libraries/index.html',
      'lv/list/libraries/oembed.json',
      'lv/list/oembed.json',
    ]);
  });

  it('renders the newest releases as teasers on the server, linked to their landing pages, in the frame’s language', () => {
    assert.deepEqual(teasers('frame/en/list/index.html'), [
      ['Other news', `${base}/en/${other}/`],
      ['Daugavpils active community inspires', `${base}/en/${id}/`],
    ]);
    assert.deepEqual(teasers('frame/lv/list/libraries/index.html'), [['Daugavpils darbīgā kopiena iedvesmo', `${base}/lv/${id}/`]]);
    const document = page('frame/en/list/libraries/index.html');
    const list = DomUtils.findOne((element) => element.name === 'release-list', document.children)!;
    assert.ok(DomUtils.findOne((element) => element.name === 'template' && element.attribs.shadowrootmode === 'open', list.children));
    const inline = DomUtils.findOne((element) => element.name === 'script' && element.attribs.type === 'application/json', list.children)!;
    assert.deepEqual(
      JSON.parse(DomUtils.textContent(inline)).releases.map((release: { id: string }) => release.id),
      [id],
      'only the topic’s releases are inline: the client hydrates with no fetch'
    );
    const title = 'Libraries · News from Active Communities';
    assert.equal(DomUtils.textContent(DomUtils.findOne((element) => element.name === 'title', document.children)!), title);
    assert.equal(DomUtils.textContent(DomUtils.findOne((element) => element.name === 'h1', document.children)!), title);
    const home = DomUtils.findOne((element) => element.name === 'footer', document.children)!;
    assert.equal(DomUtils.findOne((element) => element.name === 'a', home.children)!.attribs.href, `${base}/en/topics/libraries/`);
    const oembed = JSON.parse(readFileSync(join(out, 'frame/lv/list/oembed.json'), 'utf8'));
    assert.equal(oembed.title, 'Projekta „Darbīgās kopienas” jaunumi');
    assert.equal(oembed.html.includes(`src="${base}/frame/lv/list/"`), true);
  });
});

describe('kopiena build: a list frame of more releases than a page shows', () => {
  it('shows the first five teasers and “Show more” for the rest, which the frame holds inline up to --page-size', async () => {
    const feed = JSON.parse(readFileSync(fixture, 'utf8'));
    const { activities: _activities, ...first } = feed.releases[0];
    for (let day = 1; day <= 7; day++)
      feed.releases.push({
        ...first,
        id: `2021-03-0${day}-news`,
        published: `2021-03-0${day}`,
        title: { lv: `Ziņa ${day}`, en: `News ${day}`, ru: `Новость ${day}` },
      });
    const path = join(scratch, 'many.json');
    writeFileSync(path, JSON.stringify(feed));
    const out = join(scratch, 'many');
    assert.equal((await kopiena(['build', path, '--out', out, '--lang', 'en', '--page-size', '6'])).status, 0);
    const document = parseDocument(readFileSync(join(out, 'frame/en/list/index.html'), 'utf8'));
    const titles = DomUtils.findAll((element) => element.name === 'li' && element.attribs.part === 'item', document.children).map((item) =>
      DomUtils.textContent(DomUtils.findOne((element) => element.name === 'a', item.children)!).trim()
    );
    assert.deepEqual(titles, ['News 7', 'News 6', 'News 5', 'News 4', 'News 3']);
    const more = DomUtils.findOne((element) => element.name === 'button' && element.attribs.part === 'more', document.children);
    assert.equal(more && DomUtils.textContent(more).trim(), 'Show more');
    const list = DomUtils.findOne((element) => element.name === 'release-list', document.children)!;
    const inline = DomUtils.findOne((element) => element.name === 'script' && element.attribs.type === 'application/json', list.children)!;
    assert.equal(JSON.parse(DomUtils.textContent(inline)).releases.length, 6);
  });
});

describe('kopiena build without --base-url', () => {
  it('writes the frames with relative links, no oEmbed, and says that oEmbed needs --base-url', async () => {
    const out = join(scratch, 'relative');
    const run = await kopiena(['build', fixture, '--out', out, '--lang', 'lv']);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(existsSync(join(out, 'frame/lv/timeline/index.html')));
    assert.deepEqual(
      files(out).filter((path) => path.endsWith('oembed.json')),
      []
    );
    for (const path of [`lv/${id}/index.html`, `frame/lv/release/${id}/index.html`])
      assert.ok(!readFileSync(join(out, path), 'utf8').includes('json+oembed'), path);
    assert.match(run.stdout, /iframe lapas\)/);
    assert.match(run.stdout, /bez --base-url nav RSS, Atom, JSON Feed, sitemap\.xml un oEmbed/);
    const timeline = readFileSync(join(out, 'frame/lv/timeline/index.html'), 'utf8');
    assert.ok(timeline.includes('release-href="../../../lv/{id}/"'), 'an activity’s release links to its landing page');
  });
});
