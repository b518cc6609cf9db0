/** Runs a zod schema on untrusted input and turns its issues into kopiena's: JSON path and plain words. */
import * as core from 'zod/v4/core';
import type { Issue, Schema } from './zod.js';
import type { FeedIssue } from './errors.js';
import { isObject } from './schema.js';

export type Path = ReadonlyArray<PropertyKey>;

export const pathToString = (path: Path): string =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');

/**
 * zod's core ships no messages (that is part of why it is small). The schema's
 * own checks carry plain-language messages; type errors are said here.
 */
function describe(issue: Issue, input: unknown): string {
  if (input === undefined) return 'is required';
  if (issue.code !== 'invalid_type') return issue.message;
  return `must be ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
}

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) value = value == null ? undefined : (value as Record<PropertyKey, unknown>)[key];
  return value;
}

/** The parts of a zod definition that `passes` reads. */
interface Definition {
  type: string;
  fn?: (input: unknown) => unknown;
  innerType?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  checks?: Array<{ _zod: { def: { fn?: (input: unknown) => unknown } } }>;
}

/**
 * True only when `schema` surely accepts `input`: the schema's own
 * predicates, run without building zod's result and issues, which cost most
 * of the time of a 10,000-activity feed (README, Large feeds). Any other kind
 * of schema or check answers false, so zod decides.
 */
function passes(schema: Schema, input: unknown): unknown {
  const { type, fn, innerType, element, shape, checks = [] } = schema._zod.def as Definition;
  if (type == 'object') {
    if (!isObject(input)) return false;
    // Own keys only: a host page may have put enumerable keys on Object.prototype.
    for (const [key, field] of Object.entries(shape!)) if (!passes(field, input[key])) return false;
  } else if (type == 'array') {
    if (!Array.isArray(input) || !input.every((item) => passes(element!, item))) return false;
  } else if (type == 'optional') {
    if (input !== undefined && !passes(innerType!, input)) return false;
  } else if (type != 'custom' || !fn!(input)) return false;
  return checks.every((rule) => rule._zod.def.fn?.(input));
}

/**
 * zod's safeParse with a plain holder of the issues instead of its Error
 * subclass, whose construction (a stack trace each) cost 40 ms for the
 * 1,000 invalid activities of `npm run bench`'s feed.
 */
class Issues {
  constructor(readonly issues: Issue[]) {}
}
const safeParse = core._safeParse(Issues as unknown as core.$ZodErrorClass);

/** The valid input as it is (unknown keys and all, never changed by the caller), else zod's issues at `at`. */
export function check<T>(schema: Schema<T>, input: unknown, at: Path, issues: FeedIssue[]): T | undefined {
  if (passes(schema, input)) return input as T;
  const result = safeParse(schema, input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    issues.push({ path: pathToString([...at, ...issue.path]), message: describe(issue, valueAt(input, issue.path)) });
  }
  return undefined;
}
