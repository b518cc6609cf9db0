/**
 * activities.csv: a header row naming activity fields (translations as
 * `title@en`), one row an activity, lists separated by spaces; cells
 * separated by commas, or by semicolons as Excel saves CSV where the comma
 * is the decimal sign (lv, lt, et, ru, uk), told apart by the header row.
 * Read with csv-parse; a problem names the row's line and the field's
 * column number. activities.xlsx (xlsx.ts) gives its rows to the same
 * table reader, `activitiesFromRows`.
 */
import { parse, CsvError } from 'csv-parse/sync';
import type { Problem } from '../problems.js';
import type { PathKey } from '../check/paths.js';
import type { Position } from '../check/positions.js';
import { ACTIVITY_COLUMNS, COUNT_COLUMNS, LIST_COLUMNS, REQUIRED_COLUMNS, TEXT_COLUMNS, languageTag } from './layout.js';
import { saidAt, type Located } from './located.js';

type Activity = Record<string, unknown>;
interface Row {
  record: string[];
  info: { lines: number };
}

/** One row of a table as read, from a CSV file or a sheet. */
export interface TableRow {
  cells: string[];
  /** Where the row starts. */
  start: Position;
  /** Where its cell at `index` (0-based) is. */
  at(index: number): Position;
}

/** What a row's cells are separated by, for a message about a row with too many or too few; none for a sheet, whose cells are boxes. */
type Separator = 'comma' | 'semicolon' | undefined;

interface Column {
  field: string;
  language?: string;
}

/** `title@en` → title in English (the tag in its canonical form); undefined for a name that is no activity field. */
function readColumn(name: string): Column | undefined {
  const at = name.indexOf('@');
  const field = at < 0 ? name : name.slice(0, at);
  const language = at < 0 ? undefined : languageTag(name.slice(at + 1));
  if (!(ACTIVITY_COLUMNS as readonly string[]).includes(field)) return undefined;
  if (at >= 0 && (!TEXT_COLUMNS.has(field) || !language)) return undefined;
  return { field, language };
}

function cellValue(field: string, cell: string): unknown {
  if (COUNT_COLUMNS.has(field)) return cell !== '' && Number.isInteger(Number(cell)) ? Number(cell) : cell;
  if (field === 'ongoing') return cell === 'true' ? true : cell === 'false' ? false : cell;
  if (LIST_COLUMNS.has(field)) return cell.split(' ').filter(Boolean);
  return cell;
}

/**
 * The separator of a CSV file: `;` when its header row has more semicolons
 * than commas outside quotes (a header names fields, which hold neither),
 * else `,`. Looks at the first line only, once.
 */
export function headerSeparator(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let index = text.charCodeAt(0) === 0xfeff ? 1 : 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n' || char === '\r') break;
    else if (char === ',') commas++;
    else if (char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Reads activities.csv text (with or without a byte order mark, any line ends); `language` is the release's, the language of untagged columns. */
export function readActivities(file: string, text: string, language: string): Located<Activity[]> {
  let rows: Row[];
  let lastLine = 0;
  const delimiter = headerSeparator(text);
  try {
    rows = parse(text, {
      info: true,
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      // Named, not discovered: csv-parse's discovery allocates three buffers for each character of the first line (a fifth of the time of 10,000 small files).
      record_delimiter: ['\r\n', '\n', '\r'],
      on_record: (record, context) => {
        lastLine = context.lines;
        return record;
      },
    }) as unknown as Row[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const slip =
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'unclosed'
        : error.code === 'INVALID_OPENING_QUOTE' || error.code === 'CSV_INVALID_CLOSING_QUOTE'
          ? 'inside'
          : 'other';
    return { problems: [saidAt(file, { line: lastLine + 1, column: 1 }, { code: 'table-quote', slip })], positions: [] };
  }
  // The first line a row is on: csv-parse counts the line it ends on, and a quoted cell may hold line breaks.
  const firstLine = (row: Row) => row.info.lines - row.record.reduce((breaks, cell) => breaks + cell.split('\n').length - 1, 0);
  const table = rows.map((row): TableRow => {
    const line = firstLine(row);
    return { cells: row.record, start: { line, column: 1 }, at: (index) => ({ line, column: index + 1 }) };
  });
  return activitiesFromRows(file, table, language, delimiter === ';' ? 'semicolon' : 'comma');
}

/**
 * Activities from the rows of a table whose first row names the columns;
 * `separator` names what separates a CSV file's cells (a row of another
 * length than the header is then reported), none for a sheet.
 */
export function activitiesFromRows(file: string, rows: readonly TableRow[], language: string, separator: Separator): Located<Activity[]> {
  const problems: Problem[] = [];
  if (!rows.length) return { value: [], problems, positions: [] };
  const [header, ...body] = rows;
  // A column named twice would make a cell overwrite another unseen; the first one counts.
  const seen = new Map<string, number>();
  const columns = header.cells.map((name, index) => {
    const column = readColumn(name.trim());
    const at = header.at(index);
    if (!column) {
      problems.push(saidAt(file, at, { code: 'column-unknown', value: name, tagged: TEXT_COLUMNS.has(name.trim().split('@')[0]) }));
      return undefined;
    }
    const key = column.language === undefined ? column.field : `${column.field}@${column.language}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(saidAt(file, at, { code: 'column-twice', value: key, first }));
      return undefined;
    }
    seen.set(key, index + 1);
    return column;
  });
  const named = new Set(columns.flatMap((column) => (column && !column.language ? [column.field] : [])));
  const missing = REQUIRED_COLUMNS.filter((field) => !named.has(field));
  if (missing.length) {
    problems.push(saidAt(file, header.start, { code: 'columns-missing', missing }));
    return { problems, positions: [] };
  }
  const activities: Activity[] = [];
  // The list itself is where its header row is.
  const positions: Located<Activity[]>['positions'] = [[[], header.start]];
  body.forEach((row, index) => {
    positions.push([[index], row.start]);
    if (separator && row.cells.length !== columns.length) {
      problems.push(
        saidAt(file, row.at(Math.min(row.cells.length, columns.length)), {
          code: 'row-cells',
          cells: row.cells.length,
          columns: columns.length,
          separator,
        })
      );
    }
    const activity: Activity = {};
    row.cells.forEach((cell, cellIndex) => {
      const column = columns[cellIndex];
      if (!column || cell === '') return;
      const at = row.at(cellIndex);
      const path: PathKey[] = [index, column.field];
      if (column.language) {
        // Added in place: a copy for each translation column would make a wide file take quadratic time.
        const current = activity[column.field];
        const texts = (activity[column.field] =
          typeof current === 'object' ? (current as Record<string, string>) : current === undefined ? {} : { [language]: current });
        texts[column.language] = cell;
        positions.push([[...path, column.language], at]);
      } else {
        const current = activity[column.field];
        activity[column.field] = current && typeof current === 'object' ? { [language]: cell, ...current } : cellValue(column.field, cell);
        if (TEXT_COLUMNS.has(column.field)) positions.push([[...path, language], at]);
        positions.push([path, at]);
      }
    });
    activities.push(activity);
  });
  return { value: activities, problems, positions };
}
