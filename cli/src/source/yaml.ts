/**
 * YAML (kopiena.yml, front matter) read with the `yaml` package, keeping
 * where each value was written. Numbers stay numbers (`version: 1`), dates
 * stay text (the YAML 1.2 core schema has no timestamps).
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { MAX_NESTING, nestsDeeperThan } from '../check/nesting.js';
import type { PathKey } from '../check/paths.js';
import { lineCounter } from '../check/positions.js';
import type { Said, SyntaxSlip } from '../words/said.js';
import { saidAt, type Located } from './located.js';

/** The `yaml` package's error codes, said for a coordinator (its own messages speak of flow sequences and implicit keys). */
function slipOf(code: string): SyntaxSlip {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'twice';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'colon';
    case 'TAB_AS_INDENT':
      return 'tab';
    default:
      return 'other';
  }
}

const TOO_DEEP: Said = { code: 'too-deep', limit: MAX_NESTING };

/** How often the values behind `&anchor`s may be repeated by `*alias`es: a few lines of aliases of aliases can stand for a billion values. */
export const MAX_ALIAS_COUNT = 100;

/** The first node nested deeper than MAX_NESTING and the first alias, found without recursion. */
function survey(root: Node | null | undefined): { tooDeep?: Node; firstAlias?: Node } {
  const found: { tooDeep?: Node; firstAlias?: Node } = {};
  const stack: Array<[Node | null | undefined, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!node) continue;
    if (isAlias(node) && (!found.firstAlias || (node.range?.[0] ?? 0) < (found.firstAlias.range?.[0] ?? 0))) found.firstAlias = node;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth >= MAX_NESTING) {
      found.tooDeep = node;
      return found;
    }
    for (const item of node.items) {
      if (isPair(item)) stack.push([item.key as Node | null, depth + 1], [item.value as Node | null, depth + 1]);
      else stack.push([item as Node, depth + 1]);
    }
  }
  return found;
}

/**
 * Parses YAML `text` from `file`; `firstLine` is the file line the text
 * starts on (front matter starts below its `---`).
 */
export function readYaml(file: string, text: string, firstLine = 1): Located<unknown> {
  const position = lineCounter(text);
  const at = (offset: number) => {
    const { line, column } = position(offset);
    return { line: line + firstLine - 1, column };
  };
  let document;
  try {
    document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  } catch (error) {
    // The yaml package's parser reads nested blocks (`- - - …`) recursively: too deep a text runs out of stack.
    if (!(error instanceof RangeError)) throw error;
    return { problems: [saidAt(file, at(0), TOO_DEEP)], positions: [] };
  }
  if (document.errors.length) {
    // Only the first: the errors after a YAML mistake are mostly its echoes.
    const [first] = document.errors;
    // The yaml package ran out of stack composing the lists and mappings.
    if (first.code === 'RESOURCE_EXHAUSTION') return { problems: [saidAt(file, at(first.pos[0]), TOO_DEEP)], positions: [] };
    return { problems: [saidAt(file, at(first.pos[0]), { code: 'syntax', slip: slipOf(first.code) })], positions: [] };
  }
  const refuse = (node: Node | undefined, said: Said): Located<unknown> => ({
    problems: [saidAt(file, at(node?.range?.[0] ?? 0), said)],
    positions: [],
  });
  // Checked before anything below walks the document recursively.
  const { tooDeep, firstAlias } = survey(document.contents as Node | null);
  if (tooDeep) return refuse(tooDeep, TOO_DEEP);
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return refuse(
      firstAlias,
      error.message.includes('Excessive alias count') ? { code: 'aliases', slip: 'many', limit: MAX_ALIAS_COUNT } : { code: 'syntax', slip: 'other' }
    );
  }
  if (firstAlias && nestsDeeperThan(value, MAX_NESTING)) return refuse(firstAlias, { code: 'aliases', slip: 'self', limit: MAX_NESTING });
  const positions: Located<unknown>['positions'] = [];
  const walk = (node: Node | null | undefined, path: PathKey[], keyOffset?: number) => {
    if (!node) return;
    // A mapping or list is named where its key is; a plain value where it is.
    const offset = isScalar(node) || keyOffset === undefined ? (node.range?.[0] ?? 0) : keyOffset;
    positions.push([path, at(offset)]);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        walk(pair.value as Node | null, [...path, String(pair.key.value)], pair.key.range?.[0]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item as Node, [...path, index]));
    }
  };
  walk(document.contents as Node | null, []);
  return { value: value ?? undefined, problems: [], positions };
}
