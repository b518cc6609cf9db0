/**
 * The inline-markdown subset of feed text: `*em*` `_em_` `**strong**`
 * `[label](url)` `<https://autolink>`, bare http(s) URLs and e-mail
 * addresses, and `\` escapes. Everything else, raw HTML included, is text.
 * The result is a tree of plain objects that templates render into DOM
 * nodes: no string of the feed is ever parsed as HTML.
 *
 * One pass, linear in the length of the text (a feed line must not freeze
 * the pages that show it): each character is read once by the innermost open
 * span. A span stops at its own closer, or at the closer of a span around it,
 * which it leaves open for that span: an opener that finds no closer becomes
 * text in front of what was read after it, and nothing is read twice.
 */
import { safeUrl } from './safe-url.js';

export type InlineNode =
  { type: 'text'; text: string } | { type: 'em' | 'strong'; children: InlineNode[] } | { type: 'link'; href: string; children: InlineNode[] };

/** Longer text is shown as plain text: markup in it is not worth a parse. */
const MAX_MARKUP_LENGTH = 20_000;
const MAX_DEPTH = 4;
const PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}_]/u;
const BARE_URL = /https?:\/\/[^\s<>"]+/y;
/** At most 64 characters before the `@` (RFC 5321), so a long run without one is not read again from each of its dots. */
const EMAIL = /[\w.%+-]{1,64}@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/iy;
const AUTOLINK = /<([^\s<>]+)>/y;
const LINK_TARGET = /\(([^\s()]*)\)/y;

/** A bare URL without the punctuation that usually ends the sentence around it (and a `)` it does not open). */
function trimUrl(url: string): string {
  let end = url.length;
  while (`.,;:!?'"*_${url.includes('(') ? '' : ')'}`.includes(url[end - 1])) end--;
  return url.slice(0, end);
}

function match(pattern: RegExp, source: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(source);
}

/** `refused` hears each `[label](target)` target that is not a safe URL (kopiena validate reports them). */
export function parseInline(source: string, refused?: (target: string) => void): InlineNode[] {
  if (source.length > MAX_MARKUP_LENGTH) return [{ type: 'text', text: source }];
  const isWord = (at: number) => WORD.test(source[at] ?? '');
  const closes = (closer: string) => source.startsWith(closer, at) && (closer !== '_' || !isWord(at + 1));
  let at = 0;
  // Before this index a bare URL was refused: its run is not tried again from each `http` in it.
  let plainUntil = 0;

  /** Reads from `at` to the first closer of `closers`: its own (consumed, true) or an enclosing span's (left to it, false), or the end. */
  function parse(closers: string[]): [InlineNode[], boolean] {
    const nodes: InlineNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ type: 'text', text });
      text = '';
    };
    const add = (node: InlineNode) => {
      if (node.type === 'text') text += node.text;
      else {
        flush();
        nodes.push(node);
      }
    };
    const link = (href: string, label: string) => {
      add({ type: 'link', href, children: [{ type: 'text', text: label }] });
      at += label.length;
    };

    while (at < source.length) {
      const char = source[at];
      const closer = closers.findIndex(closes);
      if (closer >= 0) {
        if (closer) break;
        at += closers[0].length;
        flush();
        return [nodes, true];
      }
      if (char === '\\' && PUNCTUATION.test(source[at + 1])) {
        text += source[at + 1];
        at += 2;
        continue;
      }
      if ((char === '*' || char === '[' || (char === '_' && !isWord(at - 1))) && closers.length < MAX_DEPTH) {
        const marker = char === '*' && source[at + 1] === '*' ? '**' : char;
        const start = (at += marker.length);
        const [children, closed] = parse([marker === '[' ? ']' : marker, ...closers]);
        const target = marker === '[' && closed && match(LINK_TARGET, source, at);
        const href = target && safeUrl(target[1]);
        if (closed && children.length && (marker !== '[' || target)) {
          if (target) {
            at += target[0].length;
            if (!href) refused?.(target[1]);
          }
          // A refused target leaves only its label, as text.
          if (href) add({ type: 'link', href, children });
          else if (target) children.forEach(add);
          else add({ type: marker === '**' ? 'strong' : 'em', children });
          continue;
        }
        // An opener without a closer is text; what was read after it stays read.
        text += marker;
        if (closed && !children.length) at = start;
        else {
          children.forEach(add);
          if (closed) text += ']';
        }
        continue;
      }
      if (char === '<') {
        const autolink = match(AUTOLINK, source, at);
        const href = autolink && safeUrl(autolink[1]);
        if (href) {
          link(href, autolink[1]);
          at += 2;
          continue;
        }
      }
      if (at >= plainUntil && !isWord(at - 1) && WORD.test(char)) {
        const url = match(BARE_URL, source, at);
        const label = url ? trimUrl(url[0]) : match(EMAIL, source, at)?.[0];
        const href = label && (url ? safeUrl(label) : `mailto:${label}`);
        if (href) {
          link(href, label);
          continue;
        }
        if (url) plainUntil = at + url[0].length;
      }
      text += char;
      at++;
    }
    flush();
    return [nodes, false];
  }

  return parse([])[0];
}
