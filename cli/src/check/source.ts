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
}

export interface Source {
  /** The feed document as JSON would hold it; absent when it could not be read. */
  feed?: unknown;
  problems: Problem[];
  /** What the feed's archive URLs resolve against: its URL, or its file name (a folder builds `feed.json`). */
  name?: string;
  /** Where the value at `path` (or its nearest existing ancestor) was written. */
  locate(path: readonly PathKey[]): Location;
}
