/**
 * activities.csv: a header row naming activity fields (translations as
 * `title@en`), one row an activity, lists separated by spaces. Read with
 * csv-parse; a problem names the row's line and the field's column number.
 */
import { parse, CsvError } from 'csv-parse/sync';
import type { Problem } from '../problems.js';
import type { PathKey } from '../check/paths.js';
import { ACTIVITY_COLUMNS, COUNT_COLUMNS, LIST_COLUMNS, REQUIRED_COLUMNS, TAG_EXAMPLES, TEXT_COLUMNS, languageTag } from './layout.js';
import { problemAt, type Located } from './located.js';

type Activity = Record<string, unknown>;
interface Row {
  record: string[];
  info: { lines: number };
}

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

/** Reads activities.csv text; `language` is the release's, the language of untagged columns. */
export function readActivities(file: string, text: string, language: string): Located<Activity[]> {
  const problems: Problem[] = [];
  let rows: Row[];
  let lastLine = 0;
  try {
    rows = parse(text, {
      info: true,
      bom: true,
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
    const message =
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quoted cell is never closed (a " is missing)'
        : error.code === 'INVALID_OPENING_QUOTE' || error.code === 'CSV_INVALID_CLOSING_QUOTE'
          ? 'a " inside a cell must be written twice ("") and the cell put in quotes'
          : `is not valid CSV: ${error.message}`;
    return { problems: [problemAt(file, { line: lastLine + 1, column: 1 }, message)], positions: [] };
  }
  if (!rows.length) return { value: [], problems, positions: [] };
  // The first line a row is on: csv-parse counts the line it ends on, and a quoted cell may hold line breaks.
  const firstLine = (row: Row) => row.info.lines - row.record.reduce((breaks, cell) => breaks + cell.split('\n').length - 1, 0);
  const [header, ...body] = rows;
  const headerLine = firstLine(header);
  // A column named twice would make a cell overwrite another unseen; the first one counts.
  const seen = new Map<string, number>();
  const columns = header.record.map((name, index) => {
    const column = readColumn(name.trim());
    const at = { line: headerLine, column: index + 1 };
    if (!column) {
      problems.push(
        problemAt(
          file,
          at,
          TEXT_COLUMNS.has(name.trim().split('@')[0])
            ? `"${name}" is not an activity column: after the @ comes ${TAG_EXAMPLES} (title@en)`
            : `"${name}" is not an activity column (columns: ${ACTIVITY_COLUMNS.join(', ')}; translations as title@en)`
        )
      );
      return undefined;
    }
    const key = column.language === undefined ? column.field : `${column.field}@${column.language}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(problemAt(file, at, `the column "${key}" is already column ${first} (keep one of them)`));
      return undefined;
    }
    seen.set(key, index + 1);
    return column;
  });
  const named = new Set(columns.flatMap((column) => (column && !column.language ? [column.field] : [])));
  const missing = REQUIRED_COLUMNS.filter((field) => !named.has(field));
  if (missing.length) {
    problems.push(
      problemAt(file, { line: headerLine, column: 1 }, `has no ${missing.join(', ')} column (the header row must name id, when and title)`)
    );
    return { problems, positions: [] };
  }
  const activities: Activity[] = [];
  const positions: Located<Activity[]>['positions'] = [];
  body.forEach((row, index) => {
    const line = firstLine(row);
    positions.push([[index], { line, column: 1 }]);
    if (row.record.length !== columns.length) {
      problems.push(
        problemAt(
          file,
          { line, column: Math.min(row.record.length, columns.length) + 1 },
          `this row has ${row.record.length} cells, the header has ${columns.length} (a missing or extra comma?)`
        )
      );
    }
    const activity: Activity = {};
    row.record.forEach((cell, cellIndex) => {
      const column = columns[cellIndex];
      if (!column || cell === '') return;
      const at = { line, column: cellIndex + 1 };
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
