// Activities as people save them from a spreadsheet (issue #25, item 2):
// activities.csv with semicolons, a byte order mark and CRLF line ends, as
// Excel saves "CSV UTF-8" in a Latvian, Lithuanian, Estonian, Russian or
// Ukrainian locale; and activities.xlsx from LibreOffice Calc (a fixture it
// wrote) and of Excel's shape (written here with fflate), read within
// bounds, with problems at the cell.
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { check } from '../src/check.js';
import { headerSeparator } from '../src/source/csv.js';
import { XLSX_LIMITS, readActivitiesWorkbook } from '../src/source/xlsx.js';
import { kopiena, repoRoot, scratchDir } from './helpers.js';

const RELEASE = 'releases/2020-05-07-pavasaris';

/** A release in Latvian with an English translation; `files` add files beside it. */
function sourceFolder(files: Record<string, string | Uint8Array>): string {
  const dir = scratchDir('kopiena-spreadsheet-');
  const all = {
    'kopiena.yml': 'version: 1\nlanguage: lv\nproject:\n  id: kopienas\n  name: Kopienas\npeople:\n  anna:\n    name: Anna Bērziņa\n',
    [`${RELEASE}/lv.md`]: '---\npublished: 2020-05-07\ntitle: Pavasaris\ncontacts:\n  preparedBy: anna\n---\n\nTeksts.\n',
    [`${RELEASE}/en.md`]: '---\ntitle: Spring\n---\n\nText.\n',
    ...files,
  };
  for (const [path, content] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
const CSV = { [`${RELEASE}/activities.csv`]: 'id,when,title\nwebinars,2020-04,Vebinārs\n' };

interface Reported {
  file: string;
  cell?: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  path: string;
}
async function validate(dir: string): Promise<{ status: number | null; problems: Reported[]; text: string }> {
  const json = await kopiena(['validate', '.', '--format', 'json', '--lang', 'en'], { cwd: dir, timeout: 60_000 });
  const text = await kopiena(['validate', '.', '--lang', 'en'], { cwd: dir, timeout: 60_000 });
  return { status: json.status, problems: json.stdout ? JSON.parse(json.stdout).problems : [], text: text.stdout + text.stderr };
}
const errors = (text: string) => text.split('\n').filter((line) => line.includes(': error: '));
const activitiesOf = async (dir: string) => ((await check(dir)).feed as { releases: Array<{ activities?: unknown[] }> }).releases[0].activities;

describe('activities.csv as Excel saves it', () => {
  // Excel (lv) "CSV UTF-8 (Comma delimited)": a byte order mark, semicolons, CRLF, quotes only where a cell needs them.
  const excelCsv =
    '\uFEFFid;when;title;title@en;participants\r\nwebinars;2020-04;"Vebinārs; tiešsaistē";Webinar, online;12\r\nseminars;2020-05;Seminārs;Seminar;\r\n';

  it('reads semicolons, a byte order mark and CRLF as the comma file it means', async () => {
    const dir = sourceFolder({ [`${RELEASE}/activities.csv`]: excelCsv });
    const { status, text } = await validate(dir);
    assert.equal(status, 0, text);
    assert.deepEqual(await activitiesOf(dir), [
      { id: 'webinars', when: '2020-04', title: { lv: 'Vebinārs; tiešsaistē', en: 'Webinar, online' }, participants: 12 },
      { id: 'seminars', when: '2020-05', title: { lv: 'Seminārs', en: 'Seminar' } },
    ]);
  });

  it('names the semicolon when a row of a semicolon file has a cell too few, at its line and column', async () => {
    const dir = sourceFolder({ [`${RELEASE}/activities.csv`]: '\uFEFFid;when;title\r\nwebinars;2020-04;Vebinārs\r\nseminars;2020-05\r\n' });
    assert.deepEqual(errors((await validate(dir)).text), [
      `${RELEASE}/activities.csv:3:1: error: activity seminars, title: is missing; this field is required`,
      `${RELEASE}/activities.csv:3:3: error: this row has 2 cells, the first row has 3 cells (a missing or extra semicolon?)`,
    ]);
  });

  it('tells the separator from the header row alone, outside quotes', () => {
    assert.equal(headerSeparator('id;when;title\nx,y;2020;a,b,c'), ';');
    assert.equal(headerSeparator('\uFEFFid,when,"ti;t;le"\r\nx;y;z'), ',');
    assert.equal(headerSeparator('id'), ',');
  });
});

/** An .xlsx file of these parts, as Excel lays them out (rels, content types, the sheet XML given). */
function excelWorkbook(sheet: string, strings: string[], extra: Zippable = {}): Uint8Array {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
  return zipSync({
    '[Content_Types].xml': strToU8(
      `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`
    ),
    '_rels/.rels': strToU8(
      `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    ),
    'xl/workbook.xml': strToU8(
      `${head}<workbook xmlns="${main}" xmlns:r="${rel}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/><workbookPr defaultThemeVersion="166925"/><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/><sheet name="Sheet2" sheetId="2" r:id="rId2"/></sheets><calcPr calcId="191029"/></workbook>`
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${rel}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId4" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
    ),
    'xl/styles.xml': strToU8(
      `${head}<styleSheet xmlns="${main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="[$-426]mmmm\\ yyyy;@"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`
    ),
    'xl/sharedStrings.xml': strToU8(
      `${head}<sst xmlns="${main}" count="${strings.length}" uniqueCount="${strings.length}">${strings.join('')}</sst>`
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `${head}<worksheet xmlns="${main}" xmlns:r="${rel}"><dimension ref="A1:F4"/><sheetData>${sheet}</sheetData></worksheet>`
    ),
    'xl/worksheets/sheet2.xml': strToU8(
      `${head}<worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>not read</t></is></c></row></sheetData></worksheet>`
    ),
    ...extra,
  });
}

// Excel: header strings shared, a rich-text title (two runs), a date typed as 29.04.2020 (style 14), a month
// shown as "aprīlis 2020" (a custom format with a locale), TRUE, a number, and a when of 2020-13 in C4.
const strings = ['id', 'title', 'when', 'participants', 'ongoing', 'title@en', 'webinars', 'seminars', 'school']
  .map((text) => `<si><t>${text}</t></si>`)
  .concat('<si><r><rPr><b/></rPr><t>Vebinārs</t></r><r><t xml:space="preserve"> “Dzīvā bibliotēka”</t></r><phoneticPr fontId="0"/></si>');
const cells = (row: number, values: string[]) =>
  `<row r="${row}" spans="1:6" x14ac:dyDescent="0.25" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">${values.join('')}</row>`;
const excelSheet = [
  cells(
    1,
    ['A', 'B', 'C', 'D', 'E', 'F'].map((column, index) => `<c r="${column}1" t="s"><v>${index}</v></c>`)
  ),
  cells(2, [
    '<c r="A2" t="s"><v>6</v></c>',
    '<c r="B2" t="s"><v>9</v></c>',
    '<c r="C2" s="1"><v>43950</v></c>',
    '<c r="D2"><v>34</v></c>',
    '<c r="F2" t="inlineStr"><is><t>Webinar</t></is></c>',
  ]),
  cells(3, [
    '<c r="A3" t="s"><v>7</v></c>',
    '<c r="B3" t="inlineStr"><is><t>Seminārs</t></is></c>',
    '<c r="C3" s="2"><v>43922</v></c>',
    '<c r="E3" t="b"><v>1</v></c>',
  ]),
  cells(4, [
    '<c r="A4" t="s"><v>8</v></c>',
    '<c r="B4" t="inlineStr"><is><t>Skola</t></is></c>',
    '<c r="C4" t="str"><f>"2020-"&amp;"13"</f><v>2020-13</v></c>',
  ]),
].join('');

describe('activities.xlsx', () => {
  it('reads the first sheet of a workbook LibreOffice Calc saved: dates as the day or month they show, numbers, TRUE', async () => {
    // cli/test/fixtures/activities-libreoffice.xlsx: LibreOffice 7.4 `soffice --headless --convert-to xlsx activities-libreoffice.fods`.
    const dir = sourceFolder({ [`${RELEASE}/activities.xlsx`]: readFileSync(join(repoRoot, 'cli/test/fixtures/activities-libreoffice.xlsx')) });
    const { status, text } = await validate(dir);
    assert.equal(status, 0, text);
    assert.deepEqual(await activitiesOf(dir), [
      { id: 'dziva-biblioteka', when: '2020-04-29', title: { lv: 'Vebinārs “Dzīvā bibliotēka”', en: 'Webinar “Living library”' }, participants: 34 },
      {
        id: 'kopienu-talka',
        when: '2020-04',
        part: 'late',
        title: { lv: 'Kopienu talka Daugavpilī', en: 'Community clean-up in Daugavpils' },
        participants: 120,
        people: ['anna'],
      },
      { id: 'pavasara-skola', when: '2020-21', title: 'Pavasara skola', ongoing: true },
    ]);
  });

  it('reads a workbook of Excel’s shape and names a problem by its cell, activities.xlsx:Sheet1!C4', async () => {
    const dir = sourceFolder({ [`${RELEASE}/activities.xlsx`]: excelWorkbook(excelSheet, strings) });
    const { status, problems, text } = await validate(dir);
    assert.equal(status, 1);
    assert.deepEqual(errors(text), [
      `${RELEASE}/activities.xlsx:Sheet1!C4: error: activity school, when: "2020-13" is not a date; write a day (2026-04-30), a month (2026-04), a year (2026), a season (2026-21 spring, 2026-22 summer, 2026-23 autumn, 2026-24 winter) or from–to (2026-04-21/2026-04-30); add ~ for "about" (2026-04~) and ? for "perhaps" (2026-04?)`,
    ]);
    const error = problems.find((problem) => problem.severity === 'error');
    assert.deepEqual([error?.cell, error?.line, error?.column], ['Sheet1!C4', 4, 3]);
    assert.deepEqual((await activitiesOf(dir))?.slice(0, 2), [
      { id: 'webinars', title: { lv: 'Vebinārs “Dzīvā bibliotēka”', en: 'Webinar' }, when: '2020-04-29', participants: 34 },
      { id: 'seminars', title: 'Seminārs', when: '2020-04', ongoing: true },
    ]);
  });

  it('reports a value beyond the header, an error value and both files at once, each where it is', async () => {
    const sheet = excelSheet.replace('<c r="E3" t="b"><v>1</v></c>', '<c r="E3" t="e"><v>#REF!</v></c><c r="H3" t="inlineStr"><is><t>x</t></is></c>');
    const dir = sourceFolder({ ...CSV, [`${RELEASE}/activities.xlsx`]: excelWorkbook(sheet, strings) });
    assert.deepEqual(errors((await validate(dir)).text), [
      `${RELEASE}/activities.xlsx:1:1: error: activities: is not read: activities.csv beside it holds the activities already; keep one of them`,
    ]);
    const alone = sourceFolder({ [`${RELEASE}/activities.xlsx`]: excelWorkbook(sheet, strings) });
    assert.deepEqual(errors((await validate(alone)).text), [
      `${RELEASE}/activities.xlsx:Sheet1!E3: error: shows the error #REF!: write the value itself`,
      `${RELEASE}/activities.xlsx:Sheet1!H3: error: has no column name in row 1; name the column there, or clear the cell`,
      `${RELEASE}/activities.xlsx:Sheet1!C4: error: activity school, when: "2020-13" is not a date; write a day (2026-04-30), a month (2026-04), a year (2026), a season (2026-21 spring, 2026-22 summer, 2026-23 autumn, 2026-24 winter) or from–to (2026-04-21/2026-04-30); add ~ for "about" (2026-04~) and ? for "perhaps" (2026-04?)`,
    ]);
  });

  it('says what a file named .xlsx is when it is not a workbook: an old .xls, a zip of something else, a damaged part, a part with entity declarations', async () => {
    const damaged =
      'is damaged and cannot be read; open it in Excel or LibreOffice and save it again as "Excel Workbook", or save the activities as activities.csv';
    const cases: Array<[Uint8Array, string]> = [
      [
        Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        'is not an Excel workbook (.xlsx); save it from the spreadsheet as "Excel Workbook", or as CSV named activities.csv',
      ],
      [
        zipSync({ 'word/document.xml': strToU8('<w/>') }),
        'is a document of another program, not an Excel workbook (.xlsx); save it from the spreadsheet as "Excel Workbook"',
      ],
      [excelWorkbook('<row r="1"><c r="A1"><v>1</v></row>', strings), damaged],
      [
        excelWorkbook('', strings, {
          'xl/sharedStrings.xml': strToU8(
            `<!DOCTYPE sst [<!ENTITY a "${'a'.repeat(1000)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>`
          ),
        }),
        damaged,
      ],
    ];
    for (const [bytes, message] of cases) {
      const dir = sourceFolder({ [`${RELEASE}/activities.xlsx`]: bytes });
      const [line] = errors((await validate(dir)).text);
      assert.equal(line, `${RELEASE}/activities.xlsx:0:0: error: ${message}`);
    }
  });
});

/** Sets the unpacked size that `zip` declares for `name` (local header and central directory) to `size`. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22; // fflate writes no archive comment
  let at = view.getUint32(end + 16, true);
  for (let entry = view.getUint16(end + 10, true); entry > 0; entry--) {
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    if (new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)) === name) {
      view.setUint32(at + 24, size, true);
      view.setUint32(local + 22, size, true);
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}

describe('activities.xlsx within bounds', () => {
  const hugeSheet = () =>
    strToU8(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/>${' '.repeat(40 * 1024 * 1024)}</worksheet>`);

  it('ends a zip bomb as a problem: a part that unpacks to 40 MB, and one that says it is 100 bytes', async () => {
    const honest = excelWorkbook('', strings, { 'xl/worksheets/sheet1.xml': hugeSheet() });
    const lying = declareSize(excelWorkbook('', strings, { 'xl/worksheets/sheet1.xml': hugeSheet() }), 'xl/worksheets/sheet1.xml', 100);
    assert.ok(honest.byteLength < 200_000, `${honest.byteLength} bytes packed`);
    const found: string[][] = [];
    for (const bytes of [honest, lying]) found.push(errors((await validate(sourceFolder({ [`${RELEASE}/activities.xlsx`]: bytes }))).text));
    assert.deepEqual(found[0], [
      `${RELEASE}/activities.xlsx:0:0: error: takes more than 32 MB once opened, more than a list of activities needs; save the activities as activities.csv`,
    ]);
    // yauzl finds the lie as it unpacks: a file that says one size and holds another is a damaged one.
    assert.deepEqual(found[1], [
      `${RELEASE}/activities.xlsx:0:0: error: is damaged and cannot be read; open it in Excel or LibreOffice and save it again as "Excel Workbook", or save the activities as activities.csv`,
    ]);
  });

  it('stops at the cell and time bounds with a problem, not a hang', async () => {
    const bytes = Buffer.from(excelWorkbook(excelSheet, strings));
    const fewCells = await readActivitiesWorkbook('activities.xlsx', bytes, 'lv', { ...XLSX_LIMITS, cells: 10 });
    assert.deepEqual(
      fewCells.problems.map((problem) => problem.message),
      ['has too many cells on its first sheet (more than 10), more than a list of activities needs; keep only the activities on the first sheet']
    );
    const noTime = await readActivitiesWorkbook('activities.xlsx', bytes, 'lv', { ...XLSX_LIMITS, milliseconds: -1 });
    assert.equal(noTime.problems.length, 1);
    assert.deepEqual(noTime.problems[0].said, { code: 'workbook-slow', seconds: -0.001 });
  });
});
