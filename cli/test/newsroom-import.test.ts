// `kopiena import` keeps a feed's categories as topics (docs/command.md,
// "kopiena import"): RSS `<category>`, Atom `<category term label>` and
// JSON Feed `tags` each become a topic whose id is readable from its name,
// named in the folder's kopiena.yml, and each release names its own.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check } from '../src/check.js';
import { kopiena, repoRoot, scratchDir } from './helpers.js';

interface Imported {
  topics?: Record<string, string>;
  releases: Array<{ id: string; topics?: string[] }>;
}

async function importFeed(input: string): Promise<{ out: string; feed: Imported }> {
  const out = join(scratchDir(), 'project');
  const run = await kopiena(['import', input, '--out', out, '--lang', 'lv']);
  assert.equal(run.status, 0, run.stderr);
  const { feed, problems } = await check(out);
  assert.deepEqual(
    problems.filter((problem) => problem.severity === 'error'),
    [],
    'the imported folder is valid, its topics with it'
  );
  return { out, feed: feed as Imported };
}

const topicsByRelease = (feed: Imported) => feed.releases.map((release) => [release.id, release.topics]);

describe('kopiena import, categories become topics', () => {
  it('reads RSS <category>, the same category of two items being one topic', async () => {
    const { out, feed } = await importFeed(join(repoRoot, 'cli/test/fixtures/wordpress-rss.xml'));
    assert.deepEqual(feed.topics, { 'darbigas-kopienas': 'Darbīgās kopienas', jaunumi: 'Jaunumi' });
    assert.deepEqual(topicsByRelease(feed), [
      ['2020-05-07-daugavpils-darbiga-kopiena-iedvesmo', ['darbigas-kopienas', 'jaunumi']],
      ['2020-04-29-vebinars-dziva-biblioteka', ['jaunumi']],
    ]);
    assert.match(readFileSync(join(out, 'kopiena.yml'), 'utf8'), /topics:\n\s+darbigas-kopienas: Darbīgās kopienas\n\s+jaunumi: Jaunumi/);
  });

  it('reads JSON Feed tags', async () => {
    const { feed } = await importFeed(join(repoRoot, 'cli/test/fixtures/ghost-jsonfeed.json'));
    assert.deepEqual(feed.topics, { news: 'News', daugavpils: 'Daugavpils' });
    assert.deepEqual(feed.releases[0].topics, ['news', 'daugavpils']);
  });

  it('reads Atom <category>, by its label when it has one, else its term; markup in a name stays text', async () => {
    const dir = scratchDir();
    const atom = join(dir, 'atom.xml');
    writeFileSync(
      atom,
      `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="lv">
  <title>Kopiena</title>
  <entry>
    <title>Talka Rēzeknē</title>
    <published>2021-04-24T10:00:00+03:00</published>
    <content type="html">&lt;p&gt;Teksts.&lt;/p&gt;</content>
    <category term="vide" label="Vide un daba"/>
    <category term="jaunieši"/>
    <category term="&lt;b&gt;x&lt;/b&gt;"/>
  </entry>
</feed>`
    );
    const { feed } = await importFeed(atom);
    assert.deepEqual(feed.topics, { 'vide-un-daba': 'Vide un daba', jauniesi: 'jaunieši', 'b-x-b': '<b>x</b>' });
    assert.deepEqual(feed.releases[0].topics, ['vide-un-daba', 'jauniesi', 'b-x-b']);
  });
});
