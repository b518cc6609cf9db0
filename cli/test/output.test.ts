// Nothing is ever lost: `--out` is refused (exit 2, nothing touched) when it
// is the source, inside it or holds it (symlinks resolved), or a non-empty
// folder that is not a site `kopiena build` wrote; a rebuild replaces exactly
// the files of its manifest and keeps what a person put beside them; every
// write stays inside the output; a run that fails midway leaves the old
// output whole; the hints `kopiena init` prints can be run as printed.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { InputError } from '../src/errors.js';
import { destination, MANIFEST, Staging, writeOutput } from '../src/output.js';
import { kopiena, repoRoot, scratchDir } from './helpers.js';

const demo = join(repoRoot, 'test/fixtures/feed.json');

/** Every file (and link) under `folder` with a hash of its bytes: what a person would miss. */
const snapshot = (folder: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(folder, { withFileTypes: true, recursive: true })
      .filter((entry) => !entry.isDirectory())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        const bytes = entry.isSymbolicLink() ? `link` : readFileSync(path);
        return [relative(folder, path), createHash('sha256').update(bytes).digest('hex')];
      })
      .sort(([a], [b]) => (a < b ? -1 : 1))
  );

/** A scratch folder holding a source folder `p` from `kopiena init`. */
async function project(): Promise<string> {
  const parent = scratchDir('kopiena-out-');
  assert.equal((await kopiena(['init', 'p'], { cwd: parent })).status, 0);
  return parent;
}

describe('kopiena build refuses an --out that would destroy what it did not write', () => {
  const cases: Array<[string, (parent: string) => string, RegExp]> = [
    [
      'the source folder itself',
      () => 'p',
      /--out p is the source p itself: writing there would replace it; name a folder outside it, e\.g\. --out p-site/,
    ],
    ['a folder inside the source', () => 'p/site', /--out p\/site is inside the source folder p/],
    ['a folder holding the source', () => '.', /--out \. holds the source p: writing there would replace it/],
    [
      'a link to the source folder',
      (parent) => {
        symlinkSync(join(parent, 'p'), join(parent, 'alias'));
        return 'alias';
      },
      /--out alias is the source p itself/,
    ],
    [
      'a folder inside the source, reached through a link',
      (parent) => {
        symlinkSync(join(parent, 'p', 'releases'), join(parent, 'elsewhere'));
        return 'elsewhere/site';
      },
      /--out elsewhere\/site is inside the source folder p/,
    ],
    [
      'a folder of someone else’s files',
      (parent) => {
        mkdirSync(join(parent, 'docs'));
        writeFileSync(join(parent, 'docs/notes.md'), 'only copy');
        return 'docs';
      },
      /--out docs is not empty and is not a site kopiena build wrote \(it has no \.kopiena-site\.json\); name a new or empty folder/,
    ],
  ];
  for (const [what, out, message] of cases) {
    it(`${what}: exit 2, a sentence that says why, and nothing touched`, async () => {
      const parent = await project();
      const target = out(parent);
      const before = snapshot(parent);
      const run = await kopiena(['build', 'p', '--out', target, '--lang', 'en'], { cwd: parent });
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, message);
      assert.deepEqual(snapshot(parent), before);
    });
  }

  it('refuses the folder holding a feed file it builds from', async () => {
    const parent = scratchDir('kopiena-out-');
    writeFileSync(join(parent, 'feed.json'), readFileSync(demo));
    const run = await kopiena(['build', 'feed.json', '--out', '.'], { cwd: parent });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--out \. holds the source feed\.json: writing there would replace it; name another folder/);
    assert.deepEqual(readdirSync(parent), ['feed.json']);
  });
});

describe('a rebuild replaces exactly the files it wrote', () => {
  it('lists every file it wrote in the manifest, and nothing else', async () => {
    const parent = await project();
    assert.equal((await kopiena(['build', 'p', '--out', 'site', '--lang', 'en'], { cwd: parent })).status, 0);
    const manifest = JSON.parse(readFileSync(join(parent, 'site', MANIFEST), 'utf8'));
    assert.equal(manifest.generator, 'kopiena build');
    assert.deepEqual(
      manifest.files,
      Object.keys(snapshot(join(parent, 'site'))).filter((path) => path !== MANIFEST)
    );
  });

  it('keeps a CNAME, a .well-known/ file, an empty folder and a note inside a site folder; drops the pages it no longer writes', async () => {
    const parent = await project();
    assert.equal((await kopiena(['build', 'p', '--out', 'site', '--lang', 'en,ru'], { cwd: parent })).status, 0);
    const site = join(parent, 'site');
    writeFileSync(join(site, 'CNAME'), 'news.example.org\n');
    mkdirSync(join(site, '.well-known'));
    writeFileSync(join(site, '.well-known/security.txt'), 'Contact: mailto:a@example.org\n');
    mkdirSync(join(site, 'uploads'));
    writeFileSync(join(site, 'ru/notes.txt'), 'mine');
    const run = await kopiena(['build', 'p', '--out', 'site', '--lang', 'en'], { cwd: parent });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(readFileSync(join(site, 'CNAME'), 'utf8'), 'news.example.org\n');
    assert.equal(readFileSync(join(site, '.well-known/security.txt'), 'utf8'), 'Contact: mailto:a@example.org\n');
    assert.ok(existsSync(join(site, 'uploads')));
    assert.deepEqual(readdirSync(join(site, 'ru')), ['notes.txt'], 'the Russian pages are gone, the note stays');
    assert.ok(existsSync(join(site, 'en/index.html')));
    assert.deepEqual(
      readdirSync(parent).filter((name) => name.startsWith('.')),
      [],
      'no staging folder is left'
    );
  });

  it('refuses, touching nothing, when a file a person added is where the new site has its own', async () => {
    const parent = await project();
    assert.equal((await kopiena(['build', 'p', '--out', 'site', '--lang', 'en'], { cwd: parent })).status, 0);
    writeFileSync(join(parent, 'site/sitemap.xml'), 'my own sitemap');
    const before = snapshot(parent);
    const run = await kopiena(['build', 'p', '--out', 'site', '--lang', 'en', '--base-url', 'https://example.org'], { cwd: parent });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--out site holds sitemap\.xml, not written by kopiena build, where the new site has its own files; move it away first/);
    assert.deepEqual(snapshot(parent), before);
  });
});

describe('the one writer', () => {
  const hostile = ['../escaped.txt', 'a/../../escaped.txt', '/tmp/escaped.txt', 'C:\\escaped.txt', 'a\\..\\..\\escaped.txt', '', 'a//b', './a'];

  it('refuses every path that could leave the output folder', async () => {
    const parent = scratchDir('kopiena-out-');
    const staging = await Staging.beside(await destination(join(parent, 'out'), 'folder'));
    try {
      for (const path of hostile) await assert.rejects(staging.write(path, 'x'), InputError, JSON.stringify(path));
      // A folder of the output that is a link to elsewhere is not followed.
      mkdirSync(join(parent, 'elsewhere'));
      symlinkSync(join(parent, 'elsewhere'), join(staging.folder, 'linked'));
      await assert.rejects(staging.write('linked/escaped.txt', 'x'), /refused to write "linked\/escaped\.txt": linked is not a folder of/);
      assert.deepEqual(readdirSync(join(parent, 'elsewhere')), []);
    } finally {
      await staging.discard();
    }
    assert.deepEqual(readdirSync(parent), ['elsewhere']);
  });

  it('leaves the old site whole when a build fails midway (a bad path after some files were written)', async () => {
    const parent = await project();
    assert.equal((await kopiena(['build', 'p', '--out', 'site', '--lang', 'en'], { cwd: parent })).status, 0);
    const before = snapshot(parent);
    const files = new Map<string, string>(Array.from({ length: 40 }, (_, index) => [`en/page-${index}/index.html`, 'new']));
    files.set('zz/../../../escaped.html', 'bad');
    await assert.rejects(
      writeOutput(await destination(join(parent, 'site'), 'site'), files),
      /refused to write "zz\/\.\.\/\.\.\/\.\.\/escaped\.html"/
    );
    assert.deepEqual(snapshot(parent), before, 'the old site, the source and the folder around them are as they were');
    assert.deepEqual(
      readdirSync(parent).filter((name) => name.startsWith('.')),
      []
    );
  });

  it('keeps an import whose language tag climbs out of the folder from writing anywhere', async () => {
    const parent = scratchDir('kopiena-out-');
    const feed = JSON.parse(readFileSync(demo, 'utf8'));
    feed.language = '../../../escaped';
    feed.releases[0].language = '../../../escaped';
    mkdirSync(join(parent, 'a/b'), { recursive: true });
    writeFileSync(join(parent, 'hostile.json'), JSON.stringify(feed));
    const run = await kopiena(['import', '../../hostile.json', '--out', 'project'], { cwd: join(parent, 'a/b') });
    assert.notEqual(run.status, 0);
    assert.doesNotMatch(run.stderr, /unexpected error/);
    assert.deepEqual(Object.keys(snapshot(parent)), ['hostile.json']);
  });
});

describe('the hints kopiena init prints', () => {
  /** The commands of the hint lines, as a shell would split them (the hints quote with '…' only). */
  const hints = (stdout: string): string[][] =>
    stdout
      .split('\n')
      .filter((line) => line.startsWith('  kopiena '))
      .map((line) =>
        [
          ...line
            .trim()
            .split(/ {2,}/)[0]
            .matchAll(/'([^']*)'|(\S+)/g),
        ]
          .map((match) => match[1] ?? match[2])
          .slice(1)
      );

  for (const folder of [undefined, 'site', 'my project']) {
    it(`run as printed after kopiena init${folder ? ` ${folder}` : ''}, lose nothing of the source (twice)`, async () => {
      const parent = scratchDir('kopiena-out-');
      const cwd = folder ? parent : join(parent, 'project');
      mkdirSync(cwd, { recursive: true });
      const init = await kopiena(['init', ...(folder ? [folder] : [])], { cwd });
      assert.equal(init.status, 0, init.stderr);
      const source = join(cwd, folder ?? '.');
      const before = snapshot(source);
      const commands = hints(init.stdout);
      assert.deepEqual(
        commands.map(([name]) => name),
        ['validate', 'build']
      );
      for (const round of [1, 2]) {
        for (const args of commands) {
          const run = await kopiena(args, { cwd });
          assert.equal(run.status, 0, `round ${round}: kopiena ${args.join(' ')}: ${run.stderr}`);
        }
      }
      assert.deepEqual(snapshot(source), before);
      const out = commands[1][commands[1].indexOf('--out') + 1];
      assert.ok(existsSync(join(cwd, out, 'index.html')), `the site is in ${out}`);
    });
  }
});
