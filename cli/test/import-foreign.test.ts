// `kopiena import` of what WordPress and Ghost publish (RSS 2.0, JSON Feed
// 1.1) and of Atom: one release an item, HTML reduced to the inline subset.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check } from '../src/check.js';
import { kopiena, repoRoot, scratchDir } from './helpers.js';

const fixture = (name: string) => join(repoRoot, 'cli/test/fixtures', name);

interface ImportedRelease {
  id: string;
  published: string;
  title: string;
  summary?: string;
  body?: string[];
  image?: { src: string; alt?: string };
  links?: Array<{ url: string }>;
}
interface Imported {
  language: string;
  project: { id: string; name: string; url?: string };
  releases: ImportedRelease[];
}

async function importFeed(input: string): Promise<{ out: string; feed: Imported }> {
  const out = join(scratchDir(), 'project');
  const run = await kopiena(['import', input, '--out', out]);
  assert.equal(run.status, 0, run.stderr);
  const validate = await kopiena(['validate', out]);
  assert.equal(validate.status, 0, validate.stdout);
  const { feed, problems } = await check(out);
  assert.deepEqual(
    problems.filter((problem) => problem.severity === 'error'),
    []
  );
  return { out, feed: feed as Imported };
}

/** Every file's text under `dir`. */
const allText = (dir: string): string =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');

describe('kopiena import, feeds of other sites', () => {
  it('turns a WordPress RSS feed into releases: paragraphs, links, emphasis, and no HTML', async () => {
    const { out, feed } = await importFeed(fixture('wordpress-rss.xml'));
    assert.equal(feed.language, 'lv');
    assert.deepEqual(feed.project, { id: 'izglitibas-iniciativu-centrs', name: 'Izglītības iniciatīvu centrs', url: 'https://iic.example.lv/' });
    assert.deepEqual(
      feed.releases.map((release) => [release.id, release.published, release.title]),
      [
        ['2020-05-07-daugavpils-darbiga-kopiena-iedvesmo', '2020-05-07', 'Daugavpils darbīgā kopiena iedvesmo'],
        ['2020-04-29-vebinars-dziva-biblioteka', '2020-04-29', 'Vebinārs “Dzīvā bibliotēka”'],
      ]
    );
    const [first, second] = feed.releases;
    assert.deepEqual(first.body, [
      'Šopavasar Daugavpils “Darbīgās kopienas” aktīvisti – pilsētas pirmsskolas izglītības iestāžu (Nr. 20, 23, 21 un 26) bērni un darbinieki – priecē Daugavpils pilsētas domes iestādes **“Sociālais dienests”** klientus ar pašu audzētiem pavasara zaļumiem.',
      'Pašu audzētie zaļie sīpoli',
      '29. aprīlī projekta ietvaros 12 pedagogi piedalījās vebinārā *“Dzīvā bibliotēka”*, ko vadīja [Izglītības iniciatīvu centra](https://iic.example.lv/par-mums/komanda/) semināru vadītāja Sandra Kraukle.\nVairāk: [projekta lapā](https://iic.example.lv/projekti/darbigas-kopienas/).',
      'Sekojiet mums šeit un raksti uz [info@iic.example.lv](mailto:info@iic.example.lv)!',
      'bērni un darbinieki',
      'Sociālās patversmes iemītnieki',
    ]);
    assert.equal(
      first.summary,
      'Šopavasar Daugavpils “Darbīgās kopienas” aktīvisti priecē Sociālā dienesta klientus ar pašu audzētiem zaļumiem \\[…\\]'
    );
    assert.deepEqual(first.image, { src: 'https://iic.example.lv/wp-content/uploads/2020/05/sipoli.jpg' });
    assert.deepEqual(first.links, [{ url: 'https://iic.example.lv/2020/05/07/daugavpils-darbiga-kopiena-iedvesmo/' }]);
    assert.deepEqual(second.body, ['12 pedagogi iepazina **inovatīvu** metodi \\<tiešsaistē>.']);
    const text = allText(out);
    for (const raw of ['<p', '<script', '<iframe', '<figure', '<img', 'onclick', 'javascript:', 'wp:paragraph', '&#8220;']) {
      assert.ok(!text.includes(raw), `no ${raw} in the folder`);
    }
  });

  it('turns a Ghost JSON Feed into releases, with the cover image’s alt text from the content', async () => {
    const { out, feed } = await importFeed(fixture('ghost-jsonfeed.json'));
    assert.equal(feed.language, 'en');
    assert.deepEqual(
      feed.releases.map((release) => release.id),
      ['2020-05-07-daugavpils-active-community-inspires', '2020-05-07-daugavpils-active-community-inspires-2']
    );
    const [first, second] = feed.releases;
    assert.deepEqual(first.image, { src: 'https://blog.example.org/content/images/2020/05/greens.jpg', alt: 'Green onions' });
    assert.deepEqual(first.body, [
      'This spring, the *Active Communities* activists of Daugavpils have been delighting clients of the **Social Service** with greens they grew themselves.',
      'Home-grown green onions',
      'The webinar',
      'On 29 April, 12 teachers took part in the webinar “Living Library” ([more webinars](https://blog.example.org/tag/webinars/)).',
      '💡',
      'Write to [info@example.org](mailto:info@example.org) to join.',
      'Snake_case stays, and \\*stars\\* are text.',
    ]);
    assert.equal(
      first.summary,
      'Children and staff of Daugavpils preschools are cheering up Social Service clients with greens they grew themselves.'
    );
    assert.deepEqual(second.body, [
      'A second post with the same title, written as plain text.',
      'Its second paragraph has \\<b>angle brackets\\</b> that stay text.',
    ]);
    assert.ok(!allText(out).includes('youtube'), 'embeds are dropped');
  });

  it('reads Atom, with entities, an HTML title and a relative link', async () => {
    const dir = scratchDir();
    writeFileSync(
      join(dir, 'atom.xml'),
      `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">
  <title>Активные сообщества</title>
  <link href="https://example.org/ru/" rel="alternate"/>
  <link href="https://example.org/ru/atom.xml" rel="self"/>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2020-05-08T10:00:00Z</updated>
  <entry>
    <title type="html">Весна &lt;em&gt;в Даугавпилсе&lt;/em&gt;</title>
    <link href="https://example.org/ru/vesna/"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <published>2020-05-07T23:30:00+03:00</published>
    <content type="html">&lt;p&gt;Дети &amp;amp; сотрудники &lt;a href="../o-proekte/"&gt;проекта&lt;/a&gt;.&lt;/p&gt;</content>
  </entry>
</feed>`
    );
    const { feed } = await importFeed(join(dir, 'atom.xml'));
    assert.equal(feed.language, 'ru');
    assert.deepEqual(feed.project, { id: 'aktivnye-soobshchestva', name: 'Активные сообщества', url: 'https://example.org/ru/' });
    assert.deepEqual(feed.releases, [
      {
        id: '2020-05-07-vesna-v-daugavpilse',
        published: '2020-05-07',
        title: 'Весна *в Даугавпилсе*',
        body: ['Дети & сотрудники [проекта](https://example.org/ru/o-proekte/).'],
        links: [{ url: 'https://example.org/ru/vesna/' }],
      },
    ]);
  });

  it('refuses what is no feed, exit 2 and no stack trace', async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'page.html'), '<html><body><p>Not a feed</p></body></html>');
    writeFileSync(join(dir, 'data.json'), '{"rows": []}');
    writeFileSync(join(dir, 'broken.xml'), '<rss><channel><item></channel>');
    for (const [name, message] of [
      ['page.html', /neither a kopiena feed, a JSON Feed, an RSS 2\.0 nor an Atom feed/],
      ['data.json', /is JSON, but neither a kopiena feed \(version 1\) nor a JSON Feed/],
      ['broken.xml', /broken\.xml cannot be read as a feed: its tags are broken/],
    ] as const) {
      const run = await kopiena(['import', name, '--out', 'out'], { cwd: dir });
      assert.equal(run.status, 2, name);
      assert.match(run.stderr, message);
      assert.doesNotMatch(run.stderr, /\n\s+at /);
    }
    assert.deepEqual(readdirSync(dir).sort(), ['broken.xml', 'data.json', 'page.html']);
  });
});
