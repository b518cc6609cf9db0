/**
 * The inline-markdown subset of feed text: `*em*` `_em_` `**strong**`
 * `[label](url)` `<https://autolink>`, bare http(s) URLs and e-mail
 * addresses, and `\` escapes. Everything else, raw HTML included, is text.
 * The result is a tree of plain objects that templates render into DOM
 * nodes: no string of the feed is ever parsed as HTML.
 */
import { safeUrl } from './safe-url.js';

export type InlineNode =
  { type: 'text'; text: string } | { type: 'em' | 'strong'; children: InlineNode[] } | { type: 'link'; href: string; children: InlineNode[] };

/** Longer text is shown as plain text: markup in it is not worth a slow parse. */
const MAX_MARKUP_LENGTH = 20_000;
const MAX_DEPTH = 4;
const PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}_]/u;
const BARE_URL = /https?:\/\/[^\s<>"]+/y;
const EMAIL = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/iy;
const AUTOLINK = /<([^\s<>]+)>/y;
const LINK_TARGET = /\(([^\s()]*)\)/y;

interface Parsed {
  nodes: InlineNode[];
  end: number;
  closed: boolean;
}

/** A bare URL without the punctuation that usually ends the sentence around it. */
function trimUrl(url: string): string {
  const trimmed = url.replace(/[.,;:!?'"*_]+$/, '');
  return trimmed.endsWith(')') && !trimmed.includes('(') ? trimUrl(trimmed.slice(0, -1)) : trimmed;
}

function match(pattern: RegExp, source: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(source);
}

/** `refused` hears each `[label](target)` target that is not a safe URL (kopiena validate reports them). */
export function parseInline(source: string, refused?: (target: string) => void): InlineNode[] {
  if (source.length > MAX_MARKUP_LENGTH) return [{ type: 'text', text: source }];
  const isWord = (at: number) => WORD.test(source[at] ?? '');

  function parse(start: number, close: string, depth: number): Parsed {
    const nodes: InlineNode[] = [];
    let text = '';
    let at = start;
    const flush = () => {
      if (text) nodes.push({ type: 'text', text });
      text = '';
    };
    const push = (node: InlineNode, end: number) => {
      flush();
      nodes.push(node);
      at = end;
    };

    while (at < source.length) {
      const char = source[at];
      if (close && source.startsWith(close, at) && (close !== '_' || !isWord(at + 1))) {
        flush();
        return { nodes, end: at + close.length, closed: true };
      }
      if (char === '\\' && PUNCTUATION.test(source[at + 1] ?? '')) {
        text += source[at + 1];
        at += 2;
        continue;
      }
      if ((char === '*' || char === '[' || (char === '_' && !isWord(at - 1))) && depth < MAX_DEPTH) {
        const marker = char === '*' && source[at + 1] === '*' ? '**' : char;
        const closer = marker === '[' ? ']' : marker;
        if (source.indexOf(closer, at + marker.length + 1) > 0) {
          const inner = parse(at + marker.length, closer, depth + 1);
          if (inner.closed && inner.nodes.length) {
            if (marker !== '[') {
              push({ type: marker === '**' ? 'strong' : 'em', children: inner.nodes }, inner.end);
              continue;
            }
            const target = match(LINK_TARGET, source, inner.end);
            if (target) {
              const href = safeUrl(target[1]);
              flush();
              // A refused target leaves only its label, as text.
              if (href) nodes.push({ type: 'link', href, children: inner.nodes });
              else {
                refused?.(target[1]);
                nodes.push(...inner.nodes);
              }
              at = inner.end + target[0].length;
              continue;
            }
          }
        }
      }
      if (char === '<') {
        const autolink = match(AUTOLINK, source, at);
        const href = autolink && safeUrl(autolink[1]);
        if (autolink && href) {
          push({ type: 'link', href, children: [{ type: 'text', text: autolink[1] }] }, at + autolink[0].length);
          continue;
        }
      }
      if (!isWord(at - 1) && (char === 'h' || WORD.test(char))) {
        const url = char === 'h' ? match(BARE_URL, source, at) : null;
        const href = url && safeUrl(trimUrl(url[0]));
        if (url && href) {
          const label = trimUrl(url[0]);
          push({ type: 'link', href, children: [{ type: 'text', text: label }] }, at + label.length);
          continue;
        }
        const email = match(EMAIL, source, at);
        if (email) {
          push({ type: 'link', href: `mailto:${email[0]}`, children: [{ type: 'text', text: email[0] }] }, at + email[0].length);
          continue;
        }
      }
      text += char;
      at++;
    }
    flush();
    return { nodes, end: at, closed: false };
  }

  return parse(0, '', 0).nodes;
}
