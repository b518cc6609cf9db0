// Problems with the files around a release, in the coordinator's language
// (docs/command.md, "Words a coordinator understands"): the Latvian and
// Russian lines carry none of the English words these problems once had.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { kopiena, repoRoot, scratchDir } from './helpers.js';

/** A fresh folder from `kopiena init` (lv, en, ru) and its release folder. */
async function initFolder(): Promise<{ dir: string; release: string }> {
  const dir = join(scratchDir('kopiena-words-files-'), 'news');
  assert.equal((await kopiena(['init', dir])).status, 0);
  return { dir, release: `releases/${readdirSync(join(dir, 'releases'))[0]}` };
}

/** The lines of `validate --lang <lang>` that name `file`. */
async function linesAbout(dir: string, file: string, lang: string): Promise<string[]> {
  const run = await kopiena(['validate', dir, '--lang', lang]);
  return run.stdout.split('\n').filter((line) => line.includes(file));
}

/** The codes `validate --format json` gives the problems of `file`. */
async function codesOf(dir: string, file: string): Promise<string[]> {
  const report = JSON.parse((await kopiena(['validate', dir, '--format', 'json', '--lang', 'lv'])).stdout);
  return (report.problems as Array<{ file: string; code: string }>).filter((problem) => problem.file.endsWith(file)).map(({ code }) => code);
}

/** Fails when `line` holds one of `words` as a word. */
function speaksNone(line: string, words: readonly string[]): void {
  for (const word of words) assert.doesNotMatch(line, new RegExp(`\\b${word}\\b`, 'i'), `${word} in ${line}`);
}

describe('the files around a release, in Latvian and Russian', () => {
  it('activities.csv: a misspelt column and a row with a cell too few', async () => {
    const { dir, release } = await initFolder();
    const csv = join(dir, release, 'activities.csv');
    const [header, ...rows] = readFileSync(csv, 'utf8').split('\n');
    writeFileSync(csv, [header.replace('ongoing', 'ongoin'), ...rows, 'talka,2020-05,,Talka,Clean-up,Субботник'].join('\n'));
    assert.deepEqual((await codesOf(dir, 'activities.csv')).sort(), ['column-unknown', 'row-cells']);
    const english = [
      'is',
      'not',
      'an',
      'activity',
      'column',
      'columns',
      'row',
      'has',
      'cells',
      'header',
      'missing',
      'extra',
      'comma',
      'translations',
    ];
    const lv = await linesAbout(dir, 'activities.csv', 'lv');
    assert.equal(lv.length, 2, lv.join('\n'));
    for (const line of lv) speaksNone(line, english);
    assert.ok(
      lv.some((line) => line.includes('"ongoin" nav aktivitāšu kolonna')),
      lv.join('\n')
    );
    assert.ok(
      lv.some((line) => line.includes('šajā rindā ir 6 šūnas') && line.includes('komats')),
      lv.join('\n')
    );
    const ru = await linesAbout(dir, 'activities.csv', 'ru');
    assert.equal(ru.length, 2, ru.join('\n'));
    for (const line of ru) speaksNone(line, english);
    assert.ok(
      ru.some((line) => line.includes('в этой строке 6 ячеек') && line.includes('запятая')),
      ru.join('\n')
    );
  });

  it('a picture and an attached file that are not there', async () => {
    const { dir, release } = await initFolder();
    const index = join(dir, release, 'index.lv.md');
    writeFileSync(
      index,
      readFileSync(index, 'utf8').replace(/^title: /m, 'image:\n  src: talka.jpg\n  alt: Talka\nattachments:\n  - src: buklets.pdf\ntitle: ')
    );
    assert.deepEqual((await codesOf(dir, 'index.lv.md')).filter((code) => code !== 'no-translation').sort(), ['attachment-file', 'picture-file']);
    const english = [
      'there',
      'is',
      'no',
      'file',
      'check',
      'its',
      'name',
      'folder',
      'skipped',
      'release',
      'gets',
      'drawn',
      'share',
      'image',
      'published',
      'without',
    ];
    const lv = (await linesAbout(dir, 'index.lv.md', 'lv'))
      .filter((line) => line.includes('› src'))
      .map((line) => line.slice(line.indexOf('brīdinājums:')));
    assert.equal(lv.length, 2, lv.join('\n'));
    for (const line of lv) speaksNone(line.replace(/image › src|attachments nr\. 1 › src/, ''), english);
    assert.ok(
      lv.some((line) =>
        line.endsWith(
          'faila talka.jpg nav (pārbaudiet tā nosaukumu un vai tas ir relīzes mapē): izlaists, relīzei tā vietā būs zīmēts kopīgošanas attēls'
        )
      ),
      lv.join('\n')
    );
    const ru = (await linesAbout(dir, 'index.lv.md', 'ru'))
      .filter((line) => line.includes('› src'))
      .map((line) => line.slice(line.indexOf('предупреждение:')));
    assert.equal(ru.length, 2, ru.join('\n'));
    for (const line of ru) speaksNone(line.replace(/image › src|attachments № 1 › src/, ''), english);
    assert.ok(
      ru.some((line) => line.includes('файла buklets.pdf нет') && line.endsWith('релиз публикуется без него')),
      ru.join('\n')
    );
  });

  it('activities.csv saved as UTF-16 ("Unicode text" in Excel)', async () => {
    const { dir, release } = await initFolder();
    const csv = join(dir, release, 'activities.csv');
    writeFileSync(csv, Buffer.from(readFileSync(csv, 'utf8'), 'utf16le'));
    assert.deepEqual(await codesOf(dir, 'activities.csv'), ['not-text']);
    const english = ['is', 'text', 'save', 'it', 'with', 'the', 'encoding', 'in'];
    const [lv] = (await linesAbout(dir, 'activities.csv', 'lv')).map((line) => line.slice(line.indexOf('kļūda:')));
    assert.equal(lv, 'kļūda: ir saglabāts UTF-16 kodējumā; saglabājiet to UTF-8 kodējumā (Excel: „CSV UTF-8”)');
    const [ru] = (await linesAbout(dir, 'activities.csv', 'ru')).map((line) => line.slice(line.indexOf('ошибка:')));
    speaksNone(ru.replace('CSV UTF-8', ''), english);
    assert.match(ru, /^ошибка: сохранён в кодировке UTF-16; сохраните его в кодировке UTF-8/);
  });

  it('a file in the release folder that is not named by a language', async () => {
    const { dir, release } = await initFolder();
    writeFileSync(join(dir, release, 'piezimes.md'), 'Piezīmes sev.\n');
    assert.deepEqual(await codesOf(dir, 'piezimes.md'), ['file-not-language']);
    const english = ['is', 'not', 'read', 'release', 'file', 'named', 'by', 'its', 'language', 'or', 'as', 'the', 'names'];
    for (const lang of ['lv', 'ru']) {
      const lines = await linesAbout(dir, 'piezimes.md', lang);
      assert.equal(lines.length, 1, lines.join('\n'));
      speaksNone(lines[0].slice(lines[0].indexOf(': ', lines[0].indexOf('piezimes.md')) + 2).replace('CMS', ''), english);
    }
  });

  it("a feed file's JSON with a comma missing", async () => {
    const dir = scratchDir('kopiena-words-json-');
    writeFileSync(join(dir, 'feed.json'), '{\n  "version": 1\n  "language": "lv"\n}\n');
    const report = JSON.parse((await kopiena(['validate', join(dir, 'feed.json'), '--format', 'json', '--lang', 'lv'])).stdout);
    assert.deepEqual(
      report.problems.map(({ code, line }: { code: string; line: number }) => [code, line]),
      [['json-syntax', 3]]
    );
    const english = ['is', 'not', 'valid', 'expected', 'comma', 'or', 'closing', 'bracket', 'missing'];
    const [lv] = await linesAbout(join(dir, 'feed.json'), 'feed.json', 'lv');
    assert.match(lv, /kļūda: nav derīgs JSON: gaidīts komats vai aizverošā iekava \(trūkst komata\?\)$/);
    const [ru] = await linesAbout(join(dir, 'feed.json'), 'feed.json', 'ru');
    for (const line of [lv, ru]) speaksNone(line.slice(line.indexOf(': ', line.indexOf('feed.json')) + 2).replace('JSON', ''), english);
  });

  it("a feed's archive pages that are not a list", async () => {
    const dir = scratchDir('kopiena-words-archives-');
    const feed = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/feed.json'), 'utf8'));
    writeFileSync(join(dir, 'feed.json'), JSON.stringify({ ...feed, archives: 'archive/2019.json' }, null, 2));
    const english = ['must', 'be', 'a', 'list', 'of', 'archive', 'pages', 'newest', 'first'];
    const [lv] = await linesAbout(join(dir, 'feed.json'), 'archives', 'lv');
    assert.match(lv, /kļūda: archives: jābūt arhīva lapu sarakstam, jaunākās vispirms$/);
    const [ru] = await linesAbout(join(dir, 'feed.json'), 'archives', 'ru');
    assert.match(ru, /ошибка: archives: должно быть списком страниц архива, сначала новые$/);
    for (const line of [lv, ru]) speaksNone(line.slice(line.indexOf('archives: ') + 10), english);
  });
});
