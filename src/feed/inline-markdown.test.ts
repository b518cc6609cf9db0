import { expect } from '@open-wc/testing';
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
