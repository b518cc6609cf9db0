// The host configuration `kopiena build` writes with the site, read back the
// way the hosts read it (scripts/lib/host-files.js: `_headers` by its line
// grammar, `.htaccess` by a tokenizer of Apache's syntax) and checked rule by
// rule for every file the site has: CORS everywhere, the content types a
// module script and a feed need, a year `immutable` for hashed files, five
// minutes then revalidation for feeds and pages, the security headers, and
// never two `_headers` rules giving one header to one file (the hosts would
// join them with a comma).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { apacheResponse, headerValuesAt, headersAt, parseApacheConfig, parseHeadersFile, type HeaderRule } from '../../scripts/lib/host-files.js';
import { IMMUTABLE_CACHE, SHORT_CACHE } from '../src/site/host-config.js';
import { kopiena, repoRoot, scratchDir } from './helpers.js';

const files = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();

/** The files a host serves (the host files themselves and the manifest are not the site's content). */
const served = (paths: string[]) => paths.filter((path) => !/(^|\/)(\.htaccess|_headers|\.kopiena-site\.json)$/.test(path));

/** The URL path a file is asked for at, and for an index.html the folder's URL too. */
const urlsOf = (path: string) => (path.endsWith('index.html') ? [`/${path}`, `/${path.slice(0, -'index.html'.length)}`] : [`/${path}`]);

/** The `.htaccess` files Apache reads for `path`, root first. */
function htaccessChain(site: string, path: string, all: string[]): string[] {
  const folders = path.split('/').slice(0, -1);
  return folders
    .map((_, at) => `${folders.slice(0, at + 1).join('/')}/.htaccess`)
    .reduce((chain, candidate) => (all.includes(candidate) ? [...chain, candidate] : chain), ['.htaccess'])
    .map((file) => readFileSync(join(site, file), 'utf8'));
}

const expectedType = (path: string): string | undefined =>
  (
    ({
      js: 'text/javascript; charset=utf-8',
      json: 'application/json; charset=utf-8',
      map: 'application/json; charset=utf-8',
      xml: 'application/xml; charset=utf-8',
      png: 'image/png',
      jpg: 'image/jpeg',
      html: 'text/html; charset=utf-8',
      css: 'text/css; charset=utf-8',
      txt: 'text/plain; charset=utf-8',
      wasm: 'application/wasm',
    }) as Record<string, string>
  )[path.slice(path.lastIndexOf('.') + 1)];

const isHashed = (path: string) => /^assets\/(kopiena-[0-9a-f]{12}|chunks)\//.test(path);

describe('kopiena build writes _headers and .htaccess', () => {
  const site = join(scratchDir('kopiena-host-'), 'site');
  let all: string[];
  let rules: HeaderRule[];
  before(async () => {
    const run = await kopiena([
      'build',
      join(repoRoot, 'cli/test/fixtures/three-releases.json'),
      '--out',
      site,
      '--base-url',
      'https://example.org/news',
      '--lang',
      'lv,en,ru,lt,et,uk',
      '--page-size',
      '1',
    ]);
    assert.equal(run.status, 0, run.stderr);
    all = files(site);
    rules = parseHeadersFile(readFileSync(join(site, '_headers'), 'utf8'));
  });

  it('writes both, and lists them in the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(site, '.kopiena-site.json'), 'utf8')) as { files: string[] };
    for (const path of ['_headers', '.htaccess']) assert.ok(manifest.files.includes(path), path);
    const folder = all.find((path) => /^assets\/kopiena-[0-9a-f]{12}\/kopiena\.js$/.test(path))!.replace('kopiena.js', '');
    assert.ok(manifest.files.includes(`${folder}.htaccess`));
    assert.ok(
      all.some((path) => path.startsWith('archive/')),
      'the site has archive pages to check'
    );
  });

  it('_headers: CORS, content type, caching and security headers for every file, each header from one rule', () => {
    for (const path of served(all))
      for (const url of urlsOf(path)) {
        const values = headerValuesAt(rules, url);
        for (const [name, list] of values) assert.equal(list.length, 1, `${url}: ${name} set by ${list.length} rules (${list.join(' | ')})`);
        const headers = headersAt(rules, url);
        assert.equal(headers['access-control-allow-origin'], '*', url);
        assert.equal(headers['x-content-type-options'], 'nosniff', url);
        assert.equal(headers['referrer-policy'], 'strict-origin-when-cross-origin', url);
        assert.equal(headers['cache-control'], isHashed(path) ? IMMUTABLE_CACHE : SHORT_CACHE, url);
        // Where it names a type, it is the right one; the feeds, the archive pages and the widgets' script always have theirs.
        if (headers['content-type']) assert.equal(headers['content-type'], expectedType(path), url);
        if (/^(feed\.json|archive\/.*|[a-z]{2}\/(rss|atom)\.xml|[a-z]{2}\/feed\.json|assets\/kopiena-[0-9a-f]{12}\/.*\.js)$/.test(path))
          assert.equal(headers['content-type'], expectedType(path), `${url} has its content type`);
      }
    // The front page as asked for, `/`, is covered too.
    assert.equal(headersAt(rules, '/')['cache-control'], SHORT_CACHE);
  });

  it('_headers: no header that a page’s own policy would contradict, none that forbids framing', () => {
    const names = new Set(rules.flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase())));
    for (const name of ['content-security-policy', 'x-frame-options']) assert.ok(!names.has(name), name);
  });

  it('_headers: within the limits of Cloudflare Pages (100 rules, 2,000 characters a line) with six languages', () => {
    assert.ok(rules.length <= 100, `${rules.length} rules`);
    for (const line of readFileSync(join(site, '_headers'), 'utf8').split('\n')) assert.ok(line.length <= 2000);
  });

  it('.htaccess: Apache’s syntax, and the same headers, types and caching for every file', () => {
    for (const path of all.filter((file) => file.endsWith('.htaccess'))) parseApacheConfig(readFileSync(join(site, path), 'utf8'), path);
    for (const path of served(all)) {
      const { headers, contentType } = apacheResponse(htaccessChain(site, path, all), path);
      assert.equal(headers['access-control-allow-origin'], '*', path);
      assert.equal(headers['x-content-type-options'], 'nosniff', path);
      assert.equal(headers['cache-control'], isHashed(path) ? IMMUTABLE_CACHE : SHORT_CACHE, path);
      assert.equal(contentType, expectedType(path), path);
    }
  });

  it('.htaccess: without mod_headers or mod_mime, Apache skips those lines rather than failing', () => {
    const { headers, contentType } = apacheResponse(htaccessChain(site, 'feed.json', all), 'feed.json', { modules: [] });
    assert.deepEqual([headers, contentType], [{}, undefined]);
  });
});

describe('the readers of the host files refuse what they do not understand', () => {
  it('_headers: a header before a path, a line that is not Name: value, a path with a space', () => {
    assert.throws(() => parseHeadersFile('  X-A: b\n'), /before any path/);
    assert.throws(() => parseHeadersFile('/*\n  X-A b\n'), /not "Name: value"/);
    assert.throws(() => parseHeadersFile('/a b\n  X-A: b\n'), /starts with a path/);
    assert.deepEqual(parseHeadersFile('# c\n/a/*\n  X-A: b: c\n'), [{ pattern: '/a/*', line: 2, headers: [['X-A', 'b: c']] }]);
  });

  it('Apache: unclosed and crossed sections, an open quote, text after a quote; continuation lines join', () => {
    assert.throws(() => parseApacheConfig('<IfModule a>\nHeader set A "b"\n'), /never closed/);
    assert.throws(() => parseApacheConfig('<IfModule a>\n</Files>\n'), /closes <IfModule>/);
    assert.throws(() => parseApacheConfig('Header set A "b\n'), /never closed/);
    assert.throws(() => parseApacheConfig('Header set A "b"c\n'), /right after a closing quote/);
    assert.deepEqual(parseApacheConfig('Header set \\\n  A "b \\" c"\n'), [
      { kind: 'directive', name: 'Header', args: ['set', 'A', 'b " c'], line: 1 },
    ]);
    assert.throws(() => apacheResponse(['Header append A "b"\n'], 'x.js'), /Header set/);
    assert.throws(() => apacheResponse(['RewriteEngine on\n'], 'x.js'), /not a directive kopiena writes/);
  });
});
