/**
 * A value read from a source file with the position of each part of it,
 * by JSON path, so a problem in the assembled feed points back to the line
 * the coordinator wrote.
 */
import type { Problem } from '../problems.js';
import type { PathKey } from '../check/paths.js';
import type { Position } from '../check/positions.js';

export interface Located<T> {
  value?: T;
  problems: Problem[];
  /** Positions by path, relative to where the caller puts the value. */
  positions: Array<[PathKey[], Position]>;
}

export const problemAt = (file: string, at: Position, message: string, path = ''): Problem => ({
  file,
  ...at,
  path,
  severity: 'error',
  message,
});
