// What `kopiena build` says it wrote and what it kept out, in the source's
// language (issue #25, item 3): the same site counted in English and Russian
// words, with each language's plural forms (Latvian: build.test.ts,
// newsroom-site.test.ts, build-large.test.ts).
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Speaker } from '../src/words/speaker.js';
import { kopiena, repoRoot, scratchDir } from './helpers.js';

/** The sample feed said to be written in `language`, one of its releases a draft. */
function sampleIn(language: string): string {
  const feed = JSON.parse(readFileSync(join(repoRoot, 'demo/feed.json'), 'utf8'));
  feed.language = language;
  const draft = structuredClone(feed.releases[0]);
  feed.releases.push({ ...draft, id: 'melnraksts', draft: true, activities: [] });
  const file = join(scratchDir('kopiena-words-build-'), 'feed.json');
  writeFileSync(file, JSON.stringify(feed));
  return file;
}

describe('kopiena build’s summary, in the source’s language', () => {
  it('in English', async () => {
    const built = await kopiena(['build', sampleIn('en'), '--out', join(scratchDir(), 'site'), '--lang', 'lv,en,ru']);
    assert.equal(built.status, 0, built.stderr);
    assert.match(
      built.stdout,
      /^kopiena build: 58 pages \(7 landing and index, 3 embed pages, 48 frame pages for iframes\), 3 share images, feed\.json and robots\.txt in /m
    );
    assert.match(built.stdout, /^kopiena build: no --base-url, so no RSS, Atom, JSON Feed, sitemap\.xml or oEmbed \(they need absolute URLs/m);
    assert.match(
      built.stderr,
      /^kopiena build: 1 release is left out of the site until it is due \(kopiena build --drafts shows it in a preview\):\n {2}melnraksts: a draft$/m
    );
  });

  it('in Russian', async () => {
    const built = await kopiena([
      'build',
      sampleIn('ru'),
      '--out',
      join(scratchDir(), 'site'),
      '--lang',
      'lv,en,ru',
      '--base-url',
      'https://example.org/news',
    ]);
    assert.equal(built.status, 0, built.stderr);
    assert.match(
      built.stdout,
      /^kopiena build: 58 страниц \(7 страниц релизов и списков, 3 страницы для встраивания, 48 страниц для iframe с oEmbed\), 3 изображения для соцсетей, feed\.json, RSS, Atom и JSON Feed на 3 языках, sitemap\.xml и robots\.txt в /m
    );
    assert.match(
      built.stderr,
      /^kopiena build: 1 релиз не попадает на сайт до своего срока \(kopiena build --drafts показывает его в предпросмотре\):\n {2}melnraksts: черновик$/m
    );
  });
});

describe('a site the computer would not let kopiena build write', () => {
  it('says why in the coordinator’s words, and that --out was left as it was', () => {
    const told = { code: 'out-write-failed', out: 'site', reason: 'ENOSPC' } as const;
    assert.equal(new Speaker('lv').tell(told), 'site nevarēja ierakstīt: disks ir pilns; tā palika, kāda bija');
    assert.equal(new Speaker('ru').tell(told), 'site не удалось записать: диск заполнен; она осталась как была');
    assert.equal(
      new Speaker('en').tell({ ...told, reason: 'EROFS' }),
      'site could not be written: that disk can only be read; it was left as it was'
    );
  });
});

describe('a kopiena feed that kopiena import cannot write as a folder', () => {
  it('names the release by its number, in the computer’s language', async () => {
    const feed = JSON.parse(readFileSync(join(repoRoot, 'demo/feed.json'), 'utf8'));
    feed.releases.push(feed.releases[0]);
    const dir = scratchDir();
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
    const id = feed.releases[0].id;
    const lv = await kopiena(['import', 'feed.json', '--out', 'lv'], { cwd: dir, env: { LANG: 'lv_LV.UTF-8' } });
    assert.equal(lv.stderr, `kopiena import: 2. relīze atkārto id "${id}"; katrai relīzei vajag savu mapi\n`);
    const ru = await kopiena(['import', 'feed.json', '--out', 'ru'], { cwd: dir, env: { LANG: 'ru_RU.UTF-8' } });
    assert.equal(ru.stderr, `kopiena import: релиз 2 повторяет id "${id}"; каждому релизу нужна своя папка\n`);
  });
});
