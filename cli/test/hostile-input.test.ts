// Input made to hurt (issue #24): a source folder whose text or spreadsheet is
// built to make a parser slow, read by `kopiena validate` and `kopiena build`
// as a coordinator runs them. Each must answer in seconds, not minutes.
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { kopiena, scratchDir } from './helpers.js';

const RELEASE = 'releases/2020-05-07-pavasaris';
/** Generous: each run takes a second or two; the parsers this replaced took minutes (149 `[`: 24 s to validate, 339 s to build). */
const BOUND = { timeout: 60_000, maxBuffer: 64 << 20 };

/** A valid source folder of one release in Latvian; `files` replace or add files. */
function sourceFolder(files: Record<string, string | Uint8Array>): string {
  const dir = scratchDir('kopiena-hostile-');
  const all = {
    'kopiena.yml': 'version: 1\nlanguage: lv\nproject:\n  id: kopienas\n  name: Kopienas\npeople:\n  anna:\n    name: Anna Bērziņa\n',
    [`${RELEASE}/lv.md`]: release('Kopsavilkums', 'Teksts.'),
    ...files,
  };
  for (const [path, content] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const release = (summary: string, body: string) =>
  [
    '---',
    'published: 2020-05-07',
    'title: Pavasaris',
    `summary: ${JSON.stringify(summary)}`,
    'contacts:',
    '  preparedBy: anna',
    '---',
    '',
    body,
    '',
  ].join('\n');

/** `count` characters of `part` over and over. */
const repeat = (part: string, count: number) => part.repeat(Math.ceil(count / part.length)).slice(0, count);

describe('kopiena validate and build on hostile input', () => {
  it('read a summary of 149 [ and body paragraphs of 100,000 characters of brackets, emphasis, backslashes and ]( runs in seconds', async () => {
    const paragraphs = ['[', '**a *b _c ', '\\', '](', '[[a](', '*[_a](**\\<http://x.org _b@c. [['].map((part) => repeat(part, 19_999));
    const dir = sourceFolder({ [`${RELEASE}/lv.md`]: release('['.repeat(149), paragraphs.join('\n\n')) });
    const validate = await kopiena(['validate', '.'], { cwd: dir, ...BOUND });
    assert.equal(validate.status, 0, validate.stderr + validate.stdout);
    const build = await kopiena(['build', '.', '--out', join(scratchDir(), 'site')], { cwd: dir, ...BOUND });
    assert.equal(build.status, 0, build.stderr + build.stdout);
  });

  it('reads an activities.csv of 40,000 columns in seconds, and names the columns that are not activity columns or are named twice', async () => {
    const names = Array.from({ length: 40_000 }, (_, index) => ['title', `title@lv-x-c${index}`, `note${index}`][index % 3]);
    const csv = `id,when,${names.join(',')}\nwebinars,2020-04,${names.map(() => 'a').join(',')}\n`;
    const dir = sourceFolder({ [`${RELEASE}/activities.csv`]: csv });
    const { status, stdout, stderr } = await kopiena(['validate', '.', '--format', 'json', '--lang', 'en'], { cwd: dir, ...BOUND });
    assert.equal(status, 1, stderr);
    const problems: Array<{ line: number; column: number; message: string; code: string }> = JSON.parse(stdout).problems;
    assert.deepEqual(
      problems.slice(0, 2).map(({ line, column, message }) => `${line}:${column}: ${message}`),
      [
        '1:5: "note2" is not an activity column (the columns are id, when, part, title, description, participants, occurrences, ongoing, place, organizations, people; translations like title@en)',
        '1:6: the column "title" is already column 3; keep one of them',
      ]
    );
    const columns = problems.filter(({ code }) => code === 'column-unknown' || code === 'column-twice');
    assert.equal(columns.length, 2 * 13_333);
  });
});
