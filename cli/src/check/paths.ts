/**
 * JSON paths as the feed's issues name them (`releases[3].activities[1].when`),
 * turned back into keys to look a position up.
 */
import { pathToString } from '../../../src/core.js';

export type PathKey = string | number;

/** The widgets' own (src/feed/check.ts), so the command names a path as the widgets' issues do. */
export { pathToString };

/** Splits a path written by `pathToString`; a key holding `.` or `[` comes back split, which only costs precision. */
export function parsePath(path: string): PathKey[] {
  const keys: PathKey[] = [];
  let current = '';
  let index = 0;
  const flush = () => {
    if (current) keys.push(current);
    current = '';
  };
  while (index < path.length) {
    const char = path[index];
    if (char === '.') {
      flush();
    } else if (char === '[') {
      flush();
      const close = path.indexOf(']', index);
      const number = Number(path.slice(index + 1, close));
      if (close < 0 || !Number.isInteger(number)) return [...keys, path.slice(index)];
      keys.push(number);
      index = close;
    } else {
      current += char;
    }
    index++;
  }
  flush();
  return keys;
}
