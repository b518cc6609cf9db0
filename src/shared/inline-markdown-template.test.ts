import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { render } from 'lit';
import { renderInline } from './inline-markdown-template.js';

function rendered(source: string): HTMLParagraphElement {
  const holder = document.createElement('p');
  render(renderInline(source), holder);
  return holder;
}

describe('renderInline', () => {
  it('renders emphasis, strong and links as elements', () => {
    const holder = rendered('A *b* **c** [d](https://example.org/d).');
    expect(holder.querySelector('em')!.textContent).to.equal('b');
    expect(holder.querySelector('strong')!.textContent).to.equal('c');
    const link = holder.querySelector('a')!;
    expect([link.textContent, link.getAttribute('href'), link.getAttribute('part'), link.getAttribute('rel')]).to.deep.equal([
      'd',
      'https://example.org/d',
      'link',
      'noopener noreferrer',
    ]);
    expect(holder.textContent).to.equal('A b c d.');
  });

  it('marks a link that shows its own address with class url (print adds no address after it), and no other', () => {
    const holder = rendered('See https://example.org/x and [the page](https://example.org/y).');
    const [bare, named] = holder.querySelectorAll('a');
    expect(bare.className).to.equal('url');
    expect(named.hasAttribute('class')).to.equal(false);
  });

  it('keeps markup in feed text as text: no element is made from it', () => {
    const holder = rendered('<img src=x onerror=alert(1)> & <b>bold</b>');
    expect(holder.children).to.have.length(0);
    expect(holder.textContent).to.equal('<img src=x onerror=alert(1)> & <b>bold</b>');
  });

  it('makes no element but em, strong and a safe link from any text (property-based, fast-check)', () => {
    const unit = fc.constantFrom(
      '*',
      '**',
      '_',
      '[',
      ']',
      '(',
      ')',
      '](',
      '\\',
      '<',
      '>',
      'a',
      ' ',
      'https://x.org',
      'javascript:x',
      '<b>',
      '<img src=x onerror=alert(1)>',
      'a@b.lv',
      '&amp;'
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (source) => {
        const holder = rendered(source);
        for (const element of holder.querySelectorAll('*')) {
          expect(['EM', 'STRONG', 'A']).to.include(element.tagName);
          const attributes = [...element.attributes].map((attribute) => attribute.name);
          expect(attributes.every((name) => ['part', 'class', 'href', 'rel'].includes(name))).to.equal(true);
          if (element instanceof HTMLAnchorElement) expect(['http:', 'https:', 'mailto:', 'tel:']).to.include(element.protocol);
        }
      }),
      { numRuns: 500 }
    );
  });
});
