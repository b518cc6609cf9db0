// A source folder (kopiena.yml, releases/<id>/<lang>.md, activities.csv) as
// `kopiena validate` reads it: the assembled feed, and every problem with the
// file, line and column a coordinator wrote it at.
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { check } from '../src/check.js';
import { kopiena, scratchDir } from './helpers.js';

const RELEASE = 'releases/2020-05-07-pavasaris';

/** A small valid folder; `changes` replace or add files (null removes one). */
export function sourceFolder(changes: Record<string, string | Uint8Array | null> = {}): string {
  const files: Record<string, string | Uint8Array | null> = {
    'kopiena.yml': [
      'version: 1',
      'language: lv',
      'project:',
      '  id: kopienas',
      '  name:',
      '    lv: Kopienas',
      '    en: Communities',
      'people:',
      '  anna:',
      '    name: Anna Bērziņa',
      '    email: anna@example.org',
      '',
    ].join('\n'),
    [`${RELEASE}/lv.md`]: [
      '---',
      'published: 2020-05-07',
      'title: Pavasaris',
      'contacts:',
      '  preparedBy: anna',
      '---',
      '',
      'Pirmā rindkopa ar [saiti](https://example.org/).',
      '',
      'Otrā rindkopa,',
      'divās rindās.',
      '',
    ].join('\n'),
    [`${RELEASE}/en.md`]: ['---', 'title: Spring', '---', '', 'First paragraph.', '', 'Second paragraph.', ''].join('\n'),
    [`${RELEASE}/activities.csv`]: 'id,when,title,title@en,participants\nwebinars,2020-04,Vebinārs,Webinar,12\n',
    ...changes,
  };
  const dir = scratchDir('kopiena-source-');
  for (const [path, content] of Object.entries(files)) {
    if (content === null) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

interface Reported {
  file: string;
  line: number;
  column: number;
  path: string;
  severity: string;
  message: string;
}

/** `kopiena validate . --format json --lang en` in `dir`: the exit code and the problems (JSON paths, English words). */
async function validate(dir: string): Promise<{ status: number | null; problems: Reported[]; stderr: string }> {
  const run = await kopiena(['validate', '.', '--format', 'json', '--lang', 'en'], { cwd: dir });
  return { status: run.status, problems: run.stdout ? JSON.parse(run.stdout).problems : [], stderr: run.stderr };
}

/** The errors, one line each as the text format prints them (a test about an error ignores incidental warnings). */
const errors = (problems: Reported[]) => short(problems.filter((problem) => problem.severity === 'error'));
const short = (problems: Reported[]) =>
  problems.map(
    (problem) =>
      `${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.path ? `${problem.path}: ` : ''}${problem.message}`
  );

describe('a source folder', () => {
  it('is assembled into the feed: release file, translation by field and paragraph, activities.csv with translation columns', async () => {
    const { feed, problems } = await check(sourceFolder());
    assert.deepEqual(problems, []);
    assert.deepEqual(feed, {
      version: 1,
      language: 'lv',
      project: { id: 'kopienas', name: { lv: 'Kopienas', en: 'Communities' } },
      people: { anna: { name: 'Anna Bērziņa', email: 'anna@example.org' } },
      releases: [
        {
          id: '2020-05-07-pavasaris',
          published: '2020-05-07',
          title: { lv: 'Pavasaris', en: 'Spring' },
          contacts: { preparedBy: 'anna' },
          body: [
            { lv: 'Pirmā rindkopa ar [saiti](https://example.org/).', en: 'First paragraph.' },
            { lv: 'Otrā rindkopa,\ndivās rindās.', en: 'Second paragraph.' },
          ],
          activities: [{ id: 'webinars', when: '2020-04', title: { lv: 'Vebinārs', en: 'Webinar' }, participants: 12 }],
        },
      ],
    });
  });

  it("reads index.lv.md, index.en.md (the CMS form's names) as lv.md, en.md, and names them in its reports", async () => {
    const plain = sourceFolder();
    const cms = sourceFolder({
      [`${RELEASE}/lv.md`]: null,
      [`${RELEASE}/en.md`]: null,
      [`${RELEASE}/index.lv.md`]:
        '---\npublished: 2020-05-07\ntitle: Pavasaris\ncontacts:\n  preparedBy: anna\n---\n\nPirmā rindkopa ar [saiti](https://example.org/).\n\nOtrā rindkopa,\ndivās rindās.\n',
      [`${RELEASE}/index.en.md`]: '---\ntitle: Spring\npublished: 2020-05-08\n---\n\nFirst paragraph.\n\nSecond paragraph.\n',
    });
    assert.deepEqual(errors((await validate(cms)).problems), [
      `${RELEASE}/index.en.md:3:12: error: releases[0].published: differs from index.lv.md: a translation only translates text (title, summary, place, body, picture description, link and contact labels, attachment titles, activity titles, descriptions and places)`,
    ]);
    writeFileSync(join(cms, RELEASE, 'index.en.md'), '---\ntitle: Spring\n---\n\nFirst paragraph.\n\nSecond paragraph.\n');
    assert.deepEqual((await validate(cms)).problems, []);
    assert.deepEqual((await check(cms)).feed, (await check(plain)).feed);
  });

  it('reports a language given both as lv.md and as index.lv.md, and reads the first', async () => {
    const dir = sourceFolder({ [`${RELEASE}/index.lv.md`]: '---\npublished: 2020-05-07\ntitle: Cits\n---\n\nTeksts.\n' });
    const { status, problems } = await validate(dir);
    assert.equal(status, 1);
    assert.deepEqual(errors(problems), [
      `${RELEASE}/lv.md:1:1: error: releases[0]: is not read: index.lv.md beside it is the Latvian text already; keep one of them`,
    ]);
  });

  it('is valid with exit 0 and says so, in the folder’s language (lv)', async () => {
    const run = await kopiena(['validate', sourceFolder()]);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /: problēmu nav\n$/);
  });

  it('reports a bad date in front matter at its value, and a translation that changes it', async () => {
    const dir = sourceFolder({
      [`${RELEASE}/lv.md`]: '---\npublished: 7 May 2020\ntitle: Pavasaris\n---\n\nTeksts.\n',
      [`${RELEASE}/en.md`]: '---\ntitle: Spring\npublished: 2020-05-08\n---\n\nText.\n',
    });
    const { status, problems } = await validate(dir);
    assert.equal(status, 1);
    assert.deepEqual(errors(problems), [
      `${RELEASE}/en.md:3:12: error: releases[0].published: differs from lv.md: a translation only translates text (title, summary, place, body, picture description, link and contact labels, attachment titles, activity titles, descriptions and places)`,
      `${RELEASE}/lv.md:2:12: error: releases[0].published: "7 May 2020" is not a date; write the year, month and day, like 2026-04-30`,
    ]);
  });

  it('reports broken YAML in kopiena.yml with its line, and nothing it cannot know', async () => {
    const dir = sourceFolder({ 'kopiena.yml': 'version: 1\nlanguage: lv\nproject:\n  id: kopienas\n  name: Kopienas: Latvija\n' });
    const { status, problems } = await validate(dir);
    assert.equal(status, 1);
    assert.deepEqual(errors(problems), [
      'kopiena.yml:5:9: error: cannot be read: put a text that holds ": " in quotes ("…"), or check how far the line is indented',
    ]);
  });

  it('reports broken YAML in front matter at the file line (below the --- line)', async () => {
    const dir = sourceFolder({ [`${RELEASE}/en.md`]: '---\ntitle: Spring\n\ttitle: again\n---\n' });
    assert.deepEqual(errors((await validate(dir)).problems), [`${RELEASE}/en.md:3:1: error: cannot be read: indent lines with spaces, not tabs`]);
  });

  it('reports a name given twice in YAML (duplicate person ids)', async () => {
    const dir = sourceFolder({
      'kopiena.yml':
        'version: 1\nlanguage: lv\nproject:\n  id: kopienas\n  name: Kopienas\npeople:\n  anna:\n    name: Anna\n  anna:\n    name: Anna B\n',
    });
    assert.deepEqual(errors((await validate(dir)).problems), ['kopiena.yml:9:3: error: this name is given twice in the same place; keep one']);
  });

  it('reports a release folder without its language file', async () => {
    const dir = sourceFolder({ [`${RELEASE}/lv.md`]: null });
    const { status, problems } = await validate(dir);
    assert.equal(status, 1);
    assert.deepEqual(errors(problems), [
      `${RELEASE}/lv.md:1:1: error: releases[0]: is missing: each release needs its text in the site's first language (Latvian, lv.md); found en.md`,
    ]);
  });

  it('reports a front matter without its closing --- line', async () => {
    const dir = sourceFolder({ [`${RELEASE}/lv.md`]: '---\npublished: 2020-05-07\ntitle: Pavasaris\n\nTeksts.\n' });
    assert.deepEqual(errors((await validate(dir)).problems), [
      `${RELEASE}/lv.md:1:1: error: releases[0]: the fields at the top begin with a --- line but have no closing --- line; add one below the last field`,
    ]);
  });

  it('reports a CSV without a required column, at the header row', async () => {
    const dir = sourceFolder({ [`${RELEASE}/activities.csv`]: 'id,title\nwebinars,Vebinārs\n' });
    assert.deepEqual(errors((await validate(dir)).problems), [
      `${RELEASE}/activities.csv:1:1: error: the first row must name the columns id, when and title; missing: when`,
    ]);
  });

  it('reports a CSV row with a missing cell, and a misspelt column', async () => {
    const dir = sourceFolder({ [`${RELEASE}/activities.csv`]: 'id,when,title,titel@en\nwebinars,2020-04,Vebinārs,Webinar\nseminars,2020-05\n' });
    assert.deepEqual(errors((await validate(dir)).problems), [
      `${RELEASE}/activities.csv:1:4: error: "titel@en" is not an activity column (the columns are id, when, part, title, description, participants, occurrences, ongoing, place, organizations, people; translations like title@en)`,
      `${RELEASE}/activities.csv:3:1: error: releases[0].activities[1].title: is missing; this field is required`,
      `${RELEASE}/activities.csv:3:3: error: this row has 2 cells, the first row has 4 cells (a missing or extra comma?)`,
    ]);
  });

  it('keeps a quoted line break in a CSV cell and the line numbers of the rows after it', async () => {
    const csv = 'id,when,title,description\nwebinars,2020-04,Vebinārs,"Divas\nrindas"\nseminars,2020-13,Seminārs,\n';
    const dir = sourceFolder({ [`${RELEASE}/activities.csv`]: csv });
    assert.deepEqual(errors((await validate(dir)).problems), [
      `${RELEASE}/activities.csv:4:2: error: releases[0].activities[1].when: "2020-13" is not a date; write a day (2026-04-30), a month (2026-04), a year (2026), a season (2026-21 spring, 2026-22 summer, 2026-23 autumn, 2026-24 winter) or from–to (2026-04-21/2026-04-30); add ~ for "about" (2026-04~) and ? for "perhaps" (2026-04?)`,
    ]);
    const { feed } = await check(dir);
    assert.equal(
      (feed as { releases: Array<{ activities: Array<{ description?: string }> }> }).releases[0].activities[0].description,
      'Divas\nrindas'
    );
  });

  it('reports a CSV quote that is never closed, at the row it opens in', async () => {
    const dir = sourceFolder({ [`${RELEASE}/activities.csv`]: 'id,when,title\nwebinars,2020-04,Vebinārs\nseminars,2020-05,"Seminārs\n' });
    assert.deepEqual(errors((await validate(dir)).problems), [
      `${RELEASE}/activities.csv:3:1: error: a cell in quotes is never closed (a " is missing)`,
    ]);
  });

  it('reports duplicate activity ids at the repeated id cell', async () => {
    const dir = sourceFolder({ [`${RELEASE}/activities.csv`]: 'id,when,title\nwebinars,2020-04,Vebinārs\nwebinars,2020-05,Vebinārs 2\n' });
    assert.deepEqual(errors((await validate(dir)).problems), [
      `${RELEASE}/activities.csv:3:1: error: releases[0].activities[1].id: "webinars" is used twice: each activity needs an id of its own`,
    ]);
  });

  it('reports an unknown person id at its value in front matter', async () => {
    const dir = sourceFolder({
      [`${RELEASE}/lv.md`]: '---\npublished: 2020-05-07\ntitle: Pavasaris\ncontacts:\n  preparedBy: janis\n---\n\nTeksts.\n',
    });
    assert.deepEqual(errors((await validate(dir)).problems), [
      `${RELEASE}/lv.md:5:15: error: releases[0].contacts.preparedBy: there is no person with the id "janis"`,
    ]);
  });

  it('reports an unknown person id of a release that fails the schema, with the schema problem', async () => {
    const dir = sourceFolder({
      [`${RELEASE}/lv.md`]: '---\npublished: 7.05.2020\ntitle: Pavasaris\ncontacts:\n  preparedBy: janis\n---\n\nTeksts.\n',
      [`${RELEASE}/activities.csv`]: 'id,when,title,people\nwebinars,2020-04,Vebinārs,anna ghost\n',
    });
    assert.deepEqual(errors((await validate(dir)).problems), [
      `${RELEASE}/activities.csv:2:4: error: releases[0].activities[0].people[1]: there is no person with the id "ghost"`,
      `${RELEASE}/lv.md:2:12: error: releases[0].published: "7.05.2020" is not a date; write it as 2020-05-07`,
      `${RELEASE}/lv.md:5:15: error: releases[0].contacts.preparedBy: there is no person with the id "janis"`,
    ]);
  });

  it('reports a javascript: link in the body at its paragraph, in the translation file it is in', async () => {
    const dir = sourceFolder({ [`${RELEASE}/en.md`]: '---\ntitle: Spring\n---\n\nFirst.\n\nSee [this](javascript:alert) now.\n' });
    assert.deepEqual(errors((await validate(dir)).problems), [
      `${RELEASE}/en.md:7:1: error: releases[0].body[1].en: links to "javascript:alert", which is not a full web address, so the link would show as plain text; write it like https://www.example.org/`,
    ]);
  });

  it('refuses a 20 MB file without reading it as a feed', async () => {
    const dir = sourceFolder({ [`${RELEASE}/en.md`]: `---\ntitle: Spring\n---\n\n${'a'.repeat(20 * 1024 * 1024)}\n` });
    const { status, problems, stderr } = await validate(dir);
    assert.equal(status, 1);
    assert.deepEqual(errors(problems), [`${RELEASE}/en.md:1:1: error: is 20 MB, more than the 5 MB a feed may have`]);
    assert.doesNotMatch(stderr, /\n\s+at /);
  });

  it('refuses a binary file named lv.md', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const { status, problems } = await validate(sourceFolder({ [`${RELEASE}/lv.md`]: png }));
    assert.equal(status, 1);
    assert.deepEqual(errors(problems), [`${RELEASE}/lv.md:1:1: error: is not a text file (it holds binary data); save it as UTF-8 text`]);
  });

  it('refuses text that is not UTF-8 (a file saved as Windows-1257)', async () => {
    const { problems } = await validate(
      sourceFolder({ [`${RELEASE}/en.md`]: Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x3a, 0x20, 0xe2, 0x0a]) })
    );
    assert.deepEqual(errors(problems), [`${RELEASE}/en.md:1:1: error: is not UTF-8 text; save it with the UTF-8 encoding`]);
  });

  it('says a folder without kopiena.yml is not a source folder, exit 2', async () => {
    const run = await kopiena(['validate', scratchDir()]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /is not a kopiena source folder: it has no kopiena\.yml \(kopiena init writes one\)/);
  });

  it('warns of an untranslated paragraph at the release file line, and still exits 0', async () => {
    const dir = sourceFolder({ [`${RELEASE}/en.md`]: '---\ntitle: Spring\n---\n\nFirst paragraph.\n' });
    const { status, problems } = await validate(dir);
    assert.equal(status, 0);
    assert.deepEqual(short(problems), [
      `${RELEASE}/lv.md:10:1: warning: releases[0].body[1]: has no English text (the release is in Latvian and English): English readers see another language here`,
    ]);
  });

  it('names the folder, not the file, as the release id', async () => {
    const dir = sourceFolder({ [`${RELEASE}/lv.md`]: '---\nid: cits\npublished: 2020-05-07\ntitle: Pavasaris\n---\n' });
    assert.deepEqual(errors((await validate(dir)).problems), [
      `${RELEASE}/lv.md:2:5: error: releases[0].id: is "cits", but the folder is named "2020-05-07-pavasaris": the folder's name is the release's id (rename one of them)`,
    ]);
  });
});
