// RSS, Atom and sitemap.xml from a hostile feed: a title that tries to end
// a CDATA section and inject a `javascript:` link, an `onerror` summary,
// characters XML 1.0 forbids and markup in a hashtag. Every file must parse
// with a strict parser, read back as the text given (less the forbidden
// characters), and hold no element the feed text tried to add.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Document } from '@xmldom/xmldom';
import { inlineHtml } from '../src/site/html.js';
import { kopiena, scratchDir } from './helpers.js';
import { syntheticFeed } from './synthetic-feed.js';
import { allElements, parseEveryXmlFile, parseStrictXml } from './xml.js';

const base = 'https://example.org/news';
// Each C0 control XML forbids, U+FFFE, U+FFFF and two lone surrogates (a low one, then a high one).
const forbidden = '\u0000\u0001\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF\uDC00\uD800';
/** Text that is `parts` joined by forbidden characters, and what XML can carry of it. */
const hostile = (...parts: string[]) => ({ given: parts.join(forbidden), kept: parts.join('') });
const title = hostile('Rīga ]]><link>javascript:alert(1)</link> & <b>bold</b>', ' tab\there 😀');
const summary = hostile('Summary ]]></description><description onerror="alert(2)">x</description> <img src=x onerror=alert(3)>', ' end');
// (A lone surrogate in a hashtag is the widgets' matter: its link cannot be URL-encoded. Here only controls.)
const controls = forbidden.slice(0, 9);
const hashtags = [hostile('a<b'), hostile('c]]>d&e'), { given: `f${controls}g`, kept: 'fg' }];

describe('kopiena build writes RSS, Atom and sitemap.xml through an XML serializer', () => {
  const scratch = scratchDir('kopiena-xml-');
  const out = join(scratch, 'site');
  let documents: Map<string, Document>;
  before(async () => {
    const feed = syntheticFeed(1);
    const [release] = feed.releases;
    release.title = { lv: title.given, en: title.given, ru: title.given };
    release.summary = { lv: summary.given, en: summary.given, ru: summary.given };
    release.hashtags = hashtags.map((tag) => tag.given);
    const source = join(scratch, 'hostile.json');
    writeFileSync(source, JSON.stringify(feed, null, 2));
    const run = await kopiena(['build', source, '--out', out, '--base-url', base, '--lang', 'en,lv']);
    assert.equal(run.status, 0, run.stderr);
    documents = parseEveryXmlFile(out);
  });

  it('writes only XML that a strict parser reads without a warning', async () => {
    assert.deepEqual([...documents.keys()], ['en/atom.xml', 'en/rss.xml', 'lv/atom.xml', 'lv/rss.xml', 'sitemap.xml']);
  });

  it('reads the RSS title, summary and hashtags back as given, less the characters XML forbids', async () => {
    const rss = documents.get('en/rss.xml')!;
    const [item] = Array.from(rss.getElementsByTagName('item'));
    const text = (name: string) => Array.from(item.getElementsByTagName(name)).map((node) => node.textContent);
    assert.deepEqual(text('title'), [title.kept]);
    assert.deepEqual(text('description'), [inlineHtml(summary.kept)]);
    assert.deepEqual(
      text('category'),
      hashtags.map((tag) => tag.kept)
    );
    assert.ok(!readFileSync(join(out, 'en/rss.xml'), 'utf8').includes('CDATA'), 'no CDATA section');
  });

  it('reads the Atom title as text and the hashtags as categories, as given', async () => {
    const atom = documents.get('lv/atom.xml')!;
    const [entry] = Array.from(atom.getElementsByTagName('entry'));
    assert.equal(entry.getElementsByTagName('title')[0].textContent, title.kept);
    assert.equal(entry.getElementsByTagName('title')[0].getAttribute('type'), null, 'plain text, not HTML');
    assert.equal(entry.getElementsByTagName('summary')[0].textContent, inlineHtml(summary.kept));
    const categories = Array.from(entry.getElementsByTagName('category'));
    assert.deepEqual(
      categories.map((category) => [category.getAttribute('term'), category.getAttribute('label')]),
      hashtags.map((tag) => [tag.kept, tag.kept])
    );
  });

  it('holds no element or attribute the feed text tried to inject', async () => {
    for (const [path, document] of documents) {
      const names = allElements(document).map((node) => node.tagName);
      assert.ok(!names.includes('b') && !names.includes('img'), `${path}: ${names.join(' ')}`);
      assert.ok(
        allElements(document).every((node) => !node.hasAttribute('onerror')),
        `${path} has an onerror attribute`
      );
      if (path.endsWith('rss.xml')) {
        // The channel's link and the item's link; the title's "<link>" stays text.
        assert.equal(document.getElementsByTagName('link').length, 2, path);
        assert.equal(document.getElementsByTagName('description').length, 2, path);
      }
      if (path.endsWith('atom.xml')) assert.equal(document.getElementsByTagName('link').length, 4, path);
    }
  });

  it('writes the same bytes again, and the sitemap parses strictly', async () => {
    const again = join(scratch, 'again');
    const feedPath = join(scratch, 'hostile.json');
    assert.equal((await kopiena(['build', feedPath, '--out', again, '--base-url', base, '--lang', 'en,lv'])).status, 0);
    for (const path of documents.keys()) assert.equal(readFileSync(join(again, path), 'utf8'), readFileSync(join(out, path), 'utf8'), path);
    const sitemap = parseStrictXml(readFileSync(join(out, 'sitemap.xml'), 'utf8'));
    assert.ok(sitemap.getElementsByTagName('url').length > 0);
  });
});
