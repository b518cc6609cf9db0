import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseInline, type InlineNode } from './inline-markdown.js';

/** The tree as compact markup, to read a whole case at a glance (text is not escaped: these are test strings). */
function show(nodes: InlineNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.text;
      if (node.type === 'link') return `<a ${node.href}>${show(node.children)}</a>`;
      return `<${node.type}>${show(node.children)}</${node.type}>`;
    })
    .join('');
}

const parsed = (source: string) => show(parseInline(source));

describe('parseInline (the inline-markdown subset of docs/feed-format.md)', () => {
  it('reads *em*, _em_ and **strong**, nested', () => {
    expect(parsed('a *b* c')).to.equal('a <em>b</em> c');
    expect(parsed('a _b_ c')).to.equal('a <em>b</em> c');
    expect(parsed('a **b** c')).to.equal('a <strong>b</strong> c');
    expect(parsed('**bold *and em***')).to.equal('<strong>bold <em>and em</em></strong>');
  });

  it('keeps markers that open or close nothing as text', () => {
    expect(parsed('2 * 3 = 6')).to.equal('2 * 3 = 6');
    expect(parsed('a **b')).to.equal('a **b');
    expect(parsed('**')).to.equal('**');
    expect(parsed('snake_case_name')).to.equal('snake_case_name');
  });

  it('makes [label](url) a link, and a refused URL leaves its label as text', () => {
    expect(parsed('see [the site](https://example.org/a) now')).to.equal('see <a https://example.org/a>the site</a> now');
    expect(parsed('[**bold** label](https://example.org/)')).to.equal('<a https://example.org/><strong>bold</strong> label</a>');
    expect(parsed('[evil](javascript:void0)')).to.equal('evil');
    expect(parsed('[evil](javascript:alert(1))')).to.equal('[evil](javascript:alert(1))');
    expect(parsed('[relative](/news)')).to.equal('relative');
    expect(parsed('[no target] here')).to.equal('[no target] here');
  });

  it('links <autolinks>, bare http(s) URLs without the sentence punctuation after them, and e-mail addresses', () => {
    expect(parsed('<https://example.org/x>')).to.equal('<a https://example.org/x>https://example.org/x</a>');
    expect(parsed('Visit https://example.org/page.')).to.equal('Visit <a https://example.org/page>https://example.org/page</a>.');
    expect(parsed('(https://example.org/a)')).to.equal('(<a https://example.org/a>https://example.org/a</a>)');
    expect(parsed('Write to anna@example.lv, please')).to.equal('Write to <a mailto:anna@example.lv>anna@example.lv</a>, please');
    expect(parsed('<javascript:alert(1)>')).to.equal('<javascript:alert(1)>');
  });

  it('treats a backslash before punctuation as an escape, and raw HTML as text', () => {
    expect(parsed('\\*not em\\*')).to.equal('*not em*');
    expect(parsed('a \\ b')).to.equal('a \\ b');
    expect(parsed('<b onclick="x()">hi</b>')).to.equal('<b onclick="x()">hi</b>');
  });

  it('leaves very long text unparsed, as one text node', () => {
    const long = `**${'a'.repeat(20_001)}**`;
    expect(parseInline(long)).to.deep.equal([{ type: 'text', text: long }]);
  });
});

/** Every text in the tree in document order: what a reader sees. */
function texts(nodes: InlineNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.text : texts(node.children))).join('');
}

/** `text` can be made from `source` by leaving characters out: the parser never writes words of its own. */
function isSubsequence(text: string, source: string): boolean {
  let at = 0;
  for (const char of source) if (char === text[at]) at++;
  return at === text.length;
}

/** What a hostile feed line looks like: runs of markers, brackets, backslashes and link starts. */
const ADVERSARIAL_PARTS = [
  '[',
  ']',
  '](',
  '(',
  ')',
  '*',
  '**',
  '_',
  '\\',
  '<',
  '>',
  'a',
  ' ',
  '.',
  '@',
  'http://',
  'https://x.org',
  'a@b.lv',
  '[a](',
  '`',
];
const MARKUP_UNIT = fc.constantFrom(...ADVERSARIAL_PARTS, '<b>', '<img src=x onerror=alert(1)>', 'javascript:', 'ā', '\u0000', '\n');

/**
 * Runs `read` and counts its steps: each look for a closer (the parser's loop
 * does one for each character it reads) and each test of a closer at a place.
 * Counted, not timed, so a slow machine cannot make the test flaky.
 */
/* eslint-disable no-extend-native -- the two methods are wrapped to count calls and put back before it returns */
function countSteps<T>(read: () => T): [T, number] {
  const { findIndex } = Array.prototype;
  const { startsWith } = String.prototype;
  let steps = 0;
  Array.prototype.findIndex = function (this: unknown[], ...args: Parameters<typeof findIndex>) {
    steps++;
    return findIndex.apply(this, args);
  };
  String.prototype.startsWith = function (this: string, ...args: Parameters<typeof startsWith>) {
    steps++;
    return startsWith.apply(this, args);
  };
  try {
    return [read(), steps];
  } finally {
    Array.prototype.findIndex = findIndex;
    String.prototype.startsWith = startsWith;
  }
}
/* eslint-enable no-extend-native */

/** The longest text the parser reads (longer is shown as plain text). */
const LONGEST = 20_000;
const repeat = (part: string, length = LONGEST) => part.repeat(Math.ceil(length / part.length)).slice(0, length);

describe('parseInline on hostile text (issue #24: one feed line must not freeze the page)', () => {
  const cases: Record<string, string> = {
    'a run of [': repeat('['),
    'nested and unclosed brackets': repeat('[[a]'),
    'brackets closed without a target': repeat('[a] '),
    'runs of ](': repeat(']('),
    'unclosed link targets': repeat('[a](b'),
    'a run of *': repeat('*'),
    'unclosed strong and em': repeat('**a *b _c '),
    'a run of _': repeat('_'),
    backslashes: repeat('\\'),
    'escaped markers': repeat('\\*\\['),
    'autolink starts': repeat('<http://a'),
    'refused bare URLs': repeat('http://['),
    'URLs with many parentheses': `https://a.org/${repeat(')', LONGEST - 14)}`,
    'dots that look like an e-mail address': repeat('a.'),
    'at signs': repeat('a@b.'),
    'everything mixed': repeat('*[_a](**\\<http://x.org _b@c. [['),
  };

  for (const [name, source] of Object.entries(cases)) {
    it(`reads ${name} (${source.length} characters) in a number of steps linear in its length`, () => {
      const [nodes, steps] = countSteps(() => parseInline(source));
      // About one step a character; the parser this replaced took hours on some of these.
      expect(steps).to.be.below(10 * source.length);
      expect(isSubsequence(texts(nodes), source)).to.equal(true);
    });
  }

  it('shows a 100,000-character line of markup as text, at once', () => {
    const source = repeat('*[_a](**\\<http://x.org _b@c. [[', 100_000);
    const [nodes, steps] = countSteps(() => parseInline(source));
    expect(nodes).to.deep.equal([{ type: 'text', text: source }]);
    expect(steps).to.equal(0);
  });

  it('never throws and never makes markup of its own (property-based, fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: MARKUP_UNIT, maxLength: 60 }), (source) => {
        const check = (nodes: InlineNode[]) => {
          for (const node of nodes) {
            if (node.type === 'text') {
              expect(Object.keys(node)).to.deep.equal(['type', 'text']);
              expect(node.text).to.be.a('string').and.not.equal('');
              continue;
            }
            expect(['em', 'strong', 'link']).to.include(node.type);
            expect(node.children).to.not.be.empty;
            if (node.type === 'link') expect(['http:', 'https:', 'mailto:', 'tel:']).to.include(new URL(node.href).protocol);
            check(node.children);
          }
        };
        const nodes = parseInline(source);
        check(nodes);
        // All that is shown comes from the source, in its order: nothing added, no element made from text.
        expect(isSubsequence(texts(nodes), source)).to.equal(true);
      }),
      { numRuns: 2000 }
    );
  });

  it('keeps text without markers exactly as written, in one text node (property-based)', () => {
    const plain = fc.string({ unit: fc.constantFrom('a', 'ā', ' ', '.', ',', '<', '>', '"', "'", '&', '(', ')', 'p', '/', '=') });
    fc.assert(
      fc.property(plain, (source) => {
        expect(parseInline(source)).to.deep.equal(source ? [{ type: 'text', text: source }] : []);
      }),
      { numRuns: 1000 }
    );
  });
});
