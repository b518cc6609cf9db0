/**
 * Feed text on a terminal. A feed, a file name or a server's answer may hold
 * control characters: an escape sequence can recolour, clear or retitle the
 * coordinator's terminal, hide the lines above it, or (with bidirectional
 * overrides) make a message read differently from what it says. Whatever
 * the command prints that came from outside goes through these, so such a
 * character shows as an escape (`\x1b`, `\u202e`) instead of acting.
 */

/** C0 controls, DEL, C1 controls, and the characters that reorder text (bidi marks, embeddings, overrides, isolates) or end a line. */
function isUnsafe(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

const hex = (code: number, digits: number) => code.toString(16).padStart(digits, '0');
const SHORT: Readonly<Record<number, string>> = { 0x09: '\\t', 0x0a: '\\n', 0x0d: '\\r' };

/** `text` with every unsafe character written as an escape: one line, shown as it is. */
export function terminalText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (!isUnsafe(code)) out += char;
    else out += SHORT[code] ?? (code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`);
  }
  return out;
}

/**
 * `value` as indented JSON whose strings escape the unsafe characters that
 * JSON.stringify leaves as they are (DEL, C1, bidi); the data read back is
 * the same.
 */
export function terminalJson(value: unknown): string {
  let out = '';
  for (const char of JSON.stringify(value, null, 2)) {
    const code = char.codePointAt(0)!;
    // JSON.stringify already escapes C0 inside strings; line breaks outside them are its indentation.
    out += code >= 0x20 && isUnsafe(code) ? `\\u${hex(code, 4)}` : char;
  }
  return out;
}
