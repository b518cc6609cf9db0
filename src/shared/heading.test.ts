import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderHeading } from './heading.js';

/** The tag a heading options object renders to. */
function tagFor(level: number, offset?: number): string {
  const holder = document.createElement('div');
  render(renderHeading({ level, offset, className: 'c', part: 'title' }, 'Text'), holder);
  return holder.firstElementChild!.localName;
}

describe('renderHeading', () => {
  it('renders the asked level, offset by sub-heading depth', () => {
    expect([1, 2, 3, 4, 5, 6].map((level) => tagFor(level))).to.deep.equal(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
    expect(tagFor(2, 1)).to.equal('h3');
  });

  it('clamps to h1–h6, also with an offset', () => {
    expect(tagFor(0)).to.equal('h1');
    expect(tagFor(-4)).to.equal('h1');
    expect(tagFor(7)).to.equal('h6');
    expect(tagFor(99)).to.equal('h6');
    expect(tagFor(6, 2)).to.equal('h6');
    expect(tagFor(0, 1)).to.equal('h2'); // clamped first, so a sub-heading stays below its heading
    expect(tagFor(-3, 2)).to.equal('h3');
  });

  it('takes level 2 for a value that is not a whole number', () => {
    expect(tagFor(Number.NaN)).to.equal('h2');
    expect(tagFor(2.5)).to.equal('h2');
    expect(tagFor(Number.POSITIVE_INFINITY, 1)).to.equal('h3');
  });

  it('carries the class, part and language, and no lang attribute without one', () => {
    const holder = document.createElement('div');
    render(renderHeading({ level: 3, className: 'release__title', part: 'title', lang: 'en' }, 'Hello'), holder);
    const heading = holder.querySelector('h3')!;
    expect([heading.className, heading.getAttribute('part'), heading.lang, heading.textContent]).to.deep.equal([
      'release__title',
      'title',
      'en',
      'Hello',
    ]);
    render(renderHeading({ level: 3, className: 'x', part: 'title' }, 'Hi'), holder);
    expect(holder.querySelector('h3')!.hasAttribute('lang')).to.equal(false);
  });
});
