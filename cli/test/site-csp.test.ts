// Every HTML page `kopiena build` writes carries a strict
// Content-Security-Policy that its own inline styles meet by hash, read
// back with an HTML parser. (scripts/check/site-csp-test.js loads the pages
// in Chromium and counts violations.)
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { kopiena, repoRoot, scratchDir } from './helpers.js';

const pagesUnder = (folder: string) =>
  readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();

describe('the Content-Security-Policy of the pages kopiena build writes', () => {
  const site = join(scratchDir('kopiena-csp-'), 'site');
  before(async () => {
    const run = await kopiena([
      'build',
      join(repoRoot, 'test/fixtures/feed.json'),
      '--out',
      site,
      '--base-url',
      'https://example.org/news',
      '--lang',
      'lv,en',
    ]);
    assert.equal(run.status, 0, run.stderr);
  });

  it('is in every page, right after the charset, strict, and names the hash of each inline style the page holds', async () => {
    const pages = pagesUnder(site);
    assert.ok(pages.length >= 6, pages.join(' '));
    let inlineStyles = 0;
    for (const path of pages) {
      const document = parseDocument(readFileSync(join(site, path), 'utf8'));
      const [head] = DomUtils.getElementsByTagName('head', document);
      const [charset, policyMeta] = head.children.filter((node): node is Element => node.type === 'tag');
      assert.equal(charset.attribs.charset, 'utf-8', path);
      assert.equal(policyMeta.attribs['http-equiv'], 'Content-Security-Policy', path);
      const directives = new Map(policyMeta.attribs.content.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));
      assert.deepEqual(directives.get('default-src'), ["'none'"], path);
      // A language index page has the search box: Pagefind compiles its WebAssembly ('wasm-unsafe-eval', nothing else unsafe).
      const searchPage = /^[a-z]{2}\/(?:page\/\d+\/)?index\.html$/.test(path);
      assert.deepEqual(directives.get('script-src'), searchPage ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"], `${path}: no inline script runs`);
      assert.ok(!policyMeta.attribs.content.replace("'wasm-unsafe-eval'", '').includes('unsafe-'), path);
      assert.deepEqual(
        directives.get('trusted-types'),
        ['lit-html', 'kopiena', ...(searchPage ? ['default'] : []), "'allow-duplicates'"],
        `${path}: only search pages have a default Trusted Types policy`
      );
      const styles = DomUtils.getElementsByTagName('style', document);
      inlineStyles += styles.length;
      const hashes = styles.map((style) => `'sha256-${createHash('sha256').update(DomUtils.textContent(style)).digest('base64')}'`);
      assert.deepEqual(directives.get('style-src'), ["'self'", ...[...new Set(hashes)].sort()], path);
      const styled = DomUtils.findAll((element) => element.attribs.style !== undefined, document.children);
      assert.deepEqual(
        styled.map((element) => element.name),
        [],
        `${path}: a style attribute needs 'unsafe-hashes'`
      );
    }
    assert.ok(inlineStyles > 0, 'the server-rendered widgets’ shadow roots have inline styles');
  });
});
