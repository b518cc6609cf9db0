// `kopiena init`: a source folder to start from, which validates, holds the
// demo feed exactly, and carries a CMS form that writes where validate reads.
import { strict as assert } from 'node:assert';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { newsroomReleaseShape, releaseSchema } from '../../src/feed/schema.js';
import { check } from '../src/check.js';
import { kopiena, repoRoot, scratchDir } from './helpers.js';

const files = (dir: string) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();

interface CmsField {
  name: string;
  i18n?: boolean | string;
  fields?: CmsField[];
}

describe('kopiena init', () => {
  it('writes the example release in lv, en and ru, a README and the CMS form', async () => {
    const parent = scratchDir();
    const run = await kopiena(['init', 'p'], { cwd: parent });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /kopiena validate p/);
    assert.deepEqual(files(join(parent, 'p')), [
      'README.md',
      'admin/config.yml',
      'admin/index.html',
      'kopiena.yml',
      'releases/2020-05-07-daugavpils-iedvesmo/activities.csv',
      'releases/2020-05-07-daugavpils-iedvesmo/index.en.md',
      'releases/2020-05-07-daugavpils-iedvesmo/index.lv.md',
      'releases/2020-05-07-daugavpils-iedvesmo/index.ru.md',
    ]);
    assert.deepEqual(readdirSync(parent), ['p'], 'no staging folder is left');
  });

  it('writes a folder that validates and holds exactly the demo feed', async () => {
    const dir = join(scratchDir(), 'p');
    await kopiena(['init', dir]);
    const run = await kopiena(['validate', dir]);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, '');
    const { feed } = await check(dir);
    assert.deepEqual(feed, JSON.parse(readFileSync(join(repoRoot, 'demo/feed.json'), 'utf8')));
  });

  it('explains to coordinators, in Latvian, English and Russian, how to add, translate, add a photo and an activity, check, preview and publish', async () => {
    const dir = join(scratchDir(), 'p');
    await kopiena(['init', dir]);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    for (const heading of [
      '**Jauna relīze.**',
      '**Tulkot.**',
      '**Fotogrāfija.**',
      '**Aktivitāte.**',
      '**Pārbaudīt.**',
      '**Priekšskatījums.**',
      '**Publicēt.**',
      '**Add a release.**',
      '**Translate.**',
      '**Add a photo.**',
      '**Add an activity.**',
      '**Check.**',
      '**Preview.**',
      '**Publish.**',
      '**Новый релиз.**',
      '**Перевести.**',
      '**Добавить фотографию.**',
      '**Добавить мероприятие.**',
      '**Проверить.**',
      '**Предпросмотр.**',
      '**Опубликовать.**',
    ]) {
      assert.ok(readme.includes(heading), heading);
    }
    // Each language has its own section, listed at the top in the order they follow.
    const sections = readme.split(/^## /m).slice(1);
    assert.deepEqual(
      sections.map((section) => section.slice(0, section.indexOf('\n'))),
      ['Latviski', 'In English', 'По-русски']
    );
    assert.match(readme, /^\[Latviski\]\(#latviski\) · \[In English\]\(#in-english\) · \[По-русски\]\(#по-русски\)$/m);
    for (const section of sections) {
      // The commands as they run, in every language.
      for (const command of ['npx kopiena validate .', 'npx kopiena build . --out site', 'npx kopiena serve .']) {
        assert.ok(section.includes(`\`${command}\``), command);
      }
      // Publishing says where CORS comes from on each kind of host, in every language (#25).
      for (const host of ['GitHub Pages', 'Netlify', '`_headers`', 'Apache', '`.htaccess`', '`Access-Control-Allow-Origin: *`']) {
        assert.ok(section.includes(host), host);
      }
    }
    const russian = sections[2];
    assert.ok(russian.includes('(это называется CORS)'), 'the Russian section names CORS');
    assert.ok(russian.includes('источник новостей `feed.json`'), 'the feed, in the command’s own Russian word');
  });

  it('configures the CMS with lv, en and ru side by side, saving releases/<id>/index.<lang>.md (the names init writes) with the feed’s field names', async () => {
    const dir = join(scratchDir(), 'p');
    await kopiena(['init', dir]);
    const config = parse(readFileSync(join(dir, 'admin/config.yml'), 'utf8'));
    assert.deepEqual(config.i18n, { structure: 'multiple_files', locales: ['lv', 'en', 'ru'], default_locale: 'lv' });
    const [releases] = config.collections;
    assert.equal(releases.folder, 'releases');
    assert.equal(releases.path, '{{slug}}/index');
    assert.equal(releases.extension, 'md');
    const known = new Set([...Object.keys(releaseSchema._zod.def.shape), ...Object.keys(newsroomReleaseShape()), 'body']);
    const names = (releases.fields as CmsField[]).map((field) => field.name);
    assert.deepEqual(
      names.filter((name) => !known.has(name)),
      []
    );
    const translated = (releases.fields as CmsField[]).filter((field) => field.i18n === true).map((field) => field.name);
    // contacts: the person ids duplicated into every language, its labels translated (#25, item 6).
    // attachments: each file's title translated, its file, credit and license duplicated (#27).
    assert.deepEqual(translated, ['place', 'title', 'summary', 'body', 'image', 'contacts', 'attachments', 'links']);
    const attachments = (releases.fields as CmsField[]).find((field) => field.name === 'attachments');
    assert.deepEqual(
      attachments?.fields?.map((field) => [field.name, field.i18n]),
      [
        ['src', 'duplicate'],
        ['title', true],
        ['credit', 'duplicate'],
        ['license', 'duplicate'],
      ]
    );
    // draft and topics are the release's, not a language's: written once, in index.lv.md.
    assert.deepEqual(
      (releases.fields as CmsField[]).filter((field) => ['draft', 'topics'].includes(field.name)).map((field) => [field.name, field.i18n]),
      [
        ['draft', false],
        ['topics', false],
      ]
    );
    const contacts = (releases.fields as CmsField[]).find((field) => field.name === 'contacts');
    assert.deepEqual(
      contacts?.fields?.map((field) => [field.name, field.i18n]),
      [
        ['inquiries', 'duplicate'],
        ['moreInformation', 'duplicate'],
        ['preparedBy', 'duplicate'],
        ['labels', true],
      ]
    );
    // A photo uploaded in the form lands beside the release's index.lv.md, named relative to it.
    assert.deepEqual([releases.media_folder, releases.public_folder], ['', '']);
    const html = readFileSync(join(dir, 'admin/index.html'), 'utf8');
    assert.ok(html.includes('src="https://unpkg.com/@sveltia/cms@'), 'the CMS script, pinned (cms-pin.test.ts checks its version and hash)');
  });

  it('fills an empty current folder', async () => {
    const dir = scratchDir();
    const run = await kopiena(['init'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.ok(files(dir).includes('kopiena.yml'));
  });

  it('refuses a non-empty folder and changes nothing in it, exit 2', async () => {
    const dir = scratchDir();
    mkdirSync(join(dir, 'p'));
    writeFileSync(join(dir, 'p/kopiena.yml'), 'mine');
    const run = await kopiena(['init', 'p'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /p is not empty; name a new or empty folder \(nothing is ever overwritten\)/);
    assert.deepEqual(files(join(dir, 'p')), ['kopiena.yml']);
    assert.equal(readFileSync(join(dir, 'p/kopiena.yml'), 'utf8'), 'mine');
    assert.deepEqual(readdirSync(dir), ['p']);
  });
});
