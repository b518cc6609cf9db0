/** Renders parsed inline markdown with Lit templates: elements, never innerHTML. */
import { html, type TemplateResult } from 'lit';
import { parseInline, type InlineNode } from '../feed/inline-markdown.js';

function renderNode(node: InlineNode): TemplateResult | string {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'em':
      return html`<em>${node.children.map(renderNode)}</em>`;
    case 'strong':
      return html`<strong>${node.children.map(renderNode)}</strong>`;
    case 'link':
      return html`<a part="link" href=${node.href} rel="noopener noreferrer">${node.children.map(renderNode)}</a>`;
  }
}

/** Feed text with its inline markdown as elements. */
export function renderInline(source: string): Array<TemplateResult | string> {
  return parseInline(source).map(renderNode);
}
