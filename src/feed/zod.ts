/**
 * The few zod schema kinds the feed uses (object, array, optional, record,
 * custom predicates and one refinement), built on `zod/v4/core` directly.
 * zod/mini's classes wrap these same core classes with methods kopiena never
 * calls (`parse`, `parseAsync`, `check`, `clone`…) that a bundler cannot
 * drop, 0.8 kB brotli of the widget bundle (README, Size). The schemas are
 * core schemas all the same: zod's parser (`_safeParse` in check.ts) and
 * `toJSONSchema` (scripts/build/export-schema.js) read them as they read
 * zod/mini's, and src/feed/zod-internals.test.ts pins what check.ts reads.
 */
import * as core from 'zod/v4/core';

export type Schema<T = unknown> = core.$ZodType<T>;
export type Infer<T> = core.output<T>;
export type Issue = core.$ZodIssue;
type Check = core.$ZodCheck<never>;

/** An object of the given fields (unknown keys are left out of zod's result, never refused); `checks` refine the whole. */
export const object = <Shape extends core.$ZodShape>(shape: Shape, checks?: Check[]) =>
  new core.$ZodObject({ type: 'object', shape, checks }) as unknown as core.$ZodObject<Shape, core.$strip>;

export const optional = <T extends core.$ZodType>(innerType: T) =>
  new core.$ZodOptional({ type: 'optional', innerType }) as unknown as core.$ZodOptional<T>;

export const array = <T extends core.$ZodType>(element: T) => new core.$ZodArray({ type: 'array', element }) as unknown as core.$ZodArray<T>;

/** Only for feed.schema.json (`feedSchema()`): the widgets check maps one entry at a time. */
export const record = <K extends core.$ZodRecordKey, V extends core.$ZodType>(keyType: K, valueType: V) =>
  new core.$ZodRecord({ type: 'record', keyType, valueType }) as unknown as core.$ZodRecord<K, V>;

/** A value `fn` accepts; `message` is the issue when it does not, and zod looks no further (as zod/mini's `custom`). */
export const custom = <T>(fn: (value: unknown) => boolean = () => true, message?: string) =>
  new core.$ZodCustom({ type: 'custom', check: 'custom', fn, abort: true, ...(message && { error: () => message }) }) as unknown as core.$ZodCustom<
    T,
    T
  >;

/** A refinement for `object`'s `checks` (as zod/mini's `refine`): `message` at `path` when `fn` says no. */
export const refine = <T>(fn: (value: T) => boolean, message: string, path: PropertyKey[]) =>
  new core.$ZodCustom({ type: 'custom', check: 'custom', fn: fn as (value: unknown) => boolean, error: () => message, path }) as unknown as Check;
