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

type Test = (input: unknown) => unknown;
const tests = new WeakMap<Schema, Test>();

/**
 * A test that is true only when `schema` surely accepts its input: the
 * schema's own predicates, run without building zod's result and issues,
 * which cost most of the time of a 10,000-activity feed (README, Large
 * feeds). Any other kind of schema or check answers false, so zod decides.
 * Made once a schema (fields listed, predicates picked out), so that checking
 * an item allocates nothing.
 */
function compile(schema: Schema): Test {
  let test = tests.get(schema);
  if (test) return test;
  const { type, fn, innerType, element, shape, checks = [] } = schema._zod.def as Definition;
  const inner = innerType ?? element;
  const part = inner && compile(inner);
  // Own keys only: a host page may have put enumerable keys on Object.prototype.
  const fields = Object.entries(shape ?? {}).map(([key, field]) => [key, compile(field)] as const);
  const rules = checks.map((rule) => rule._zod.def.fn);
  const own: Test =
    type == 'object'
      ? (input) => {
          if (!isObject(input)) return false;
          for (const [key, field] of fields) if (!field(input[key])) return false;
          return true;
        }
      : type == 'array'
        ? (input) => Array.isArray(input) && input.every(part!)
        : type == 'optional'
          ? (input) => input === undefined || part!(input)
          : type == 'custom'
            ? fn!
            : () => false;
  test = rules.length ? (input) => own(input) && rules.every((rule) => rule?.(input)) : own;
  tests.set(schema, test);
  return test;
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
  if (compile(schema)(input)) return input as T;
  const result = safeParse(schema, input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    issues.push({ path: pathToString([...at, ...issue.path]), message: describe(issue, valueAt(input, issue.path)) });
  }
  return undefined;
}
