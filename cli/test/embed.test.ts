// The embed page as written by the build: one page per site language, words
// from the widgets' XLIFF catalogue in each of their six languages, feed text escaped
// into the form, and the snippet's attribute values escaped.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validateFeed } from '../../src/feed/validate.js';
import { embedText } from '../../src/i18n/embed-text.js';
import { templates as lv } from '../../src/generated/pages/lv.js';
import { templates as uk } from '../../src/generated/pages/uk.js';
import { embedFiles } from '../src/site/embed.js';
import { DomUtils, parseDocument } from 'htmlparser2';
import {
  embedSnippet,
  frameConfig,
  frameTitle,
  iframeSnippet,
  oembedSnippet,
  snippetKindOrder,
  type EmbedChoice,
} from '../src/site/embed-snippet.js';
import { siteTopics } from '../src/site/topics.js';
import { Resolver, sortReleases } from '../../src/feed/resolve.js';
import { kopiena, repoRoot, scratchDir } from './helpers.js';

const source = JSON.parse(readFileSync(new URL('../../demo/feed.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const widgetScript = 'assets/kopiena-0123456789ab/kopiena.js';
const page = (files: Array<{ path: string; content: string }>, path: string) => files.find((file) => file.path === path)?.content ?? '';

describe('embed page', () => {
  it('writes a page per language, the first at embed/, with its script and stylesheet', async () => {
    const files = await embedFiles({
      feed: validateFeed(source).feed,
      locales: ['lv', 'en', 'ru'],
      baseUrl: 'https://example.org/news',
      widgetScript,
    });
    assert.deepEqual(
      files.map((file) => file.path),
      ['embed/index.html', 'embed/en/index.html', 'embed/ru/index.html', 'embed/embed.css', 'embed/embed.js']
    );
    assert.match(page(files, 'embed/ru/index.html'), /<html lang="ru">[\s\S]*<h1>Встроить на свой сайт<\/h1>/);
    assert.match(page(files, 'embed/index.html'), /<link rel="canonical" href="https:\/\/example.org\/news\/embed\/">/);
    assert.ok(
      page(files, 'embed/index.html').includes(
        '&lt;script type=&quot;module&quot; src=&quot;https://example.org/news/assets/kopiena-0123456789ab/kopiena.js&quot;&gt;&lt;/script&gt;\n' +
          '&lt;community-release src=&quot;https://example.org/news/feed.json&quot; lang=&quot;lv&quot;&gt;'
      ),
      'the script snippet loads the site’s own bundle'
    );
    assert.ok(
      page(files, 'embed/en/index.html').includes('<script type="module" src="../../assets/kopiena-0123456789ab/kopiena.js"></script>'),
      'the preview runs the same bundle'
    );
  });

  it('offers each kind of snippet in its own section, with a labelled field and a copy button', async () => {
    const html = page(
      await embedFiles({ feed: validateFeed(source).feed, locales: ['en'], baseUrl: 'https://example.org/news', widgetScript }),
      'embed/index.html'
    );
    const document = parseDocument(html);
    const sections = DomUtils.findAll((element) => element.attribs['data-snippet'] !== undefined, document.children);
    assert.deepEqual(
      sections.map((section) => section.attribs['data-snippet']),
      snippetKindOrder
    );
    assert.deepEqual(snippetKindOrder, ['script', 'iframe', 'oembed'], 'script first, then iframe, then the oEmbed link');
    for (const section of sections) {
      const field = DomUtils.findOne((element) => element.name === 'textarea', section.children)!;
      const label = DomUtils.findOne((element) => element.name === 'label', section.children)!;
      const button = DomUtils.findOne((element) => element.name === 'button', section.children)!;
      const status = DomUtils.findOne((element) => element.attribs.role === 'status', section.children);
      assert.equal(label.attribs.for, field.attribs.id);
      assert.equal(button.attribs['data-copy'], field.attribs.id);
      assert.equal(DomUtils.textContent(button), 'Copy code');
      assert.ok(status, 'a status beside the button announces the copy');
    }
  });

  it('gives each release option its full title as a tooltip, for a select cut to a narrow screen', async () => {
    const long = structuredClone(source) as { releases: Array<{ title: Record<string, string> }> };
    long.releases[0].title.lv = 'Garš virsraksts '.repeat(13).trim();
    const html = page(await embedFiles({ feed: validateFeed(long).feed, locales: ['lv'], widgetScript }), 'embed/index.html');
    const option = DomUtils.findOne(
      (element) => element.name === 'option' && DomUtils.textContent(element).includes('Garš'),
      parseDocument(html).children
    )!;
    assert.equal(option.attribs.title, DomUtils.textContent(option));
  });

  it('dates each release option as the page’s language writes a date, a date-time by its day', async () => {
    const timed = structuredClone(source) as { releases: Array<{ id: string; published: string; title: Record<string, string> }> };
    timed.releases[0].published = '2020-05-07T18:30:00+03:00';
    const files = await embedFiles({ feed: validateFeed(timed).feed, locales: ['lv', 'en'], widgetScript });
    const label = (path: string, id: string) =>
      DomUtils.textContent(
        DomUtils.findOne((element) => element.name === 'option' && element.attribs.value === id, parseDocument(page(files, path)).children)!
      );
    assert.match(label('embed/index.html', timed.releases[0].id), /^07\.05\.2020 · /);
    assert.match(label('embed/en/index.html', timed.releases[0].id), /^7 May 2020 · /);
  });

  it('speaks Lithuanian, Estonian and Ukrainian too, with the language marked', async () => {
    const files = await embedFiles({ feed: validateFeed(source).feed, locales: ['lv', 'lt', 'et', 'uk'], widgetScript });
    assert.match(page(files, 'embed/lt/index.html'), /<html lang="lt">[\s\S]*<h1>Įterpti į savo svetainę<\/h1>/);
    assert.match(page(files, 'embed/et/index.html'), /<html lang="et">[\s\S]*<h1>Lisa oma veebilehele<\/h1>/);
    assert.match(page(files, 'embed/uk/index.html'), /<html lang="uk">[\s\S]*<h1>Вбудувати на свій сайт<\/h1>/);
    const lt = page(files, 'embed/lt/index.html');
    assert.match(lt, /<option value="lt" selected data-project="Darbīgās kopienas" data-timeline="[^"]+" data-list="[^"]+">Lietuvių<\/option>/);
    assert.match(lt, /<p id="relative-note"/, 'without --base-url the page says the address must be absolute');
  });

  it('takes every word from the XLIFF catalogue, translated in every language', async () => {
    const english = await embedText('en', 'X');
    const keys = (value: object): string[] =>
      Object.entries(value).flatMap(([key, entry]) => (typeof entry === 'object' ? keys(entry).map((inner) => `${key}.${inner}`) : [key]));
    const leaves = (value: object): string[] => Object.values(value).flatMap((entry) => (typeof entry === 'object' ? leaves(entry) : [entry]));
    for (const locale of ['lv', 'ru', 'lt', 'et', 'uk'] as const) {
      const text = await embedText(locale, 'X');
      assert.deepEqual(keys(text), keys(english), locale);
      // Every word is the language's own (a missing translation would fall back to the English source).
      const same = leaves(text).filter((word, index) => word === leaves(english)[index] && !['Element', 'Facebook', 'Iframe'].includes(word));
      assert.deepEqual(same, [], locale);
      assert.match(text.description, /X/, locale);
    }
    const page = await embedFiles({ feed: validateFeed(source).feed, locales: ['lv', 'uk'], widgetScript });
    for (const [path, locale] of [
      ['embed/index.html', lv],
      ['embed/uk/index.html', uk],
    ] as const) {
      assert.ok(page.find((file) => file.path === path)!.content.includes(`<h2 id="preview-heading">${locale['embed-preview']}</h2>`), path);
    }
  });

  it('leaves its words out of the widgets’ locale chunks, which every partner page downloads', async () => {
    const widgetChunks = await Promise.all(['lv', 'ru', 'lt', 'et', 'uk'].map((code) => import(`../../src/generated/locales/${code}.js`)));
    for (const { templates } of widgetChunks as Array<{ templates: Record<string, unknown> }>) {
      assert.deepEqual(
        Object.keys(templates).filter((id) => id.startsWith('embed-') || id.startsWith('page-')),
        []
      );
      assert.ok('error-network' in templates);
    }
    assert.ok('embed-intro' in lv && 'page-navigation' in lv);
  });

  it('says what a native editor would: one word for the feed, agreeing adjectives, the site’s own navigation label', async () => {
    const files = await embedFiles({ feed: validateFeed(source).feed, locales: ['lv', 'ru', 'lt', 'et', 'uk'], widgetScript });
    const text = (path: string) => page(files, path);
    // The feed is called what the widgets call it (their error messages say "ziņu avots", "источник новостей", …).
    assert.match(text('embed/index.html'), /šīs vietnes ziņu avotu[\s\S]*ziņu avota pilna publiskā adrese/);
    assert.match(text('embed/ru/index.html'), /читает источник новостей этого сайта[\s\S]*адрес источника новостей/);
    assert.match(text('embed/uk/index.html'), /читає джерело новин цього сайту[\s\S]*адреса джерела новин/);
    assert.match(text('embed/et/index.html'), /selle saidi uudisvoogu[\s\S]*uudisvoo täielikku avalikku aadressi/);
    for (const [path, word] of [
      ['embed/index.html', 'datu plūsm'],
      ['embed/ru/index.html', 'лент'],
      ['embed/uk/index.html', 'стрічк'],
      ['embed/et/index.html', 'uudistevoo'],
    ]) {
      assert.ok(!text(path).includes(word), `${path}: ${word}`);
    }
    assert.match(text('embed/uk/index.html'), /лише один раз, хоч би скільки віджетів на ній було\./);
    // "Layout" is masculine in lv, lt and uk: its options agree with it.
    assert.match(
      text('embed/index.html'),
      /<option value="full" selected>Pilns, ar pogu „Saglabāt kontaktu”<\/option><option value="compact">Kompakts</
    );
    assert.match(
      text('embed/uk/index.html'),
      /<option value="full" selected>Повний, з кнопкою «Зберегти контакт»<\/option><option value="compact">Компактний</
    );
    assert.match(
      text('embed/lt/index.html'),
      /<option value="full" selected>Išsamus, su mygtuku „Išsaugoti kontaktą“<\/option><option value="compact">Kompaktiškas</
    );
    // The same words as the index pages: Estonian "Lisa oma veebilehele", Lithuanian "Navigacija".
    assert.match(text('embed/et/index.html'), /<title>Lisa oma veebilehele · [\s\S]*<h1>Lisa oma veebilehele<\/h1>/);
    assert.ok(!text('embed/et/index.html').includes('veebisaidi'));
    assert.ok(text('embed/lt/index.html').includes('<nav aria-label="Navigacija">'));
  });

  it('escapes feed text in the form', async () => {
    const hostile = structuredClone(source) as { releases: Array<{ title: Record<string, string> }> };
    hostile.releases[0].title.lv = '<img src=x onerror=alert(1)>"';
    const files = await embedFiles({ feed: validateFeed(hostile).feed, locales: ['lv'], widgetScript });
    assert.ok(!page(files, 'embed/index.html').includes('<img'));
    assert.match(page(files, 'embed/index.html'), /&lt;img src=x onerror=alert\(1\)&gt;&quot;<\/option>/);
  });

  it('escapes attribute values in the snippet and leaves defaults out', () => {
    const choice: EmbedChoice = {
      element: 'community-release',
      script: 'https://example.org/assets/kopiena-0123456789ab/kopiena.js?a="b"',
      feed: 'https://example.org/a"b<c>&d.json',
      lang: 'lv',
      release: 'latest',
      releaseLayout: 'teaser',
      share: true,
      href: 'https://example.org/lv/{id}/',
      group: 'none',
      order: 'desc',
      limit: 20,
      contact: '',
      contactLayout: 'full',
      count: 5,
      topic: '',
      site: 'https://example.org/',
      frameTitle: '',
      newest: '',
    };
    assert.equal(
      embedSnippet(choice),
      '<script type="module" src="https://example.org/assets/kopiena-0123456789ab/kopiena.js?a=&quot;b&quot;"></script>\n' +
        '<community-release src="https://example.org/a&quot;b&lt;c&gt;&amp;d.json" lang="lv" layout="teaser" href="https://example.org/lv/{id}/" share></community-release>\n'
    );
  });

  it('offers the list of the newest releases in every language, with its count and the topics releases name', async () => {
    const topical = structuredClone(source) as { topics?: unknown; releases: Array<{ topics?: string[] }> };
    topical.topics = { libraries: { lv: 'Bibliotēkas', en: 'Libraries', ru: 'Библиотеки' }, unused: { lv: 'Nekas', en: 'Nothing' } };
    topical.releases[0].topics = ['libraries'];
    const feed = validateFeed(topical).feed;
    const topics = siteTopics(topical, sortReleases(feed.releases));
    const locales = ['lv', 'en', 'ru', 'lt', 'et', 'uk'] as const;
    const files = await embedFiles({ feed, locales: [...locales], widgetScript, topics });
    for (const locale of locales) {
      const text = await embedText(locale, 'X');
      const document = parseDocument(page(files, locale === 'lv' ? 'embed/index.html' : `embed/${locale}/index.html`));
      const byId = (id: string) => DomUtils.findOne((element) => element.attribs.id === id, document.children)!;
      const options = (id: string) => DomUtils.findAll((element) => element.name === 'option', [byId(id)]);
      const list = options('element').find((option) => option.attribs.value === 'release-list')!;
      assert.equal(DomUtils.textContent(list), `${text.elements['release-list']} <release-list>`, locale);
      const fieldset = DomUtils.findOne((element) => element.attribs['data-for'] === 'release-list', document.children)!;
      assert.equal(DomUtils.textContent(DomUtils.findOne((element) => element.name === 'legend', fieldset.children)!), text.listOptions);
      assert.deepEqual(
        options('count').map((option) => [option.attribs.value, option.attribs.selected !== undefined]),
        [
          ['3', false],
          ['5', true],
          ['10', false],
        ]
      );
      // Only a topic some release names: a list of another would be empty.
      assert.deepEqual(
        options('topic').map((option) => [option.attribs.value, DomUtils.textContent(option)]),
        [
          ['', text.allTopics],
          // A language the topic has no name in gets the feed's own, as every feed text does.
          ['libraries', new Resolver(feed, locale).text(topics[0].name).text],
        ],
        locale
      );
      assert.equal(new Resolver(feed, 'ru').text(topics[0].name).text, 'Библиотеки');
    }
    const withoutTopics = await embedFiles({ feed: validateFeed(source).feed, locales: ['en'], widgetScript });
    assert.ok(!page(withoutTopics, 'embed/index.html').includes('id="topic"'), 'no topic choice on a site without topics');
  });

  it('the list’s snippets: the site’s own script, count and topic only when chosen, titles linked to the landing pages; a list frame', () => {
    const choice: EmbedChoice = {
      element: 'release-list',
      script: 'https://example.org/news/assets/kopiena-0123456789ab/kopiena.js',
      feed: 'https://example.org/news/feed.json',
      lang: 'en',
      release: 'latest',
      releaseLayout: 'full',
      share: false,
      href: 'https://example.org/news/en/{id}/',
      group: 'none',
      order: 'desc',
      limit: 20,
      contact: '',
      contactLayout: 'full',
      count: 5,
      topic: '',
      site: 'https://example.org/news/',
      frameTitle: 'News from X',
      newest: '2020-05-07-daugavpils-iedvesmo',
    };
    const script = '<script type="module" src="https://example.org/news/assets/kopiena-0123456789ab/kopiena.js"></script>\n';
    assert.equal(
      embedSnippet(choice),
      `${script}<release-list src="https://example.org/news/feed.json" lang="en" href="https://example.org/news/en/{id}/"></release-list>\n`
    );
    const topical = { ...choice, count: 10, topic: 'libraries' };
    assert.equal(
      embedSnippet(topical),
      `${script}<release-list src="https://example.org/news/feed.json" lang="en" count="10" topic="libraries" href="https://example.org/news/en/{id}/"></release-list>\n`
    );
    assert.match(iframeSnippet(choice), /^<iframe src="https:\/\/example.org\/news\/frame\/en\/list\/" title="News from X" width="600" height="700"/);
    assert.match(iframeSnippet(topical), /^<iframe src="https:\/\/example.org\/news\/frame\/en\/list\/libraries\/"/);
    assert.equal(oembedSnippet(topical), 'https://example.org/news/frame/en/list/libraries/');
    const names = { project: 'X', timeline: 'Activities of X', list: 'News from X', topic: 'Libraries' };
    assert.equal(frameTitle(frameConfig(topical), names), 'Libraries · News from X');
    assert.equal(frameTitle(frameConfig(choice), names), 'News from X');
  });

  it('says that oEmbed needs the site’s address on a site built without --base-url, with nothing to copy', async () => {
    const html = page(await embedFiles({ feed: validateFeed(source).feed, locales: ['en'], widgetScript }), 'embed/index.html');
    const section = DomUtils.findOne((element) => element.attribs['data-snippet'] === 'oembed', parseDocument(html).children)!;
    assert.equal(
      DomUtils.findOne((element) => element.name === 'textarea' || element.name === 'button', section.children),
      null
    );
    assert.match(DomUtils.textContent(section), /oEmbed needs this site’s public address: build the site with --base-url/);
  });
});

describe('embed page in a built site', () => {
  const scratch = scratchDir('kopiena-embed-');
  const base = 'https://example.org/news';
  const build = async (name: string, extra: string[]) => {
    const out = join(scratch, name);
    const run = await kopiena(['build', join(repoRoot, 'test/fixtures/feed.json'), '--out', out, '--lang', 'lv,en', ...extra]);
    assert.equal(run.status, 0, run.stderr);
    return out;
  };
  const snippet = (html: string, kind: string) =>
    DomUtils.textContent(DomUtils.findOne((element) => element.attribs.id === `snippet-${kind}`, parseDocument(html).children)!);
  const iframeOf = (code: string) => DomUtils.findOne((element) => element.name === 'iframe', parseDocument(code).children)!;

  it('hands out an iframe of a frame page the site holds, named as that page, and the resizer it holds', async () => {
    const out = await build('site', ['--base-url', base]);
    for (const [path, lang] of [
      ['embed/index.html', 'lv'],
      ['embed/en/index.html', 'en'],
    ]) {
      const code = snippet(readFileSync(join(out, path), 'utf8'), 'iframe');
      const iframe = iframeOf(code);
      assert.ok(iframe.attribs.src.startsWith(`${base}/frame/${lang}/release/latest/`), iframe.attribs.src);
      const frame = readFileSync(join(out, iframe.attribs.src.slice(base.length + 1), 'index.html'), 'utf8');
      const title = DomUtils.findOne((element) => element.name === 'title', parseDocument(frame).children)!;
      assert.equal(iframe.attribs.title, DomUtils.textContent(title), 'the iframe is named as its page');
      const resizer = DomUtils.findOne((element) => element.name === 'script', parseDocument(code).children)!;
      assert.ok(existsSync(join(out, resizer.attribs.src.slice(base.length + 1))), resizer.attribs.src);
    }
    // The oEmbed link is the newest release's landing page, which announces the frame's oEmbed.
    const link = snippet(readFileSync(join(out, 'embed/en/index.html'), 'utf8'), 'oembed').trim();
    const landing = readFileSync(join(out, link.slice(base.length + 1), 'index.html'), 'utf8');
    assert.match(landing, /<link rel="alternate" type="application\/json\+oembed" href="https:\/\/example.org\/news\/frame\/en\/release\//);
  });

  it('without --base-url, the iframe’s address is relative to the embed page and names a frame page that exists', async () => {
    const out = await build('relative', []);
    const code = snippet(readFileSync(join(out, 'embed/en/index.html'), 'utf8'), 'iframe');
    const src = iframeOf(code).attribs.src;
    assert.ok(src.startsWith('../../frame/en/'), src);
    assert.ok(existsSync(join(out, 'embed/en', src, 'index.html')), src);
  });
});
