/**
 * YAML (kopiena.yml, front matter) read with the `yaml` package, keeping
 * where each value was written. Numbers stay numbers (`version: 1`), dates
 * stay text (the YAML 1.2 core schema has no timestamps).
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { PathKey } from '../check/paths.js';
import { lineCounter } from '../check/positions.js';
import { problemAt, type Located } from './located.js';

/** The `yaml` package's messages, said for a coordinator. */
function describeYamlError(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'this name is given twice in the same place';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'is not valid YAML: put a text that holds ": " in quotes ("…"), or check the indentation';
    case 'TAB_AS_INDENT':
      return 'is not valid YAML: indent with spaces, not tabs';
    default:
      return `is not valid YAML: ${message}`;
  }
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
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  if (document.errors.length) {
    // Only the first: the errors after a YAML mistake are mostly its echoes.
    const [first] = document.errors;
    return { problems: [problemAt(file, at(first.pos[0]), describeYamlError(first.code, first.message))], positions: [] };
  }
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
  return { value: document.toJS({ maxAliasCount: 100 }) ?? undefined, problems: [], positions };
}
