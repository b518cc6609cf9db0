/**
 * A feed file: JSON.parse for the value (fast and exact), and a parser that
 * keeps positions (jsonc-parser, in strict JSON mode) only when a problem
 * needs its line and column, or to say where a syntax error is.
 */
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { JsonSlip, Said } from '../words/said.js';
import { inEnglish } from '../words/speaker.js';
import { MAX_NESTING, nestsDeeperThan, tooDeepOffset } from './nesting.js';
import { lineCounter, type Position } from './positions.js';
import type { PathKey } from './paths.js';
import type { Source } from './source.js';

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** jsonc-parser's error names that the words know (its codes are a const enum, which isolated modules cannot read). */
const SLIPS = new Set<string>([
  'InvalidSymbol',
  'InvalidNumberFormat',
  'PropertyNameExpected',
  'ValueExpected',
  'ColonExpected',
  'CommaExpected',
  'CloseBraceExpected',
  'CloseBracketExpected',
  'EndOfFileExpected',
  'InvalidCommentToken',
  'UnexpectedEndOfComment',
  'UnexpectedEndOfString',
  'UnexpectedEndOfNumber',
  'InvalidUnicode',
  'InvalidEscapeCharacter',
  'InvalidCharacter',
]);

/** Reads feed JSON text; `file` names it in problems. */
export function jsonSource(file: string, text: string): Source {
  const position = lineCounter(text);
  const refuse = (offset: number, said: Said): Source => ({
    problems: [{ file, ...position(offset), path: '', severity: 'error', message: inEnglish(said), said }],
    locate: () => ({ file, line: 1, column: 1 }),
  });
  let feed: unknown;
  try {
    feed = JSON.parse(text);
  } catch {
    // jsonc-parser reads recursively: too deep a text is refused before it is asked where the mistake is.
    const deep = tooDeepOffset(text);
    if (deep !== undefined) return refuse(deep, { code: 'too-deep', limit: MAX_NESTING });
    const errors: ParseError[] = [];
    parse(text, errors, STRICT);
    const first = errors[0];
    const name = first ? printParseErrorCode(first.error) : 'other';
    return refuse(first?.offset ?? 0, { code: 'json-syntax', slip: SLIPS.has(name) ? (name as JsonSlip) : 'other' });
  }
  if (nestsDeeperThan(feed, MAX_NESTING)) return refuse(tooDeepOffset(text) ?? 0, { code: 'too-deep', limit: MAX_NESTING });
  let tree: Node | undefined;
  return {
    feed,
    problems: [],
    locate(path: readonly PathKey[]) {
      tree ??= parseTree(text, [], STRICT);
      let at: Position = { line: 1, column: 1 };
      if (!tree) return { file, ...at };
      // The deepest node that exists: a missing field is reported at the object that lacks it.
      for (let depth = path.length; depth >= 0; depth--) {
        const node = findNodeAtLocation(tree, path.slice(0, depth) as PathKey[]);
        if (node) {
          at = position(node.offset);
          break;
        }
      }
      return { file, ...at };
    },
  };
}
