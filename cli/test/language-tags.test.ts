// Language tags are BCP 47 wherever a feed, a source folder or the command
// line names one, used in their canonical form; file names are made from
// them only after that check. A feed whose language is `../../…` gets a
// problem in words, and nothing is written outside --out.
import { strict as assert } from 'node:assert';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { check } from '../src/check.js';
import { kopiena, repoRoot, scratchDir } from './helpers.js';
import { serve, type TestServer } from './http.js';

/** Far enough up to leave --out, its staging folder beside it and their parent. */
const ESCAPE = '../../../../escaped';
const seedText = readFileSync(join(repoRoot, 'test/fixtures/feed.json'), 'utf8');

/** Every file and folder under `dir`, relative, sorted. */
const tree = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

/** A scratch folder three levels deep, so that an escape lands inside the scratch folder and can be seen. */
function place(): { root: string; out: string } {
  const root = scratchDir();
  const parent = join(root, 'a', 'b', 'c');
  mkdirSync(parent, { recursive: true });
  return { root, out: join(parent, 'project') };
}

const rss = (language: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Kopiena</title><link>https://example.org/</link><language>${language}</language>
<item><title>Talka</title><link>https://example.org/talka</link><pubDate>Thu, 07 May 2020 10:30:00 +0000</pubDate><description>Teksts</description></item>
</channel></rss>`;
const atom = (language: string) => `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}"><title>Kopiena</title><id>urn:x</id><updated>2020-05-07T10:30:00Z</updated>
<entry><title>Talka</title><id>urn:y</id><published>2020-05-07T10:30:00Z</published><updated>2020-05-07T10:30:00Z</updated><content type="text">Teksts</content></entry>
</feed>`;
const jsonFeed = (language: string) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Kopiena',
    language,
    items: [{ id: '1', title: 'Talka', date_published: '2020-05-07T10:30:00Z', content_text: 'Teksts' }],
  });
/** The seed feed with one language tag of it replaced. */
function kopienaFeed(change: (feed: { language: string; releases: Array<Record<string, unknown>> }) => void): string {
  const feed = JSON.parse(seedText);
  change(feed);
  return JSON.stringify(feed);
}

const FOREIGN = `gives its language as "${ESCAPE}", which is not a language tag such as lv, en or pt-BR; name the language with --lang`;
const hostile: Record<string, { file: string; text: string; says: string }> = {
  'RSS <language>': { file: 'feed.xml', text: rss(ESCAPE), says: FOREIGN },
  'Atom xml:lang': { file: 'feed.xml', text: atom(ESCAPE), says: FOREIGN },
  'JSON Feed language': { file: 'feed.json', text: jsonFeed(ESCAPE), says: FOREIGN },
  'kopiena feed language': {
    file: 'feed.json',
    text: kopienaFeed((feed) => (feed.language = ESCAPE)),
    says: `language: "${ESCAPE}" is not a language tag such as lv, en or pt-BR; nothing was written`,
  },
  'kopiena release language': {
    file: 'feed.json',
    text: kopienaFeed((feed) => (feed.releases[0].language = ESCAPE)),
    says: `releases[0].language: "${ESCAPE}" is not a language tag such as lv, en or pt-BR; nothing was written`,
  },
  'a key of localized text': {
    file: 'feed.json',
    text: kopienaFeed((feed) => (feed.releases[0].title = { lv: 'Talka', [ESCAPE]: 'x' })),
    says: `releases[0].title: "${ESCAPE}" is not a language tag such as lv, en or pt-BR; nothing was written`,
  },
};

describe('kopiena import, a feed whose language tag is a path', () => {
  for (const [name, { file, text, says }] of Object.entries(hostile)) {
    it(`${name}: a problem in words, and no file anywhere`, async () => {
      const { root, out } = place();
      const input = join(root, file);
      writeFileSync(input, text);
      const run = await kopiena(['import', input, '--out', out]);
      assert.equal(run.status, 2, run.stdout);
      assert.ok(run.stderr.startsWith('kopiena import: ') && run.stderr.endsWith(`${says}\n`), run.stderr);
      assert.deepEqual(tree(root), ['a', 'a/b', 'a/b/c', file]);
    });
  }

  describe('from a feed URL', () => {
    let site: TestServer;
    before(async () => {
      site = await serve((_request, response) => {
        response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(ESCAPE));
      });
    });
    after(async () => site.close());

    it('RSS <language> of a served feed: a problem in words, and no file anywhere', async () => {
      const { root, out } = place();
      const run = await kopiena(['import', `${site.origin}/feed.xml`, '--out', out]);
      assert.equal(run.status, 2, run.stdout);
      assert.equal(
        run.stderr,
        `kopiena import: ${site.origin}/feed.xml gives its language as "${ESCAPE}", which is not a language tag such as lv, en or pt-BR; name the language with --lang\n`
      );
      assert.deepEqual(tree(root), ['a', 'a/b', 'a/b/c']);
    });
  });

  it('--language that is not a tag is refused in words', async () => {
    const { root, out } = place();
    writeFileSync(join(root, 'feed.xml'), rss('lv'));
    const run = await kopiena(['import', join(root, 'feed.xml'), '--out', out, '--language', ESCAPE]);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, `kopiena import: --language: "${ESCAPE}" is not a language tag such as lv, en or pt-BR\n`);
  });

  it("uses the canonical form of a feed's tags for file names, and reads them back the same", async () => {
    const { root, out } = place();
    writeFileSync(join(root, 'feed.xml'), rss('LV_lv'));
    assert.equal((await kopiena(['import', join(root, 'feed.xml'), '--out', out])).status, 0);
    assert.deepEqual(tree(join(out, 'releases')), ['2020-05-07-talka', '2020-05-07-talka/lv.md']);

    const mixed = join(root, 'mixed');
    const feed = kopienaFeed((feed) => (feed.releases[0].language = 'EN-gb'));
    writeFileSync(join(root, 'mixed.json'), feed);
    const run = await kopiena(['import', join(root, 'mixed.json'), '--out', mixed]);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(tree(join(mixed, 'releases')).includes('2020-05-07-daugavpils-iedvesmo/en-GB.md'));
    assert.deepEqual((await check(mixed)).feed, JSON.parse(feed));
  });
});

describe('kopiena build --lang', () => {
  it('refuses a value that is not a language tag, in words', async () => {
    const run = await kopiena(['build', join(repoRoot, 'test/fixtures/feed.json'), '--out', join(scratchDir(), 'site'), '--lang', `lv,${ESCAPE}`]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^kopiena build: --lang: "\.\.\/\.\.\/\.\.\/\.\.\/escaped" is not a language tag such as lv, en or pt-BR\n/);
  });
});

describe('a source folder names languages in BCP 47', () => {
  /** The seed imported as a folder, to change. */
  async function seedFolder(): Promise<string> {
    const { root } = place();
    writeFileSync(join(root, 'feed.json'), seedText);
    const out = join(root, 'project');
    assert.equal((await kopiena(['import', join(root, 'feed.json'), '--out', out])).status, 0);
    return out;
  }
  const release = (folder: string) => join(folder, 'releases/2020-05-07-daugavpils-iedvesmo');

  it('reads a release file named by a tag in any case as that language, and warns of a file named by no tag', async () => {
    const folder = await seedFolder();
    const { renameSync } = await import('node:fs');
    renameSync(join(release(folder), 'en.md'), join(release(folder), 'index.EN.md'));
    writeFileSync(join(release(folder), 'readme.md'), 'notes\n');
    writeFileSync(join(release(folder), `x@y.md`), 'notes\n');
    const { feed, problems } = await check(folder);
    assert.deepEqual(
      problems.map((problem) => `${problem.file.split('/').pop()}: ${problem.severity}`),
      ['readme.md: warning', 'x@y.md: warning']
    );
    assert.deepEqual(feed, JSON.parse(seedText));
  });

  it('reads activities.csv columns title@EN as en, and says that a column after @ names no tag', async () => {
    const folder = await seedFolder();
    const csv = join(release(folder), 'activities.csv');
    const text = readFileSync(csv, 'utf8');
    writeFileSync(csv, text.replace('title@en', 'title@EN'));
    assert.deepEqual((await check(folder)).problems, []);
    writeFileSync(csv, text.replace('title@en', `title@${ESCAPE}`));
    const { problems } = await check(folder);
    assert.ok(
      problems.some(
        (problem) =>
          problem.severity === 'error' &&
          problem.message === `"title@${ESCAPE}" is not an activity column: after the @ comes a language code, like lv, en or pt-BR (title@en)`
      ),
      JSON.stringify(problems)
    );
  });
});

describe('kopiena validate and build, a language tag that is not one', () => {
  it('is an error at the tag, for the feed, a release, localized text and a name, and build writes nothing', async () => {
    const { root } = place();
    const input = join(root, 'feed.json');
    const feed = JSON.parse(seedText);
    feed.language = ESCAPE;
    feed.releases[0].language = 'lv_LV';
    feed.releases[0].title = { lv: 'Talka', [ESCAPE]: 'x' };
    feed.people['arvita-juksa'].name = { lv: 'Arvita Jukša', 'en-': 'Arvita Juksa' };
    writeFileSync(input, JSON.stringify(feed));
    const { problems } = await check(input);
    const tagErrors = problems
      .filter((problem) => problem.message.includes('is not a language code'))
      .map((problem) => `${problem.severity} ${problem.path}: ${problem.message}`);
    // The feed's and a release's `language` by the feed schema (the widgets' rule too), the keys of localized text by the command: each once.
    assert.deepEqual(tagErrors.sort(), [
      `error language: "${ESCAPE}" is not a language code; write one like lv, en, ru or pt-BR`,
      `error people.arvita-juksa.name: "en-" is not a language code; write one like lv, en, ru or pt-BR; did you mean en?`,
      `error releases[0].language: "lv_LV" is not a language code; write one like lv, en, ru or pt-BR; did you mean lv-LV?`,
      `error releases[0].title: "${ESCAPE}" is not a language code; write one like lv, en, ru or pt-BR`,
    ]);
    const run = await kopiena(['build', input, '--out', join(root, 'site')]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /, title: "\.\.\/\.\.\/\.\.\/\.\.\/escaped" is not a language code/);
    assert.deepEqual(tree(root), ['a', 'a/b', 'a/b/c', 'feed.json']);
  });
});
