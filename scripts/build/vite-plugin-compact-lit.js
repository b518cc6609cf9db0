/**
 * Build-time trimming of what only developers and translators read, for the
 * script-tag bundle's size budget:
 * - whitespace in Lit `html`/`css` templates (HTML collapses it anyway; no
 *   <pre> or <textarea> is used), and comments in `css`;
 * - the `desc` of `msg()` options (it is for translators, read from source).
 * Line breaks are kept, so source maps stay right to the line.
 */
import { parseSync } from 'vite';

const walk = (node, visit) => {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((child) => walk(child, visit));
  if (typeof node.type === 'string') visit(node);
  for (const key in node) if (key !== 'parent') walk(node[key], visit);
};

const newlines = (text) => '\n'.repeat((text.match(/\n/g) ?? []).length);

export function compactHtml(text) {
  return text.replace(/\s*\n\s*/g, (run) => newlines(run)).replace(/>\n+</g, (run) => `>${run.slice(1, -1)}<`);
}

export function compactCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => newlines(comment))
    .replace(/\s+/g, (run) => (run.includes('\n') ? newlines(run) : ' '))
    .replace(/\n*([{};:,>])\n*/g, (run, mark) => newlines(run) + mark)
    .replace(/ ?([{};:,>]) ?/g, '$1');
}

const tagOf = (node) => (node.tag.type === 'Identifier' ? node.tag.name : '');

export default function compactLit() {
  return {
    name: 'kopiena:compact-lit',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || id.endsWith('.test.ts')) return null;
      const { program } = parseSync(id, code);
      const edits = [];
      walk(program, (node) => {
        if (node.type === 'TaggedTemplateExpression') {
          const tag = tagOf(node);
          const compact = tag === 'css' ? compactCss : /^(html|svg|staticHtml)$/.test(tag) ? compactHtml : undefined;
          if (!compact) return;
          for (const quasi of node.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const trimmed = compact(raw);
            if (trimmed !== raw) edits.push([quasi.start, quasi.end, trimmed]);
          }
        } else if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'msg') {
          const options = node.arguments[1];
          if (options?.type !== 'ObjectExpression') return;
          const desc = options.properties.find((property) => property.key?.name === 'desc');
          if (!desc) return;
          const only = options.properties.length === 1;
          // `msg(x, { desc })` → `msg(x)`; `{ id, desc }` → `{ id }`.
          const [start, end] = only ? [node.arguments[0].end, options.end] : [code.lastIndexOf(',', desc.start), desc.end];
          edits.push([start, end, newlines(code.slice(start, end))]);
        }
      });
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
