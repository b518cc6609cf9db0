// A workbook that cannot be read and a kopiena.yml or release file of the
// wrong shape, in the coordinator's language (issue #25, item 3): the
// Latvian and Russian lines say what is wrong and what to do, with none of
// the English they once had and no "zip", "YAML" or system codes.
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { Speaker } from '../src/words/speaker.js';
import { kopiena, scratchDir } from './helpers.js';

const RELEASE = 'releases/2020-05-07-pavasaris';
const CONFIG = 'version: 1\nlanguage: lv\nproject:\n  id: kopienas\n  name: Kopienas\n';

function sourceFolder(files: Record<string, string | Uint8Array>): string {
  const dir = scratchDir('kopiena-words-sources-');
  const all = { 'kopiena.yml': CONFIG, [`${RELEASE}/lv.md`]: '---\npublished: 2020-05-07\ntitle: Pavasaris\n---\n\nTeksts.\n', ...files };
  for (const [path, content] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** The error lines of `validate --lang <lang>`, and the codes `--format json` gives them. */
async function said(dir: string, lang: string): Promise<{ lines: string[]; codes: string[] }> {
  const text = await kopiena(['validate', '.', '--lang', lang], { cwd: dir });
  const json = JSON.parse((await kopiena(['validate', '.', '--lang', lang, '--format', 'json'], { cwd: dir })).stdout);
  return {
    lines: text.stdout.split('\n').filter((line) => / (kļūda|ошибка|error): /.test(line)),
    codes: (json.problems as Array<{ code: string; severity: string }>).filter((problem) => problem.severity === 'error').map(({ code }) => code),
  };
}

const JARGON = /\b(zip|yaml|entry|entries|part|parts|EACCES|EISDIR|ENOENT|workbook|sheet|cells?|is|not|the|and|of)\b/i;

describe('activities.xlsx that cannot be read, in Latvian and Russian', () => {
  const oldXls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
  const wordDocument = zipSync({ 'word/document.xml': strToU8('<w/>') });
  const damaged = Uint8Array.from([0x50, 0x4b, 3, 4, ...Array.from({ length: 60 }, () => 7)]);
  const manyParts = zipSync(Object.fromEntries(Array.from({ length: 1001 }, (_, n) => [`p${n}.xml`, strToU8('<p/>')])));
  const cases: Array<[string, Uint8Array, string, string, string]> = [
    [
      'an old .xls',
      oldXls,
      'workbook-not-xlsx',
      'nav Excel darbgrāmata (.xlsx); saglabājiet to izklājlapu programmā kā „Excel darbgrāmata” vai kā CSV ar nosaukumu activities.csv',
      'это не книга Excel (.xlsx); сохраните таблицу как «Книга Excel» или как CSV с именем activities.csv',
    ],
    [
      'a Word document',
      wordDocument,
      'workbook-not-xlsx',
      'ir citas programmas dokuments, nevis Excel darbgrāmata (.xlsx); saglabājiet to izklājlapu programmā kā „Excel darbgrāmata”',
      'это документ другой программы, а не книга Excel (.xlsx); сохраните таблицу как «Книга Excel»',
    ],
    [
      'a damaged file',
      damaged,
      'workbook-damaged',
      'ir bojāts, un to nevar nolasīt; atveriet to Excel vai LibreOffice un saglabājiet vēlreiz kā „Excel darbgrāmata” vai saglabājiet aktivitātes kā activities.csv',
      'файл повреждён, его не удаётся прочитать; откройте его в Excel или LibreOffice и сохраните заново как «Книга Excel» или сохраните мероприятия как activities.csv',
    ],
    [
      'more parts than a spreadsheet has',
      manyParts,
      'workbook-too-large',
      'sastāv no pārāk daudz daļām (vairāk nekā 1000) – daudz vairāk, nekā ir izklājlapai; saglabājiet aktivitātes kā activities.csv',
      'состоит из слишком многих частей (больше 1\u00a0000) — в таблице их гораздо меньше; сохраните мероприятия как activities.csv',
    ],
  ];
  for (const [name, bytes, code, latvian, russian] of cases) {
    it(`${name}: ${code}`, async () => {
      const dir = sourceFolder({ [`${RELEASE}/activities.xlsx`]: bytes });
      const lv = await said(dir, 'lv');
      assert.deepEqual(lv.codes, [code]);
      assert.deepEqual(lv.lines, [`${RELEASE}/activities.xlsx:0:0: kļūda: ${latvian}`]);
      const ru = await said(dir, 'ru');
      assert.deepEqual(ru.lines, [`${RELEASE}/activities.xlsx:0:0: ошибка: ${russian}`]);
      for (const line of [...lv.lines, ...ru.lines]) assert.doesNotMatch(line.split(': ').slice(2).join(': '), JARGON);
    });
  }

  it('the limits of cells, bytes and time, with numbers and plurals as each language writes them', () => {
    const lv = new Speaker('lv');
    const ru = new Speaker('ru');
    const say = (speaker: Speaker, said: Parameters<Speaker['message']>[0]['said']) =>
      speaker.message({ file: 'activities.xlsx', line: 0, column: 0, path: '', severity: 'error', message: '', said });
    assert.match(
      say(lv, { code: 'workbook-too-large', slip: 'cells', limit: 200_000 }),
      /^pirmajā lapā ir pārāk daudz šūnu \(vairāk nekā 200\s000\)/
    );
    assert.match(say(ru, { code: 'workbook-too-large', slip: 'cells', limit: 200_000 }), /^на первом листе слишком много ячеек \(больше 200\s000\)/);
    assert.match(say(lv, { code: 'workbook-too-large', slip: 'unpacked', limit: 32 * 1024 * 1024 }), /^atvērts aizņem vairāk nekā 32 MB/);
    assert.match(say(ru, { code: 'workbook-too-large', slip: 'unpacked', limit: 32 * 1024 * 1024 }), /^в открытом виде занимает больше 32 МБ/);
    assert.match(say(lv, { code: 'workbook-slow', seconds: 30 }), /^lasīšana ilgst vairāk nekā 30 sekundes;/);
    assert.match(say(lv, { code: 'workbook-slow', seconds: 1 }), /^lasīšana ilgst vairāk nekā 1 sekundi;/);
    assert.match(say(ru, { code: 'workbook-slow', seconds: 30 }), /^читается дольше 30 секунд;/);
    assert.match(say(ru, { code: 'workbook-slow', seconds: 21 }), /^читается дольше 21 секунды;/);
  });
});

describe('kopiena.yml and release files of the wrong shape, in Latvian and Russian', () => {
  it('releases: that is not a list', async () => {
    const dir = sourceFolder({ 'kopiena.yml': `${CONFIG}releases: 2020-05-07-pavasaris\n` });
    const lv = await said(dir, 'lv');
    assert.deepEqual(lv.codes, ['releases-not-list']);
    assert.deepEqual(lv.lines, [
      'kopiena.yml:6:11: kļūda: releases: jābūt relīžu mapju (releases/) nosaukumu sarakstam tādā secībā, kādā vietne tās rāda, katram savā rindā aiz "- " (piemēram, - 2026-04-30-talka)',
    ]);
    assert.deepEqual((await said(dir, 'ru')).lines, [
      'kopiena.yml:6:11: ошибка: releases: должно быть списком папок релизов (названий из releases/) в том порядке, в каком их показывает сайт, каждое в своей строке после «- » (например, - 2026-04-30-talka)',
    ]);
  });

  it('kopiena.yml that is a list, not names and values', async () => {
    const dir = sourceFolder({ 'kopiena.yml': '- version: 1\n- language: lv\n' });
    const lv = await said(dir, 'lv');
    assert.deepEqual(lv.codes, ['not-fields']);
    assert.deepEqual(lv.lines, ['kopiena.yml:1:1: kļūda: jābūt laukiem, katram savā rindā: nosaukums, kols un vērtība (piemēram, language: lv)']);
    assert.deepEqual((await said(dir, 'ru')).lines, [
      'kopiena.yml:1:1: ошибка: должно состоять из полей, по одному в строке: название, двоеточие и значение (например, language: lv)',
    ]);
  });

  it('a release file whose fields have no closing --- line', async () => {
    const dir = sourceFolder({ [`${RELEASE}/lv.md`]: '---\npublished: 2020-05-07\ntitle: Pavasaris\n\nTeksts.\n' });
    const lv = await said(dir, 'lv');
    assert.deepEqual(lv.codes, ['front-matter-open']);
    assert.deepEqual(lv.lines, [
      `${RELEASE}/lv.md:1:1: kļūda: lauki faila augšā sākas ar rindu ---, bet tiem nav noslēdzošās rindas ---; pievienojiet to zem pēdējā lauka`,
    ]);
    assert.deepEqual((await said(dir, 'ru')).lines, [
      `${RELEASE}/lv.md:1:1: ошибка: поля в начале файла открываются строкой ---, но закрывающей строки --- нет; добавьте её под последним полем`,
    ]);
  });

  // The tests run as root on CI, where no file is unreadable: the words are pinned through the speaker.
  it('a file the computer does not let the command read: plain words, not the system’s code', () => {
    const problem = (reason: string) => ({
      file: 'kopiena.yml',
      line: 1,
      column: 1,
      path: '',
      severity: 'error' as const,
      message: '',
      said: { code: 'unreadable' as const, reason },
    });
    assert.equal(
      new Speaker('lv').message(problem('EACCES')),
      'nevar nolasīt: šis dators neļauj to atvērt (pārbaudiet, kam atļauts lasīt šo failu, vai nokopējiet to savā mapē)'
    );
    assert.equal(
      new Speaker('ru').message(problem('EACCES')),
      'не удаётся прочитать: компьютер не даёт его открыть (проверьте, кому разрешено читать этот файл, или скопируйте его в свою папку)'
    );
    assert.equal(new Speaker('lv').message(problem('EISDIR')), 'nevar nolasīt: tā ir mape, nevis fails');
    assert.equal(new Speaker('en').message(problem('EIO')), 'cannot be read: the computer could not open it; try again, or save the file anew');
    for (const language of ['en', 'lv', 'ru'] as const) assert.doesNotMatch(new Speaker(language).message(problem('EACCES')), /EACCES/);
  });
});
