/**
 * One problem of a feed or source folder, where an editor can jump to it.
 * `kopiena validate` prints these; `kopiena build` stops on the errors.
 */
import type { Said } from './words/said.js';

export interface Problem {
  /** Relative to the folder checked, or the feed file or URL as given. */
  file: string;
  /** 1-based; 0 when the problem is about the file as a whole and it has no lines (an unreadable file). */
  line: number;
  /** 1-based; in a CSV file the column is the field's number, as a spreadsheet counts. */
  column: number;
  /** In a workbook (activities.xlsx), the cell as a spreadsheet names it, `Sheet1!C4`; line and column are then its row and column numbers. */
  cell?: string;
  /** JSON path in the assembled feed, e.g. `releases[0].published`; empty for the document itself. */
  path: string;
  severity: 'error' | 'warning';
  /** In English; a problem with `said` is printed in the coordinator's language from it (words/speaker.ts). */
  message: string;
  /** What the problem says, as a stable code and the values its words need. */
  said?: Said;
  /** The stable code of a problem that has no `said` (yet): its words are the English `message`. */
  code?: string;
}

/** Warnings alone leave a feed valid. */
export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((problem) => problem.severity === 'error');
