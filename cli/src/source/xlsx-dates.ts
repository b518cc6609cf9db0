/**
 * Dates in a workbook: a spreadsheet stores a typed date as a number of days
 * and shows it through the cell's number format. Which formats are dates is
 * read from styles.xml (the built-in date formats, and custom ones whose
 * code has day, month or year letters outside quotes and brackets), so
 * a cell that shows 29.04.2020 becomes 2020-04-29, one that shows
 * "aprīlis 2020" becomes 2020-04.
 */
import type { Element } from '@xmldom/xmldom';

/** How much of a date a format shows. */
export type DateShown = 'day' | 'month' | 'year' | undefined;

/** Excel's built-in number formats that show a date (14–22; 27–36 and 50–58 in East Asian versions); 45–47 are times. */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);
const BUILT_IN_SHOWN: Record<number, DateShown> = { 17: 'month', 45: undefined, 46: undefined, 47: undefined };

/** What a custom format code shows: the letters d, m, y outside "quoted text", [colours and locales] and \escaped characters. */
export function formatShows(code: string): DateShown | 'time' {
  let day = false;
  let month = false;
  let year = false;
  let time = false;
  let quoted = false;
  let bracket = false;
  // Only the first section counts (positive numbers): `dd.mm.yyyy;@`.
  for (let at = 0; at < code.length; at++) {
    const char = code[at].toLowerCase();
    if (quoted) quoted = char !== '"';
    else if (bracket) bracket = char !== ']';
    else if (char === '"') quoted = true;
    else if (char === '[') bracket = true;
    else if (char === '\\' || char === '_' || char === '*') at++;
    else if (char === ';') break;
    else if (char === 'd') day = true;
    else if (char === 'y') year = true;
    else if (char === 'm') month = true;
    else if (char === 'h' || char === 's') time = true;
  }
  if (day) return 'day';
  if (year && month) return 'month';
  if (year) return 'year';
  return time || month ? 'time' : undefined;
}

/** Per cell style (the `s` of a cell, an index into cellXfs), how much of a date it shows; undefined for not a date. */
export function dateFormats(styles: Element): DateShown[] {
  const elements = (parent: Element | undefined, name: string): Element[] => {
    const found: Element[] = [];
    for (let node = parent?.firstChild; node; node = node.nextSibling)
      if (node.nodeType === 1 && (node as Element).localName === name) found.push(node as Element);
    return found;
  };
  const custom = new Map<number, DateShown | 'time'>();
  for (const format of elements(elements(styles, 'numFmts')[0], 'numFmt'))
    custom.set(Number(format.getAttribute('numFmtId')), formatShows(format.getAttribute('formatCode') ?? ''));
  return elements(elements(styles, 'cellXfs')[0], 'xf').map((style) => {
    const id = Number(style.getAttribute('numFmtId') ?? 0);
    const shows = custom.has(id) ? custom.get(id) : BUILT_IN_DATES.has(id) ? (id in BUILT_IN_SHOWN ? BUILT_IN_SHOWN[id] : 'day') : undefined;
    // A time of day alone is no activity date: it stays the number it is.
    return shows === 'time' ? undefined : shows;
  });
}

const DAY = 24 * 60 * 60 * 1000;

/** The date a serial number shows: days since 1899-12-30 (Excel counts a 29 February 1900 that never was), or since 1904-01-01. */
export function sheetDate(serial: number, shown: Exclude<DateShown, undefined>, date1904: boolean): string {
  const days = Math.floor(serial);
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + days * DAY);
  if (Number.isNaN(date.getTime())) return String(serial);
  const iso = date.toISOString();
  return shown === 'day' ? iso.slice(0, 10) : shown === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}
