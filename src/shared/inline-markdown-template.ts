/** Renders parsed inline markdown with Lit templates: elements, never innerHTML. */
import { html, nothing, type TemplateResult } from 'lit';
import { parseInline, type InlineNode } from '../feed/inline-markdown.js';

function renderNode(node: InlineNode): TemplateResult | string {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'em':
      return html`<em>${node.children.map(renderNode)}</em>`;
    case 'strong':
      return html`<strong>${node.children.map(renderNode)}</strong>`;
    case 'link': {
      // Autolinks and bare URLs show their address already: print adds none after them.
      const text = node.children.length === 1 && node.children[0].type === 'text' ? node.children[0].text : '';
      return html`<a part="link" class=${node.href.includes(text) && text ? 'url' : nothing} href=${node.href} rel="noopener noreferrer">${node.children.map(renderNode)}</a>`;
    }
  }
}

/** Feed text with its inline markdown as elements. */
export function renderInline(source: string): Array<TemplateResult | string> {
  return parseInline(source).map(renderNode);
}
