/**
 * A value read from a source file with the position of each part of it,
 * by JSON path, so a problem in the assembled feed points back to the line
 * the coordinator wrote.
 */
import type { Problem } from '../problems.js';
import type { PathKey } from '../check/paths.js';
import type { Position } from '../check/positions.js';
import type { Said } from '../words/said.js';
import { inEnglish } from '../words/speaker.js';

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

/** A problem that says `said` (its `message` in English). */
export const saidAt = (file: string, at: Position, said: Said, path = ''): Problem => ({ ...problemAt(file, at, inEnglish(said), path), said });
