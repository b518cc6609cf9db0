/**
 * The parts of zod that are not its documented API and that kopiena relies on
 * (src/feed/check.ts): each schema's `_zod.def` (its `type`, and `shape`,
 * `element`, `innerType`, `fn`, `checks` by type) and `core._safeParse`
 * with an issue holder of our own. zod is pinned to an exact version in both
 * package.json files (scripts/check/pins.test.js); this test fails on an
 * upgrade that changes any of these, before the fast path quietly stops
 * being taken or reads the wrong field.
 */
import { expect } from '@open-wc/testing';
import * as core from 'zod/v4/core';
import type { Issue, Schema } from './zod.js';
import { activitySchema, releaseSchema } from './schema.js';

interface Definition {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  fn?: (input: unknown) => unknown;
  checks?: Array<{ _zod: { def: { fn?: (input: unknown) => unknown } } }>;
}
const def = (schema: Schema) => schema._zod.def as unknown as Definition;

describe('the zod internals src/feed/check.ts reads', () => {
  it('an object names its type and its fields in shape', () => {
    const { type, shape } = def(releaseSchema);
    expect(type).to.equal('object');
    expect(Object.keys(shape!)).to.include.members(['id', 'published', 'title', 'body', 'contacts']);
  });

  it('an optional holds its inner type, an array its element, a custom leaf its predicate', () => {
    const body = def(def(releaseSchema).shape!.body);
    expect(body.type).to.equal('optional');
    const list = def(body.innerType!);
    expect(list.type).to.equal('array');
    const leaf = def(list.element!);
    expect(leaf.type).to.equal('custom');
    expect(leaf.fn!('a paragraph')).to.equal(true);
    expect(leaf.fn!(42)).to.equal(false);
  });

  it("a refinement is a check whose definition holds its predicate (the activity's date)", () => {
    const checks = def(activitySchema).checks!;
    expect(checks).to.have.length(1);
    const activity = { id: 'a', when: '2020-04', title: 'x' };
    expect(checks[0]._zod.def.fn!(activity)).to.equal(true);
    expect(checks[0]._zod.def.fn!({ ...activity, when: 'spring' })).to.equal(false);
  });

  it('core._safeParse builds its error with the class it is given, holding the issues', () => {
    class Holder {
      constructor(readonly issues: Issue[]) {}
    }
    const safeParse = core._safeParse(Holder as unknown as core.$ZodErrorClass);
    const result = safeParse(activitySchema, { id: 'a', when: 'spring', title: 'x' });
    expect(result.success).to.equal(false);
    expect(result.error).to.be.instanceOf(Holder);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).to.deep.equal(['when']);
    expect(safeParse(activitySchema, { id: 'a', when: '2020', title: 'x' }).success).to.equal(true);
  });
});
