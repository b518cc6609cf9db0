// `kopiena import` keeps what it reads (issue #25, item 5): the feed's own
// language (or --lang, or a warning that names the guess), readable ids
// cut at a word, the first body picture as the share image when it is large
// enough, and never a site icon. Fixtures written as WordPress, Hugo (Atom)
// and a JSON Feed 1.1 publisher write them.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { check } from '../src/check.js';
import { kopiena, repoRoot, scratchDir } from './helpers.js';
import { serve } from './http.js';

const fixture = (name: string) => join(repoRoot, 'cli/test/fixtures', name);
/** No language from this computer: the guess is English. */
const ENGLISH_MACHINE = { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' };

interface Imported {
  language: string;
  project: { id: string; name: string };
  releases: Array<{ id: string; title: string; image?: { src: string; alt?: string } }>;
}

async function imported(out: string): Promise<Imported> {
  const validate = await kopiena(['validate', out]);
  assert.equal(validate.status, 0, validate.stdout);
  return (await check(out)).feed as Imported;
}

async function importFile(input: string, args: string[] = []): Promise<{ feed: Imported; stderr: string }> {
  const out = join(scratchDir(), 'project');
  const run = await kopiena(['import', input, '--out', out, ...args], { env: ENGLISH_MACHINE });
  assert.equal(run.status, 0, run.stderr);
  return { feed: await imported(out), stderr: run.stderr };
}

/** `text` written into a file of a new scratch folder. */
function fileWith(name: string, text: string): string {
  const path = join(scratchDir(), name);
  writeFileSync(path, text);
  return path;
}

describe('kopiena import keeps what it reads', () => {
  it('a German WordPress RSS: de, ids transliterated and cut at a word, the first large body picture, not an emoji or a thumbnail', async () => {
    const { feed, stderr } = await importFile(fixture('wordpress-de-rss.xml'));
    assert.equal(feed.language, 'de');
    assert.equal(stderr, '');
    assert.equal(feed.project.id, 'nachbarschaftsgarten-weissensee-e-v');
    const corrected = await importFile(fixture('wordpress-de-rss.xml'), ['--language', 'lv']);
    assert.equal(corrected.feed.language, 'lv');
    // --language lv says the text is Latvian, so the import speaks Latvian too.
    assert.match(
      corrected.stderr,
      /^kopiena import: brīdinājums: .*wordpress-de-rss\.xml norāda valodu de; tā teksts ierakstīts kā lv, kā norāda --language$/m
    );
    const both = await kopiena(['import', fixture('wordpress-de-rss.xml'), '--out', join(scratchDir(), 'p'), '--lang', 'lv', '--language', 'en']);
    assert.equal(both.status, 2);
    assert.match(both.stderr, /--lang and --language are one option \(--language is its earlier name\); give one/);
    assert.deepEqual(
      feed.releases.map((release) => [release.id, release.image]),
      [
        [
          '2020-05-09-grosse-pflanzaktion-an-der-strasse-der-jugend-gemuesebeete',
          {
            src: 'https://garten-weissensee.example.de/wp-content/uploads/2020/05/hochbeete-1024x683.jpg',
            alt: 'Kinder pflanzen Tomaten in ein Hochbeet',
          },
        ],
        ['2020-05-02-giessplan-fuer-mai', undefined],
      ]
    );
  });

  it('a German Atom feed without a language tag: a warning that names the guess, --lang de, or the lang its entries carry', async () => {
    const guessed = await importFile(fixture('german-atom.xml'));
    assert.equal(guessed.feed.language, 'en');
    assert.match(
      guessed.stderr,
      /german-atom\.xml does not say which language it is in; its text is written as en \(English, the default\)\. If that is wrong, import it again with --lang and the language, e\.g\. --lang de/
    );
    const latvianMachine = await kopiena(['import', fixture('german-atom.xml'), '--out', join(scratchDir(), 'p')], {
      env: { ...ENGLISH_MACHINE, LANG: 'lv_LV.UTF-8' },
    });
    assert.match(
      latvianMachine.stderr,
      /german-atom\.xml nenorāda, kādā valodā tas ir; tā teksts ierakstīts kā lv \(šī datora valoda\)\. Ja tas nav pareizi, importējiet to vēlreiz ar --lang un valodu, piemēram, --lang de/
    );

    const told = await importFile(fixture('german-atom.xml'), ['--lang', 'de']);
    assert.equal(told.feed.language, 'de');
    assert.doesNotMatch(told.stderr, /language/);

    const atom = readFileSync(fixture('german-atom.xml'), 'utf8');
    for (const marked of [
      atom.replaceAll('<entry>', '<entry xml:lang="de-DE">'),
      atom.replace('<content type="html">&lt;p&gt;', '<content type="html">&lt;p lang="de"&gt;'),
    ]) {
      const { feed, stderr } = await importFile(fileWith('atom.xml', marked));
      assert.equal(feed.language, 'de');
      assert.doesNotMatch(stderr, /does not say which language/);
    }
    assert.deepEqual(
      told.feed.releases.map((release) => release.id),
      ['2020-05-09-fruehjahrsputz-im-suedpark-ueber-60-helferinnen-und-helfer', '2020-04-28-strassenfest-2020-abgesagt']
    );
  });

  it('a body picture without a size: not the share image from a file (and said so), the share image when the feed came from the web and the picture is large', async () => {
    const fromFile = await importFile(fixture('german-atom.xml'), ['--lang', 'de']);
    assert.equal(fromFile.feed.releases[0].image, undefined);
    assert.match(
      fromFile.stderr,
      /the first picture in the text of 2020-05-09-fruehjahrsputz-im-suedpark-ueber-60-helferinnen-und-helfer does not say its size/
    );

    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#7a6' } })
      .jpeg()
      .toBuffer();
    const requested: string[] = [];
    let atom = '';
    const server = await serve((request, response) => {
      requested.push(request.url ?? '');
      if (request.url === '/atom.xml') response.writeHead(200, { 'content-type': 'application/atom+xml' }).end(atom);
      else if (request.url === '/aktuelles/fruehjahrsputz-suedpark/weiher.jpg') response.writeHead(200, { 'content-type': 'image/jpeg' }).end(photo);
      else response.writeHead(404).end();
    });
    atom = readFileSync(fixture('german-atom.xml'), 'utf8').replaceAll('https://buergerverein-suedstadt.example.de', server.origin);
    try {
      const out = join(scratchDir(), 'project');
      const run = await kopiena(['import', `${server.origin}/atom.xml`, '--out', out, '--lang', 'de'], { env: ENGLISH_MACHINE });
      assert.equal(run.status, 0, run.stderr);
      const feed = await imported(out);
      assert.deepEqual(feed.releases[0].image, { src: `${server.origin}/aktuelles/fruehjahrsputz-suedpark/weiher.jpg`, alt: 'Müllsäcke am Weiher' });
      assert.deepEqual(requested, ['/atom.xml', '/aktuelles/fruehjahrsputz-suedpark/weiher.jpg'], 'the favicon in the text is never looked at');
    } finally {
      await server.close();
    }
  });

  it('a JSON Feed 1.1: its language, its item images, but a favicon given as an item image is replaced by the body picture', async () => {
    const { feed, stderr } = await importFile(fixture('jsonfeed-1.1.json'));
    assert.equal(stderr, '');
    assert.equal(feed.language, 'lv');
    // Without the feed's language, its items' own (JSON Feed 1.1 lets each item say it).
    const withoutFeedLanguage = readFileSync(fixture('jsonfeed-1.1.json'), 'utf8').replace('"language": "lv",', '');
    assert.equal((await importFile(fileWith('feed.json', withoutFeedLanguage))).feed.language, 'lv');
    assert.deepEqual(
      feed.releases.map((release) => [release.id, release.image]),
      [
        [
          '2020-05-09-rezeknes-kopienas-talka-gimenes-skoleni-un-kaimini-sakopj',
          { src: 'https://kopienas.example.lv/media/2020/05/talka.jpg', alt: 'Talkas dalībnieki ar maisiem' },
        ],
        ['2020-05-05-vebinars-gimenem', { src: 'https://kopienas.example.lv/media/2020/05/vebinars-banner.jpg' }],
      ]
    );
  });
});
