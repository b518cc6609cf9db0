/** Runs a zod schema on untrusted input and turns its issues into kopiena's: JSON path and plain words. */
import type * as z from 'zod/mini';
import type { FeedIssue } from './errors.js';

export type Path = ReadonlyArray<PropertyKey>;

export const pathToString = (path: Path): string =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');

/**
 * zod/mini ships no messages (that is part of why it is small). The schema's
 * own checks carry plain-language messages; type errors are said here.
 */
function describe(issue: z.core.$ZodIssue, input: unknown): string {
  if (input === undefined) return 'is required';
  if (issue.code !== 'invalid_type') return issue.message;
  return `must be ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
}

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) value = value == null ? undefined : (value as Record<PropertyKey, unknown>)[key];
  return value;
}

export function check<T>(schema: z.ZodMiniType<T>, input: unknown, at: Path, issues: FeedIssue[]): T | undefined {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    issues.push({ path: pathToString([...at, ...issue.path]), message: describe(issue, valueAt(input, issue.path)) });
  }
  return undefined;
}
