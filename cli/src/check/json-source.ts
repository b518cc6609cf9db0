/**
 * A feed file: JSON.parse for the value (fast and exact), and a parser that
 * keeps positions (jsonc-parser, in strict JSON mode) only when a problem
 * needs its line and column, or to say where a syntax error is.
 */
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { MAX_NESTING, nestsDeeperThan, TOO_DEEP, tooDeepOffset } from './nesting.js';
import { lineCounter, type Position } from './positions.js';
import type { PathKey } from './paths.js';
import type { Source } from './source.js';

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** By jsonc-parser's error names (its codes are a const enum, which isolated modules cannot read). */
const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'this number is not written as JSON numbers are',
  PropertyNameExpected: 'expected a name in double quotes (a comma too many?)',
  ValueExpected: 'expected a value (a comma too many, or a missing value?)',
  ColonExpected: 'expected ":" after the name',
  CommaExpected: 'expected a comma or a closing bracket (a missing comma?)',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: 'expected the end of the file after the document',
  InvalidCommentToken: 'JSON has no comments',
  UnexpectedEndOfComment: 'JSON has no comments',
  UnexpectedEndOfString: 'this text has no closing double quote',
  UnexpectedEndOfNumber: 'this number ends too early',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape after a backslash',
  InvalidCharacter: 'a line break or control character inside text (write \\n)',
};

/** Reads feed JSON text; `file` names it in problems. */
export function jsonSource(file: string, text: string): Source {
  const position = lineCounter(text);
  const refuse = (offset: number, message: string): Source => ({
    problems: [{ file, ...position(offset), path: '', severity: 'error', message }],
    locate: () => ({ file, line: 1, column: 1 }),
  });
  let feed: unknown;
  try {
    feed = JSON.parse(text);
  } catch (error) {
    // jsonc-parser reads recursively: too deep a text is refused before it is asked where the mistake is.
    const deep = tooDeepOffset(text);
    if (deep !== undefined) return refuse(deep, TOO_DEEP);
    const errors: ParseError[] = [];
    parse(text, errors, STRICT);
    const first = errors[0];
    const reason = first ? (SYNTAX[printParseErrorCode(first.error)] ?? 'not JSON') : (error as Error).message;
    return refuse(first?.offset ?? 0, `is not valid JSON: ${reason}`);
  }
  if (nestsDeeperThan(feed, MAX_NESTING)) return refuse(tooDeepOffset(text) ?? 0, TOO_DEEP);
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
