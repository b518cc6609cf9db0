// The site serves its own widgets: `kopiena build` copies the script-tag bundle with all its chunks under a
// hashed folder, records it in the site's manifest, every snippet the site
// hands out loads it from there, and no file it writes names a CDN.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { kopiena, repoRoot, scratchDir } from './helpers.js';

const base = 'https://example.org/news';
const bundle = join(repoRoot, 'cli/dist/kopiena');
const files = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();

/** Where a text names a CDN: the package CDNs by name, or a host with "cdn" in it. */
function cdnMentions(text: string): string[] {
  const named = ['unpkg', 'jsdelivr', 'cdnjs', 'esm.sh', 'skypack', 'jspm.io'].filter((name) => text.toLowerCase().includes(name));
  return [...named, ...(/\bcdn\b/i.test(text) ? ['the word CDN'] : [])];
}

/** A source map's own fields (its sourcesContent is the widgets' source with its comments, not something the site loads). */
const mapWithoutSources = (text: string) => JSON.stringify({ ...(JSON.parse(text) as object), sourcesContent: undefined });

describe('kopiena build serves its own widgets', () => {
  const scratch = scratchDir('kopiena-assets-');
  const sites = { absolute: join(scratch, 'absolute'), relative: join(scratch, 'relative') };
  before(async () => {
    for (const [kind, out] of Object.entries(sites)) {
      const run = await kopiena([
        'build',
        join(repoRoot, 'test/fixtures/feed.json'),
        '--out',
        out,
        '--lang',
        'lv,en,ru',
        ...(kind === 'absolute' ? ['--base-url', base] : []),
      ]);
      assert.equal(run.status, 0, run.stderr);
    }
  });

  it('copies the bundle and every chunk, byte for byte, under assets/kopiena-<hash>/, and lists them in the manifest', () => {
    const written = files(sites.absolute);
    const folders = [...new Set(written.filter((path) => path.startsWith('assets/kopiena-') && path.endsWith('/kopiena.js')))];
    assert.equal(folders.length, 1, `one bundle folder: ${folders.join(', ')}`);
    const folder = folders[0].slice(0, -'kopiena.js'.length);
    assert.match(folder, /^assets\/kopiena-[0-9a-f]{12}\/$/);
    const own = files(bundle);
    assert.ok(own.includes('kopiena.js') && own.some((path) => /^chunks\/lv-.*\.js$/.test(path)), 'the bundle has its locale chunks');
    assert.deepEqual(
      written.filter((path) => path.startsWith(folder) && !path.endsWith('/.htaccess')),
      own.map((path) => `${folder}${path}`)
    );
    for (const path of own) assert.ok(readFileSync(join(bundle, path)).equals(readFileSync(join(sites.absolute, folder, path))), path);
    const manifest = JSON.parse(readFileSync(join(sites.absolute, '.kopiena-site.json'), 'utf8')) as { files: string[] };
    for (const path of own) assert.ok(manifest.files.includes(`${folder}${path}`), `the manifest lists ${folder}${path}`);
    // The same bundle gives the same folder name with or without --base-url.
    assert.ok(files(sites.relative).includes(`${folder}kopiena.js`));
  });

  it('has the embed page load that bundle, and its snippet name it by its absolute address', () => {
    const folder = files(sites.absolute).find((path) => path.startsWith('assets/kopiena-') && path.endsWith('/kopiena.js'))!;
    for (const [path, up] of [
      ['embed/index.html', '../'],
      ['embed/ru/index.html', '../../'],
    ]) {
      const document = parseDocument(readFileSync(join(sites.absolute, path), 'utf8'));
      const scripts = DomUtils.getElementsByTagName('script', document).map((script) => script.attribs.src);
      assert.ok(scripts.includes(`${up}${folder}`), `${path} loads ${up}${folder}: ${scripts.join(', ')}`);
      const snippet = DomUtils.textContent(DomUtils.getElementById('snippet-script', document)!);
      assert.ok(snippet.startsWith(`<script type="module" src="${base}/${folder}"></script>\n`), snippet);
    }
    // Without --base-url the written snippet is relative (the page's script makes it absolute where it is served).
    const relativePage = parseDocument(readFileSync(join(sites.relative, 'embed/index.html'), 'utf8'));
    assert.ok(DomUtils.textContent(DomUtils.getElementById('snippet-script', relativePage)!).startsWith(`<script type="module" src="../${folder}">`));
  });

  it('writes no file that names a CDN', () => {
    for (const site of Object.values(sites))
      for (const path of files(site)) {
        const text = readFileSync(join(site, path), 'latin1');
        assert.deepEqual(cdnMentions(path.endsWith('.map') ? mapWithoutSources(text) : text), [], path);
        if (path.endsWith('.map')) assert.ok(!/unpkg|jsdelivr/i.test(text), path);
      }
  });

  it('finds the word in a page that names a CDN (the check can fail)', () => {
    assert.deepEqual(cdnMentions('<script src="https://unpkg.com/kopiena/dist/kopiena.js">'), ['unpkg']);
    assert.deepEqual(cdnMentions('<script src="https://cdn.jsdelivr.net/npm/kopiena">'), ['jsdelivr', 'the word CDN']);
  });
});
