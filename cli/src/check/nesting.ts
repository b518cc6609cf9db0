/**
 * How deep lists and objects may sit inside one another in what a person
 * hands the command (feed JSON, YAML). Checked right after parsing, without
 * recursion, so that nothing that walks the value later (the schema, the
 * writers) can run out of stack: "Maximum call stack size exceeded" is never
 * an answer. A feed needs about six levels.
 */
import { createScanner } from 'jsonc-parser';

export const MAX_NESTING = 64;

const OPEN = -1;

interface Frame {
  node: object;
  children: unknown[];
  next: number;
  height: number;
}

/**
 * Whether `root` has more than `limit` levels of objects and arrays, or holds
 * itself (a YAML alias inside its own anchor). A part shared by several
 * places (a YAML alias) is measured once.
 */
export function nestsDeeperThan(root: unknown, limit = MAX_NESTING): boolean {
  if (typeof root !== 'object' || root === null) return false;
  const heights = new Map<object, number>();
  const open = (node: object): Frame => {
    heights.set(node, OPEN);
    return { node, children: Object.values(node), next: 0, height: 1 };
  };
  const path: Frame[] = [open(root)];
  while (path.length) {
    const frame = path[path.length - 1];
    if (frame.next === frame.children.length) {
      path.pop();
      heights.set(frame.node, frame.height);
      if (frame.height > limit) return true;
      const parent = path[path.length - 1];
      if (parent) parent.height = Math.max(parent.height, frame.height + 1);
      continue;
    }
    const child = frame.children[frame.next++];
    if (typeof child !== 'object' || child === null) continue;
    const known = heights.get(child);
    if (known === OPEN) return true;
    if (known !== undefined) frame.height = Math.max(frame.height, known + 1);
    else if (path.length >= limit) return true;
    else path.push(open(child));
  }
  return false;
}

// jsonc-parser's SyntaxKind values (a const enum, which isolated modules cannot read).
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const END = 17;

/** The offset of the first `[` or `{` in JSON `text` past `limit` levels, if there is one (read by its tokenizer, not recursively). */
export function tooDeepOffset(text: string, limit = MAX_NESTING): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== END; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      if (++depth > limit) return scanner.getTokenOffset();
    } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) depth--;
  }
  return undefined;
}
