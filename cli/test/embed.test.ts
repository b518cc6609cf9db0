// The embed page as written by the build: one page per site language, words
// in each of the widgets' six languages (English, and lang="en", beyond them), feed text escaped
// into the form, and the snippet's attribute values escaped.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { validateFeed } from '../../src/feed/validate.js';
import { embedFiles } from '../src/site/embed.js';
import { embedSnippet, type EmbedChoice } from '../src/site/embed-snippet.js';

const source = JSON.parse(readFileSync(new URL('../../demo/feed.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const page = (files: Array<{ path: string; content: string }>, path: string) => files.find((file) => file.path === path)?.content ?? '';

describe('embed page', () => {
  it('writes a page per language, the first at embed/, with its script and stylesheet', () => {
    const files = embedFiles({ feed: validateFeed(source).feed, locales: ['lv', 'en', 'ru'], baseUrl: 'https://example.org/news' });
    assert.deepEqual(
      files.map((file) => file.path),
      ['embed/index.html', 'embed/en/index.html', 'embed/ru/index.html', 'embed/embed.css', 'embed/embed.js']
    );
    assert.match(page(files, 'embed/ru/index.html'), /<html lang="ru">[\s\S]*<h1>Встроить на свой сайт<\/h1>/);
    assert.match(page(files, 'embed/index.html'), /<link rel="canonical" href="https:\/\/example.org\/news\/embed\/">/);
    assert.match(
      page(files, 'embed/index.html'),
      /&lt;community-release src=&quot;https:\/\/example.org\/news\/feed.json&quot; lang=&quot;lv&quot;&gt;/
    );
  });

  it('speaks Lithuanian, Estonian and Ukrainian too, with the language marked', () => {
    const files = embedFiles({ feed: validateFeed(source).feed, locales: ['lv', 'lt', 'et', 'uk'] });
    assert.match(page(files, 'embed/lt/index.html'), /<html lang="lt">[\s\S]*<h1>Įterpti į savo svetainę<\/h1>/);
    assert.match(page(files, 'embed/et/index.html'), /<html lang="et">[\s\S]*<h1>Lisa oma veebisaidile<\/h1>/);
    assert.match(page(files, 'embed/uk/index.html'), /<html lang="uk">[\s\S]*<h1>Вбудувати на свій сайт<\/h1>/);
    const lt = page(files, 'embed/lt/index.html');
    assert.match(lt, /<option value="lt" selected>Lietuvių<\/option>/);
    assert.match(lt, /<p id="relative-note"/, 'without --base-url the page says the address must be absolute');
  });

  it('has the same words, all filled in, in every language', async () => {
    const { embedText } = await import('../src/site/embed-text.js');
    const keys = (value: object): string[] =>
      Object.entries(value).flatMap(([key, entry]) => (typeof entry === 'object' ? keys(entry).map((inner) => `${key}.${inner}`) : [key]));
    for (const locale of ['lv', 'ru', 'lt', 'et', 'uk']) {
      const text = embedText(locale);
      assert.notEqual(text, embedText('en'), locale);
      assert.deepEqual(keys(text), keys(embedText('en')), locale);
      assert.ok(!Object.values(text).some((entry) => entry === ''), locale);
      assert.match(text.description('X'), /X/, locale);
    }
  });

  it('escapes feed text in the form', () => {
    const hostile = structuredClone(source) as { releases: Array<{ title: Record<string, string> }> };
    hostile.releases[0].title.lv = '<img src=x onerror=alert(1)>"';
    const files = embedFiles({ feed: validateFeed(hostile).feed, locales: ['lv'] });
    assert.ok(!page(files, 'embed/index.html').includes('<img'));
    assert.match(page(files, 'embed/index.html'), /&lt;img src=x onerror=alert\(1\)&gt;&quot;<\/option>/);
  });

  it('escapes attribute values in the snippet and leaves defaults out', () => {
    const choice: EmbedChoice = {
      element: 'community-release',
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
    };
    assert.equal(
      embedSnippet(choice),
      '<script type="module" src="https://unpkg.com/kopiena/dist/kopiena.js"></script>\n' +
        '<community-release src="https://example.org/a&quot;b&lt;c&gt;&amp;d.json" lang="lv" layout="teaser" href="https://example.org/lv/{id}/" share></community-release>\n'
    );
  });
});
