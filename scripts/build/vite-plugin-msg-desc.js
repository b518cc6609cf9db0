/**
 * Drops the `desc` of kopiena's `msg()` options from the script-tag bundle:
 * it is for translators, who read it from the source (XLIFF), never at run
 * time. `msg(x, { id, desc })` and `msg(x, { desc, id })` both become
 * `msg(x, { id })`. The edit is made on the syntax tree's positions, and line
 * breaks are kept, so source maps stay right to the line.
 */
import { parseSync } from 'vite';

const walk = (node, visit) => {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((child) => walk(child, visit));
  if (typeof node.type === 'string') visit(node);
  for (const key in node) if (key !== 'parent') walk(node[key], visit);
};

const newlines = (text) => '\n'.repeat(text.split('\n').length - 1);

const keyName = (property) => (property.type === 'Property' && !property.computed ? (property.key.name ?? property.key.value) : undefined);

/** The code with every `desc` property of a `msg(…, { … })` call removed. */
export function stripMsgDesc(code, fileName = 'input.ts') {
  const { program, errors } = parseSync(fileName, code);
  if (errors?.length) throw new Error(`${fileName}: ${errors[0].message}`);
  const edits = [];
  walk(program, (node) => {
    if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'msg') return;
    const options = node.arguments[1];
    if (options?.type !== 'ObjectExpression') return;
    const { properties } = options;
    const index = properties.findIndex((property) => keyName(property) === 'desc');
    if (index < 0) return;
    // The property and the comma that joins it to a neighbour: the next one's
    // start when there is one, else back to the previous one's end.
    const [start, end] =
      properties.length === 1
        ? [node.arguments[0].end, options.end] // `msg(x, { desc })` → `msg(x)`
        : index < properties.length - 1
          ? [properties[index].start, properties[index + 1].start]
          : [properties[index - 1].end, properties[index].end];
    edits.push([start, end]);
  });
  let out = code;
  for (const [start, end] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + newlines(out.slice(start, end)) + out.slice(end);
  return out;
}

export default function msgDesc() {
  return {
    name: 'kopiena:msg-desc',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || id.endsWith('.test.ts') || !code.includes('msg(')) return null;
      const out = stripMsgDesc(code, id);
      return out === code ? null : { code: out, map: null };
    },
  };
}
