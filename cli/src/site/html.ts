/**
 * Feed text as HTML for syndication readers (RSS `content:encoded`, Atom
 * `content type="html"`, JSON Feed `content_html`). The inline-markdown
 * subset is parsed into nodes (never through an HTML parser) and every
 * string is escaped, so feed text can add only <em>, <strong>, <p> and
 * links whose URLs passed safeUrl — never markup of its own.
 */
import { type InlineNode, parseInline } from '../../../src/core.js';
import { escapeHtml } from './escape.js';

const tags = { em: 'em', strong: 'strong' } as const;

/** One inline-markdown string as escaped HTML. */
export function inlineHtml(source: string): string {
  const render = (nodes: InlineNode[]): string =>
    nodes
      .map((node) => {
        if (node.type === 'text') return escapeHtml(node.text);
        if (node.type === 'link') return `<a href="${escapeHtml(node.href)}" rel="noopener noreferrer">${render(node.children)}</a>`;
        return `<${tags[node.type]}>${render(node.children)}</${tags[node.type]}>`;
      })
      .join('');
  return render(parseInline(source));
}

/** Paragraphs, each its own <p>. */
export const paragraphsHtml = (paragraphs: readonly string[]): string => paragraphs.map((paragraph) => `<p>${inlineHtml(paragraph)}</p>`).join('\n');

/** The plain text of an inline-markdown string (markup dropped, links as their labels). */
export function plainText(source: string): string {
  const text = (nodes: InlineNode[]): string => nodes.map((node) => (node.type === 'text' ? node.text : text(node.children))).join('');
  return text(parseInline(source));
}
