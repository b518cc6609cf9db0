/**
 * activities.xlsx: the first sheet of a workbook saved by Excel or
 * LibreOffice Calc, read as activities.csv is (csv.ts `activitiesFromRows`)
 * and with problems at the cell, `activities.xlsx:Sheet1!C4`. A workbook is
 * a zip of XML parts (zip.ts unpacks them within bounds), parsed here with
 * @xmldom/xmldom. A date typed into a cell is kept as the day it shows
 * (2020-04-29), a month or year shown alone as the month or year; TRUE and
 * FALSE as true and false; other numbers as they are written.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import type { Problem } from '../problems.js';
import type { Position } from '../check/positions.js';
import { activitiesFromRows, type TableRow } from './csv.js';
import type { Said } from '../words/said.js';
import { saidAt, type Located } from './located.js';
import { openZip, ZipProblem, type Zip } from './zip.js';
import { dateFormats, sheetDate, type DateShown } from './xlsx-dates.js';

export const XLSX_LIMITS = {
  /** Parts in the archive (a workbook has a dozen). */
  entries: 1000,
  /** Unpacked bytes of one part, and of all parts read. */
  partBytes: 32 * 1024 * 1024,
  totalBytes: 64 * 1024 * 1024,
  /** Cells with a value on the sheet. */
  cells: 200_000,
  /** Columns a row may reach (the activity fields and their translations fit many times). */
  columns: 256,
  /** Milliseconds for the whole read. */
  milliseconds: 30_000,
};
export type XlsxLimits = typeof XLSX_LIMITS;

/** A problem of the workbook as a whole: what it says (`said`), and what exactly is wrong for whoever debugs (`message`). */
class WorkbookProblem extends Error {
  constructor(
    readonly said: Said,
    detail: string
  ) {
    super(detail);
  }
}
const damaged = (detail: string) => new WorkbookProblem({ code: 'workbook-damaged' }, detail);

const RELATIONSHIP_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function parseXml(text: string, part: string): Element {
  let problem: string | undefined;
  const document = (() => {
    try {
      return new DOMParser({
        locator: false,
        onError: (level, message) => {
          if (level !== 'warning') problem ??= message.split('\n')[0];
        },
      }).parseFromString(text, 'text/xml');
    } catch (error) {
      problem ??= (error as Error).message.split('\n')[0];
      return undefined;
    }
  })();
  // Workbook parts never declare a document type; one that does is not from a spreadsheet program (and may hold entity tricks).
  if (document?.doctype) throw damaged(`${part} has a document type declaration`);
  if (problem || !document?.documentElement) throw damaged(`${part}${problem ? `: ${problem}` : ''}`);
  return document.documentElement;
}

/** Child elements named `name` (any namespace: Excel writes the transitional one, some tools the strict one). */
const children = (parent: Element, name: string): Element[] => {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 1 && (node as Element).localName === name) found.push(node as Element);
  return found;
};
const child = (parent: Element, name: string): Element | undefined => children(parent, name)[0];

/** The text a cell shows of a string item (`<si>`, `<is>`): its runs joined, without phonetic guides (`<rPh>`). */
function itemText(item: Element): string {
  let text = '';
  for (const part of children(item, 't')) text += part.textContent ?? '';
  for (const run of children(item, 'r')) for (const part of children(run, 't')) text += part.textContent ?? '';
  return text;
}

/** `xl/worksheets/sheet1.xml` from a relationship target, relative to the part that names it. */
function resolvePart(from: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `${from.slice(0, from.lastIndexOf('/') + 1)}${target}`;
  const parts: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** Relationship id → part, of the part `from` (its `_rels/<name>.rels`). */
async function relationships(zip: Zip, from: string): Promise<Map<string, { type: string; part: string }>> {
  const slash = from.lastIndexOf('/') + 1;
  const name = `${from.slice(0, slash)}_rels/${from.slice(slash)}.rels`;
  const text = await zip.read(name);
  const found = new Map<string, { type: string; part: string }>();
  if (text === undefined) return found;
  for (const relationship of children(parseXml(text, name), 'Relationship')) {
    if (relationship.getAttribute('TargetMode') === 'External') continue;
    const target = relationship.getAttribute('Target');
    const id = relationship.getAttribute('Id');
    if (target && id) found.set(id, { type: relationship.getAttribute('Type') ?? '', part: resolvePart(from, target) });
  }
  return found;
}

/** `C` → 3, `AA` → 27; and back. */
const columnNumber = (letters: string): number => [...letters].reduce((number, letter) => number * 26 + letter.charCodeAt(0) - 64, 0);
function columnLetters(number: number): string {
  let letters = '';
  for (let rest = number; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}
/** `C4` → column 3, row 4; undefined for anything else. */
function cellReference(reference: string): { column: number; row: number } | undefined {
  let at = 0;
  while (at < reference.length && reference[at] >= 'A' && reference[at] <= 'Z') at++;
  const row = Number(reference.slice(at));
  if (at === 0 || at > 3 || !Number.isInteger(row) || row < 1 || reference.slice(at).startsWith('0')) return undefined;
  return { column: columnNumber(reference.slice(0, at)), row };
}

/** A sheet's name as a reference quotes it: `Sheet1`, `'Mans saraksts'`. */
function quotedSheet(name: string): string {
  const plain = [...name].every((char) => /[\p{L}\p{N}_.]/u.test(char)) && !/^\d/.test(name);
  return plain ? name : `'${name.replaceAll("'", "''")}'`;
}

interface Workbook {
  sheetName: string;
  sheetXml: Element;
  strings: string[];
  dates: DateShown[];
  date1904: boolean;
}

async function openWorkbook(zip: Zip): Promise<Workbook> {
  const officeDocument = [...(await relationships(zip, '')).values()].find((relationship) => relationship.type.endsWith('/officeDocument'));
  const workbookPart = officeDocument?.part ?? 'xl/workbook.xml';
  const workbookText = await zip.read(workbookPart);
  if (workbookText === undefined) throw new WorkbookProblem({ code: 'workbook-not-xlsx', zip: true }, `no ${workbookPart}`);
  const workbook = parseXml(workbookText, workbookPart);
  const firstSheet = child(child(workbook, 'sheets') ?? workbook, 'sheet');
  if (!firstSheet) throw damaged('no sheet');
  const parts = await relationships(zip, workbookPart);
  const sheetPart = parts.get(firstSheet.getAttributeNS(RELATIONSHIP_NS, 'id') ?? firstSheet.getAttribute('r:id') ?? '')?.part;
  const sheetText = sheetPart === undefined ? undefined : await zip.read(sheetPart);
  if (sheetPart === undefined || sheetText === undefined) throw damaged('the first sheet is missing');
  const byType = (type: string) => [...parts.values()].find((relationship) => relationship.type.endsWith(`/${type}`))?.part;
  const stringsPart = byType('sharedStrings');
  const stringsText = stringsPart === undefined ? undefined : await zip.read(stringsPart);
  const stylesPart = byType('styles');
  const stylesText = stylesPart === undefined ? undefined : await zip.read(stylesPart);
  const properties = child(workbook, 'workbookPr');
  const date1904 = ['1', 'true'].includes(properties?.getAttribute('date1904') ?? '');
  return {
    sheetName: firstSheet.getAttribute('name') || 'Sheet1',
    sheetXml: parseXml(sheetText, sheetPart),
    strings: stringsText === undefined || stringsPart === undefined ? [] : children(parseXml(stringsText, stringsPart), 'si').map(itemText),
    dates: stylesText === undefined || stylesPart === undefined ? [] : dateFormats(parseXml(stylesText, stylesPart)),
    date1904,
  };
}

/** The text of one cell (`<c>`), as the table reads it; a problem for an error value (#REF!). */
function cellText(cell: Element, book: Workbook): string | { error: string } {
  const type = cell.getAttribute('t') ?? 'n';
  if (type === 'inlineStr') return itemText(child(cell, 'is') ?? cell);
  const value = child(cell, 'v')?.textContent ?? '';
  if (type === 's') return book.strings[Number(value)] ?? '';
  if (type === 'str') return value;
  if (type === 'b') return value === '1' ? 'true' : value === '0' ? 'false' : value;
  if (type === 'e') return { error: value };
  if (type === 'd') return value.slice(0, 10);
  if (value === '') return '';
  const number = Number(value);
  if (Number.isNaN(number)) return value;
  const shown = book.dates[Number(cell.getAttribute('s') ?? 0)];
  return shown ? sheetDate(number, shown, book.date1904) : String(number);
}

/**
 * Reads activities.xlsx bytes; `file` is its path for problems, `language`
 * the release's (of untagged columns).
 */
export async function readActivitiesWorkbook(
  file: string,
  bytes: Buffer,
  language: string,
  limits: XlsxLimits = XLSX_LIMITS
): Promise<Located<Record<string, unknown>[]>> {
  const whole = (said: Said): Located<Record<string, unknown>[]> => ({
    problems: [saidAt(file, { line: 0, column: 0 }, said)],
    positions: [],
  });
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return whole({ code: 'workbook-not-xlsx', zip: false });
  const deadline = Date.now() + limits.milliseconds;
  const slow = () => new WorkbookProblem({ code: 'workbook-slow', seconds: limits.milliseconds / 1000 }, 'too slow');
  let book: Workbook;
  try {
    book = await openWorkbook(await openZip(bytes, limits));
  } catch (error) {
    if (error instanceof ZipProblem || error instanceof WorkbookProblem) return whole(error.said);
    throw error;
  }
  const sheet = quotedSheet(book.sheetName);
  const place = (row: number, column: number): Position => ({ line: row, column, cell: `${sheet}!${columnLetters(column)}${row}` });
  const problems: Problem[] = [];
  const rows: TableRow[] = [];
  let cells = 0;
  let lastRow = 0;
  try {
    for (const row of children(child(book.sheetXml, 'sheetData') ?? book.sheetXml, 'row')) {
      const rowNumber = Number(row.getAttribute('r') ?? lastRow + 1);
      if (!Number.isInteger(rowNumber) || rowNumber <= lastRow) throw damaged(`rows out of order on ${book.sheetName}`);
      lastRow = rowNumber;
      const values: string[] = [];
      let lastColumn = 0;
      for (const cell of children(row, 'c')) {
        if (++cells > limits.cells)
          throw new WorkbookProblem({ code: 'workbook-too-large', slip: 'cells', limit: limits.cells }, `more than ${limits.cells} cells`);
        if (cells % 1000 === 0 && Date.now() > deadline) throw slow();
        const reference = cell.getAttribute('r');
        const column = reference ? cellReference(reference)?.column : lastColumn + 1;
        if (column === undefined || column <= lastColumn) throw damaged(`a damaged cell reference on ${book.sheetName} (${reference})`);
        lastColumn = column;
        const text = cellText(cell, book);
        if (typeof text === 'object') {
          problems.push(saidAt(file, place(rowNumber, column), { code: 'cell-error', value: text.error }));
          continue;
        }
        if (text === '') continue;
        if (column > limits.columns) {
          problems.push(saidAt(file, place(rowNumber, column), { code: 'cell-beyond', last: columnLetters(limits.columns) }));
          continue;
        }
        while (values.length < column - 1) values.push('');
        values.push(text);
      }
      // Rows left empty (or holding only formatting) are skipped, as empty lines of a CSV file are.
      if (values.length) rows.push({ cells: values, start: place(rowNumber, 1), at: (index) => place(rowNumber, index + 1) });
    }
  } catch (error) {
    if (error instanceof WorkbookProblem) return whole(error.said);
    throw error;
  }
  if (Date.now() > deadline) return whole(slow().said);
  // A row is as wide as the header: a sheet leaves its trailing empty cells out.
  const width = rows[0]?.cells.length ?? 0;
  for (const row of rows.slice(1)) {
    while (row.cells.length < width) row.cells.push('');
    if (row.cells.length > width) problems.push(saidAt(file, row.at(row.cells.length - 1), { code: 'column-unnamed', row: rows[0].start.line }));
    row.cells.length = width;
  }
  const read = activitiesFromRows(file, rows, language, undefined);
  return { ...read, problems: [...problems, ...read.problems] };
}
