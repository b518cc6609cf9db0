// Drafts, embargoes and topics on the built site (docs/feed-format.md,
// "Newsroom fields"; docs/command.md, "kopiena build"): a draft and an
// embargoed release are in no public file, byte for byte, until the build's
// clock passes the embargo; a --drafts preview shows them with every page
// noindex and marked; each topic's pages and feeds hold exactly its releases
// and every topic link leads to a page that exists.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { main } from '../src/main.js';
import { capturingIo, repoRoot, scratchDir } from './helpers.js';

const base = 'https://example.org/news';
const DRAFT = '2020-06-01-draftsecretrelease';
const EMBARGOED = '2027-01-15-embargosecretrelease';
const TODAY = new Date('2026-12-07T08:00:00Z');
const AFTER_EMBARGO = new Date('2027-01-15T08:00:01Z');

/** The seed feed with three more releases: one per topic, a draft and an embargoed one, each named by a word found nowhere else. */
function newsroomFeed() {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test builds the feed freely
  const feed: Record<string, any> = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/feed.json'), 'utf8'));
  const seed = feed.releases[0];
  feed.topics = {
    libraries: { lv: 'Bibliotēkas', en: 'Libraries', ru: 'Библиотеки' },
    youth: { lv: 'Jaunieši', en: 'Young people', ru: 'Молодёжь' },
    secrets: { lv: 'Noslēpumi', en: 'Secrets' },
  };
  seed.topics = ['libraries', 'youth'];
  const release = (id: string, published: string, title: string, extra: Record<string, unknown>) => ({
    id,
    published,
    title,
    body: [`${title} body.`],
    ...extra,
  });
  feed.releases.push(
    release('2020-05-20-lasisana', '2020-05-20', 'Lasīšanas vakars', { topics: ['libraries'] }),
    release('2020-05-25-nometne', '2020-05-25', 'Jauniešu nometne', { topics: ['youth'] }),
    release(DRAFT, '2020-06-01', 'Draftsecrettitle', { draft: true, topics: ['libraries', 'secrets'] }),
    release(EMBARGOED, '2027-01-15T10:00:00+02:00', 'Embargosecrettitle', { topics: ['libraries', 'secrets'] })
  );
  return feed;
}

/** Builds `feed` with the clock at `now`; returns the site folder and its files. */
async function build(feed: unknown, now: Date, ...extra: string[]) {
  const dir = scratchDir('kopiena-newsroom-site-');
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
  const io = capturingIo({ cwd: dir, now: () => now });
  const status = await main(['build', 'feed.json', '--out', 'site', '--base-url', base, '--lang', 'lv,en,ru', ...extra], io);
  assert.equal(status, 0, io.printed().stderr);
  const out = join(dir, 'site');
  const files = new Map<string, Buffer>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(out, path), readFileSync(path));
    }
  };
  walk(out);
  return { out, files, printed: io.printed() };
}

/** Every file (path or bytes) that names one of `words`. */
const mentioning = (files: ReadonlyMap<string, Buffer>, words: string[]) =>
  [...files].filter(([path, bytes]) => words.some((word) => path.includes(word) || bytes.includes(word))).map(([path]) => path);

const html = (files: ReadonlyMap<string, Buffer>, path: string) => {
  const bytes = files.get(path);
  assert.ok(bytes, `${path} was written`);
  return parseDocument(bytes.toString('utf8'));
};

describe('drafts and embargoes on the built site', () => {
  it('keeps a draft and an embargoed release out of every public file, and says so', async () => {
    const { files, printed } = await build(newsroomFeed(), TODAY);
    assert.deepEqual(mentioning(files, [DRAFT, EMBARGOED, 'Draftsecrettitle', 'Embargosecrettitle', 'secrets', 'Noslēpumi']), []);
    assert.ok(files.has('lv/2020-05-20-lasisana/index.html'), 'the public releases are built');
    assert.ok(files.has('sitemap.xml'));
    assert.match(
      printed.stderr,
      /kopiena build: 2 relīzes netiek publicētas, līdz pienāks to laiks \(kopiena build --drafts tās parāda priekšskatījumā\):/
    );
    assert.match(printed.stderr, new RegExp(`  ${DRAFT}: melnraksts\n`));
    assert.match(printed.stderr, new RegExp(`  ${EMBARGOED}: embargo līdz 2027-01-15T10:00:00\\+02:00`));
  });

  it('publishes an embargoed release in the first build after its moment, never a draft', async () => {
    const { files } = await build(newsroomFeed(), AFTER_EMBARGO);
    assert.ok(files.has(`lv/${EMBARGOED}/index.html`));
    assert.ok(JSON.parse(files.get('feed.json')!.toString()).releases.some((release: { id: string }) => release.id === EMBARGOED));
    assert.ok(files.get('lv/rss.xml')!.includes('Embargosecrettitle'));
    assert.ok(files.get('sitemap.xml')!.includes(`${base}/lv/${EMBARGOED}/`));
    assert.deepEqual(mentioning(files, [DRAFT, 'Draftsecrettitle']), []);
  });

  it('shows both in a --drafts preview: every page noindex and marked as a preview in its language, no sitemap', async () => {
    const { files } = await build(newsroomFeed(), TODAY, '--drafts');
    assert.ok(files.has(`lv/${DRAFT}/index.html`));
    assert.ok(files.has(`en/${EMBARGOED}/index.html`));
    assert.ok(files.has('lv/topics/secrets/index.html'));
    const ids = JSON.parse(files.get('feed.json')!.toString()).releases.map((release: { id: string }) => release.id);
    assert.ok(ids.includes(DRAFT) && ids.includes(EMBARGOED));
    const pages = [...files.keys()].filter((path) => path.endsWith('.html'));
    assert.ok(pages.length > 20);
    const banners: Record<string, string> = {};
    for (const path of pages) {
      const document = html(files, path);
      const robots = DomUtils.findAll((element) => element.name === 'meta' && element.attribs.name === 'robots', document.children);
      assert.deepEqual(
        robots.map((element) => element.attribs.content),
        ['noindex'],
        `${path} is noindex`
      );
      const banner = DomUtils.findOne((element) => element.attribs.class === 'preview-banner', document.children);
      assert.ok(banner, `${path} says it is a preview`);
      const lang = DomUtils.findOne((element) => element.name === 'html', document.children)!.attribs.lang;
      banners[lang] = DomUtils.textContent(banner);
    }
    assert.equal(banners.en, 'Preview with drafts and embargoed releases: not public, do not share.');
    assert.equal(banners.lv, 'Priekšskatījums ar melnrakstiem un relīzēm ar embargo: nav publisks, neizplatiet.');
    assert.equal(banners.ru, 'Предпросмотр с черновиками и релизами под эмбарго: не публикуется, не распространяйте.');
    assert.equal(files.has('sitemap.xml'), false);
    assert.equal(files.get('robots.txt')!.toString(), 'User-agent: *\nDisallow: /\n');
  });
});

/** The landing pages (ids) a list page's teasers link, resolved from the page. */
function teaserTargets(files: ReadonlyMap<string, Buffer>, path: string): string[] {
  const document = html(files, path);
  return DomUtils.findAll((element) => element.name === 'community-release', document.children).map((element) => element.attribs.release);
}

describe('topics on the built site', () => {
  it('gives each topic a page per language holding exactly its releases, newest first, paged like the index', async () => {
    const { files } = await build(newsroomFeed(), TODAY, '--page-size', '1');
    for (const locale of ['lv', 'en', 'ru']) {
      const pages = [...files.keys()].filter((path) => path.startsWith(`${locale}/topics/libraries/`) && path.endsWith('index.html')).sort();
      assert.deepEqual(pages, [`${locale}/topics/libraries/index.html`, `${locale}/topics/libraries/page/2/index.html`]);
      assert.deepEqual(
        pages.flatMap((path) => teaserTargets(files, path)),
        ['2020-05-20-lasisana', '2020-05-07-daugavpils-iedvesmo']
      );
    }
    const youth = html(files, 'en/topics/youth/index.html');
    assert.equal(DomUtils.textContent(DomUtils.findOne((element) => element.name === 'h1', youth.children)!), 'Young people');
    assert.equal(DomUtils.textContent(DomUtils.findOne((element) => element.name === 'title', youth.children)!), 'Young people · Active Communities');
    assert.deepEqual(teaserTargets(files, 'lv/topics/youth/index.html'), ['2020-05-25-nometne']);
    assert.equal(files.has('lv/topics/secrets/index.html'), false, 'a topic with no public release has no page');
  });

  it('gives each topic RSS, Atom and JSON Feed holding exactly its releases, linked from its pages', async () => {
    const { files } = await build(newsroomFeed(), TODAY);
    const links = (path: string) =>
      [
        ...files
          .get(path)!
          .toString()
          .matchAll(/<link>([^<]+)<\/link>/g),
      ].map((match) => match[1]);
    assert.deepEqual(links('lv/topics/libraries/rss.xml'), [
      `${base}/lv/topics/libraries/`,
      `${base}/lv/2020-05-20-lasisana/`,
      `${base}/lv/2020-05-07-daugavpils-iedvesmo/`,
    ]);
    const json = JSON.parse(files.get('en/topics/youth/feed.json')!.toString());
    assert.equal(json.title, 'Active Communities: Young people');
    assert.deepEqual(
      json.items.map((item: { url: string }) => item.url),
      [`${base}/en/2020-05-25-nometne/`, `${base}/en/2020-05-07-daugavpils-iedvesmo/`]
    );
    const atom = files.get('ru/topics/youth/atom.xml')!.toString();
    assert.equal([...atom.matchAll(/<entry>/g)].length, 2);
    assert.ok(atom.includes(`<link rel="self" href="${base}/ru/topics/youth/atom.xml"/>`));
    const page = files.get('lv/topics/libraries/index.html')!.toString();
    assert.ok(page.includes(`href="${base}/lv/topics/libraries/rss.xml"`));
    assert.ok(page.includes(`<link rel="canonical" href="${base}/lv/topics/libraries/">`));
  });

  it('links each landing page to its topics, and the index to every topic, each link to a page that exists', async () => {
    const { out, files } = await build(newsroomFeed(), TODAY);
    const topicLinks = (path: string) => {
      const nav = DomUtils.findOne((element) => element.name === 'nav' && element.attribs.class === 'topics', html(files, path).children);
      assert.ok(nav, `${path} has topic links`);
      assert.equal(nav.attribs['aria-label'], path.startsWith('lv/') ? 'Tēmas' : path.startsWith('ru/') ? 'Темы' : 'Topics');
      return DomUtils.findAll((element) => element.name === 'a', nav.children).map((link) => {
        const target = resolve(dirname(join(out, path)), link.attribs.href);
        assert.ok(existsSync(target), `${link.attribs.href} from ${path} leads to a page`);
        return [relative(out, target), DomUtils.textContent(link)];
      });
    };
    assert.deepEqual(topicLinks('lv/2020-05-07-daugavpils-iedvesmo/index.html'), [
      ['lv/topics/libraries/index.html', 'Bibliotēkas'],
      ['lv/topics/youth/index.html', 'Jaunieši'],
    ]);
    assert.deepEqual(topicLinks('ru/2020-05-25-nometne/index.html'), [['ru/topics/youth/index.html', 'Молодёжь']]);
    assert.deepEqual(topicLinks('en/index.html'), [
      ['en/topics/libraries/index.html', 'Libraries'],
      ['en/topics/youth/index.html', 'Young people'],
    ]);
    const sitemap = files.get('sitemap.xml')!.toString();
    for (const locale of ['lv', 'en', 'ru']) assert.ok(sitemap.includes(`<loc>${base}/${locale}/topics/libraries/</loc>`));
  });
});
