/**
 * What check() reads, whatever the input: the assembled feed document, the
 * problems found while reading it, and where each JSON path came from.
 */
import type { Problem } from '../problems.js';
import type { PathKey } from './paths.js';

export interface Location {
  file: string;
  line: number;
  column: number;
  /** A spreadsheet's cell (`Sheet1!C4`) where the file is a workbook. */
  cell?: string;
}

/** Where the files a release names (its photo) are read from: one place, for validate and build alike. */
export interface ReleaseFiles {
  /** The folder nothing may be read from outside of: the source folder, or the feed file's folder. */
  root: string;
  /** Where a release's relative paths start: its own folder in a source folder (`releases/<id>/`), else the root. */
  folderOf(releaseId: string): string;
}

export interface Source {
  /** The feed document as JSON would hold it; absent when it could not be read. */
  feed?: unknown;
  problems: Problem[];
  /** What the feed's archive URLs resolve against: its URL, or its file name (a folder builds `feed.json`). */
  name?: string;
  /** Where its releases' files are; absent for a feed read from a URL. */
  files?: ReleaseFiles;
  /**
   * By release (`releases[3]`): languages whose file in a source folder could
   * not be read. Its one problem is already reported; the text it would have
   * given is not "missing" on top of that.
   */
  unread?: ReadonlyMap<string, readonly string[]>;
  /** Where the value at `path` (or its nearest existing ancestor) was written. */
  locate(path: readonly PathKey[]): Location;
}
