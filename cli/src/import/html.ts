/**
 * HTML of an imported feed (WordPress, Ghost) reduced to kopiena's inline
 * subset: paragraphs, links, emphasis and strong; everything else becomes
 * its plain text, and scripts, styles and embeds disappear. Parsed with
 * htmlparser2, never with patterns; text is escaped so that nothing in it
 * reads as markup, and no HTML ever reaches the output.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { safeUrl } from '../../../src/core.js';

/** Elements that end a paragraph before and after them. */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'main',
  'nav',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'hr',
  'address',
  'details',
  'summary',
]);
/** Elements whose content is not text for a reader. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'select',
  'button',
  'form',
  'head',
  'title',
]);
const EMPHASIS: Record<string, string> = { em: '*', i: '*', strong: '**', b: '**' };
/** Characters that mean something in the inline subset, escaped with a backslash. */
const SPECIAL = new Set(['\\', '*', '[', ']', '<']);
const WORD = /[\p{L}\p{N}_]/u;

/** Text that the subset shows exactly as it is: markers escaped; `_` only where it could open or close emphasis (not in snake_case or URLs). */
function escapeText(text: string): string {
  const chars = [...text];
  return chars
    .map((char, index) => {
      if (SPECIAL.has(char)) return `\\${char}`;
      if (char === '_' && !(WORD.test(chars[index - 1] ?? '') && WORD.test(chars[index + 1] ?? ''))) return '\\_';
      return char;
    })
    .join('');
}
const collapse = (text: string) => text.replace(/\s+/g, ' ');

/** Resolves a link against the page it came from; only http(s), mailto and tel survive. */
function linkTarget(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return safeUrl(new URL(href.trim(), base).href);
  } catch {
    return undefined;
  }
}

/** Puts `marker` around `inner`, keeping its edge spaces outside so that the subset still reads it as emphasis. */
function wrap(marker: string, inner: string): string {
  const text = inner.trim();
  if (!text) return inner;
  const lead = inner.startsWith(' ') ? ' ' : '';
  const tail = inner.endsWith(' ') ? ' ' : '';
  return `${lead}${marker}${text}${marker}${tail}`;
}

/**
 * The paragraphs of an HTML fragment, each in the inline subset.
 * `base` resolves relative links (the item's own address).
 */
export function htmlToParagraphs(html: string, base?: string): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = current
      .split('\n')
      .map((line) => collapse(line).trim())
      .filter(Boolean)
      .join('\n');
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  const inline = (nodes: ChildNode[], depth: number): string => nodes.map((node) => render(node, depth)).join('');
  const render = (node: ChildNode, depth: number): string => {
    if (node.type === 'text') return escapeText(collapse(node.data.replaceAll('\u0000', '')));
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return '';
    const element = node as Element;
    const name = element.name.toLowerCase();
    if (DROPPED.has(name)) return '';
    if (name === 'br') return '\n';
    if (BLOCKS.has(name)) {
      // A block inside inline content (a <div> in a <span>) still breaks the paragraph.
      return `\u0000${inline(element.children, depth)}\u0000`;
    }
    const inner = inline(element.children, depth + 1);
    if (name in EMPHASIS && depth < 3) return wrap(EMPHASIS[name], inner);
    if (name === 'a') {
      const href = linkTarget(element.attribs.href, base);
      const label = inner.trim();
      if (!href || !label || label.includes('\n')) return inner;
      return `${inner.startsWith(' ') ? ' ' : ''}[${label}](${href})${inner.endsWith(' ') ? ' ' : ''}`;
    }
    return inner;
  };
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  // Block boundaries are marked with NUL (never in decoded feed text) and split here.
  for (const piece of inline(document.children, 0).split('\u0000')) {
    current = piece;
    flush();
  }
  return paragraphs;
}

/** An HTML fragment as one line of plain inline text (titles, summaries). */
export const htmlToLine = (html: string, base?: string): string => htmlToParagraphs(html, base).join(' ').split('\n').join(' ');

/** Plain text (a JSON Feed `content_text`, an RSS title) as inline-subset text: escaped, never markup. */
export const textToParagraphs = (text: string): string[] =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => escapeText(paragraph.trim()))
    .filter(Boolean);

/** The `alt` text of the image at `src` in an HTML fragment (a feed's cover image is usually also in its content). */
export function altOf(html: string, src: string, base?: string): string | undefined {
  const find = (nodes: ChildNode[]): string | undefined => {
    for (const node of nodes) {
      if (node.type !== 'tag') continue;
      const element = node as Element;
      if (element.name === 'img' && element.attribs.alt?.trim() && linkTarget(element.attribs.src, base) === src)
        return collapse(element.attribs.alt).trim();
      const inner = find(element.children);
      if (inner) return inner;
    }
    return undefined;
  };
  return find(parseDocument(html, { decodeEntities: true, lowerCaseTags: true }).children);
}
