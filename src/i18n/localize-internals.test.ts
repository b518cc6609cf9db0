/**
 * The parts of @lit/localize that are not its documented API and that
 * kopiena relies on (src/i18n/messages.ts): `str` and `joinStringsAndValues`
 * from `@lit/localize/internal/str-tag.js`, and the shape of a `str` result
 * (`strings`, `values`). @lit/localize is pinned to an exact version in both
 * package.json files (scripts/check/pins.test.js); this test fails on an
 * upgrade that changes them.
 */
import { expect } from '@open-wc/testing';
import { joinStringsAndValues, str } from '@lit/localize/internal/str-tag.js';
import type { StrResult } from '@lit/localize';

describe('the @lit/localize internals src/i18n/messages.ts reads', () => {
  it('str keeps the strings and the values apart', () => {
    const count = 3;
    const result: StrResult = str`${count} of ${'all'}`;
    expect(result.strTag).to.equal(true);
    expect([...result.strings]).to.deep.equal(['', ' of ', '']);
    expect(result.values).to.deep.equal([3, 'all']);
  });

  it('joinStringsAndValues joins in order, or in the order a translation numbers its placeholders', () => {
    const strings = (...parts: string[]) => Object.assign([...parts], { raw: parts }) as TemplateStringsArray;
    expect(joinStringsAndValues(strings('', ' of ', ''), [3, 'all'])).to.equal('3 of all');
    expect(joinStringsAndValues(strings('no ', ' — ', ''), [3, 'all'], [1, 0])).to.equal('no all — 3');
  });
});
