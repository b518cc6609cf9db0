// `kopiena import` of a kopiena feed: the folder reads back as the same feed.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check } from '../src/check.js';
import { kopiena, repoRoot, scratchDir } from './helpers.js';

const fixture = (name: string) => join(repoRoot, 'cli/test/fixtures', name);
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Every file under `dir`, relative, sorted. */
function tree(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? tree(dir, join(prefix, entry.name)) : [join(prefix, entry.name)]))
    .sort();
}

async function importInto(input: string): Promise<string> {
  const out = join(scratchDir(), 'project');
  const run = await kopiena(['import', input, '--out', out]);
  assert.equal(run.status, 0, run.stderr);
  return out;
}

describe('kopiena import, a kopiena feed', () => {
  it('writes the seed feed as a folder that reads back as exactly the same feed', async () => {
    const out = await importInto(join(repoRoot, 'test/fixtures/feed.json'));
    assert.deepEqual(tree(out), [
      'kopiena.yml',
      'releases/2020-05-07-daugavpils-iedvesmo/activities.csv',
      'releases/2020-05-07-daugavpils-iedvesmo/en.md',
      'releases/2020-05-07-daugavpils-iedvesmo/lv.md',
      'releases/2020-05-07-daugavpils-iedvesmo/ru.md',
    ]);
    const { feed, problems } = await check(out);
    assert.deepEqual(problems, []);
    assert.deepEqual(feed, readJson(join(repoRoot, 'test/fixtures/feed.json')));
  });

  it('writes the text as a coordinator would: Markdown paragraphs and front matter, no JSON', async () => {
    const out = await importInto(join(repoRoot, 'test/fixtures/feed.json'));
    const en = readFileSync(join(out, 'releases/2020-05-07-daugavpils-iedvesmo/en.md'), 'utf8');
    assert.match(en, /^---\nplace: Daugavpils\ntitle: Daugavpils active community inspires\n/);
    assert.match(en, /\n---\n\nThis spring, the “Active Communities” activists of Daugavpils/);
    assert.doesNotMatch(en, /published/, 'a translation carries only translated text');
    const csv = readFileSync(join(out, 'releases/2020-05-07-daugavpils-iedvesmo/activities.csv'), 'utf8');
    assert.match(csv, /^id,when,part,title,title@en,title@ru,/);
  });

  it('round-trips three releases with activities, an order that is not the folders’, a release in English and one that only fits whole', async () => {
    const out = await importInto(fixture('three-releases.json'));
    assert.deepEqual(tree(out), [
      'kopiena.yml',
      'releases/2020-05-07-pavasaris/lv.md',
      'releases/2020-06-01-english/en.md',
      'releases/2020-06-01-english/lv.md',
      'releases/2021-10-20-rudens/activities.csv',
      'releases/2021-10-20-rudens/en.md',
      'releases/2021-10-20-rudens/lv.md',
    ]);
    const { feed } = await check(out);
    assert.deepEqual(feed, readJson(fixture('three-releases.json')));
    const config = readFileSync(join(out, 'kopiena.yml'), 'utf8');
    assert.match(config, /\nreleases:\n {2}- 2021-10-20-rudens\n {2}- 2020-05-07-pavasaris\n {2}- 2020-06-01-english\n$/);
    // A paragraph with a blank line in it cannot be a Markdown paragraph: that release is written whole into its front matter.
    assert.match(
      readFileSync(join(out, 'releases/2020-05-07-pavasaris/lv.md'), 'utf8'),
      /\nbody:\n {2}- \|-\n {4}Rindkopa ar tukšu rindu\n\n {4}iekšā\.\n/
    );
    assert.match(
      readFileSync(join(out, 'releases/2020-06-01-english/en.md'), 'utf8'),
      /^---\npublished: 2020-06-01\nlanguage: en\ntitle: In English\n---\n\nOnly English here\.\n$/
    );
  });

  it('refuses a non-empty --out and leaves it as it was, exit 2', async () => {
    const out = scratchDir();
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const run = await kopiena(['import', join(repoRoot, 'test/fixtures/feed.json'), '--out', out]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /is not empty; name a new or empty folder \(nothing is ever overwritten\)/);
    assert.deepEqual(readdirSync(out), ['notes.txt']);
  });

  it('fills an empty --out folder and leaves no staging folder behind', async () => {
    const parent = scratchDir();
    mkdirSync(join(parent, 'empty'));
    const run = await kopiena(['import', join(repoRoot, 'test/fixtures/feed.json'), '--out', join(parent, 'empty')]);
    assert.equal(run.status, 0);
    assert.deepEqual(readdirSync(parent), ['empty']);
    assert.ok(existsSync(join(parent, 'empty/kopiena.yml')));
  });

  it('refuses a feed whose releases cannot be folders (a repeated id), writing nothing', async () => {
    const feed = readJson(fixture('three-releases.json')) as { releases: Array<{ id: string }> };
    feed.releases[1].id = feed.releases[0].id;
    const dir = scratchDir();
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
    const run = await kopiena(['import', 'feed.json', '--out', 'out'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /release 2 repeats the id "2021-10-20-rudens"; each release needs a folder of its own/);
    assert.deepEqual(readdirSync(dir), ['feed.json']);
  });

  it('exits 2 without --out, and for a file that does not exist', async () => {
    assert.equal((await kopiena(['import', join(repoRoot, 'test/fixtures/feed.json')])).status, 2);
    const run = await kopiena(['import', 'nothing.json', '--out', 'x'], { cwd: scratchDir() });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /nothing\.json: there is no such file \(check the name, and which folder you are in\)/);
  });

  it('refuses a file over 5 MB and a file that is no text, in the words kopiena validate uses', async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'big.json'), `{"version":1,"releases":[],"x":"${'a'.repeat(6 * 1024 * 1024)}"}`);
    writeFileSync(join(dir, 'utf16.json'), Buffer.from('\ufeff{"version":1}', 'utf16le'));
    for (const [file, words] of [
      ['big.json', /big\.json: is 6 MB, more than the 5 MB a feed may have/],
      ['utf16.json', /utf16\.json: is UTF-16 text/],
    ] as const) {
      const run = await kopiena(['import', file, '--out', 'out'], { cwd: dir });
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, words);
      const validate = await kopiena(['validate', file], { cwd: dir });
      assert.match(validate.stdout + validate.stderr, new RegExp(words.source.replace(/^[^ ]+: /, '')));
    }
  });
});
