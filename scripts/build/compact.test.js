// Unit tests of the bundle's template minification and msg() description
// stripping (node --test): the cases a regex minifier got wrong.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { parseSync } from 'vite';
import compact from './vite-plugins-compact.js';
import { stripMsgDesc } from './vite-plugin-msg-desc.js';

/** @typedef {(this: unknown, code: string, id: string) => Promise<{ code: string } | null> | { code: string } | null} Transform */
/** Each plugin's transform hook, as Vite calls it. */
const transforms = () => compact().map((plugin) => /** @type {Transform} */ (plugin.transform));

/** The source as the bundle gets it: every plugin vite.config.ts uses, in order, on a file in src/. */
async function minify(source) {
  const id = join(process.cwd(), 'src/example.ts');
  const context = { error: (message) => assert.fail(message), warn: (message) => assert.fail(message) };
  let code = source;
  for (const transform of transforms()) code = (await transform.call(context, code, id))?.code ?? code;
  return code;
}
const parses = (code) => assert.deepEqual(parseSync('output.ts', code).errors, [], code);

test('a descendant :hover keeps its space (".a :hover" is not ".a:hover")', async () => {
  const out = await minify('const s = css`\n  .a :hover {\n    color: red;\n  }\n`;');
  assert.match(out, /\.a :hover\{color:red\}/);
});

test('a colon inside a CSS string stays as written', async () => {
  const out = await minify("const s = css`\n  .a::before {\n    content: 'x : y';\n  }\n`;");
  assert.ok(out.includes('x : y'), out);
});

test('CSS comments and whitespace go, custom properties stay', async () => {
  const out = await minify('const s = css`\n  /* why */\n  :host {\n    --_space: var(--kopiena-spacing, 1rem);\n  }\n`;');
  assert.ok(!out.includes('why'), out);
  assert.ok(out.includes('--_space:var(--kopiena-spacing,1rem)'), out);
});

test('HTML whitespace collapses, the text between bindings keeps its space', async () => {
  const source = 'const t = html`\n  <p class="a" lang=${lang}>\n    ${first} ${second}\n  </p>\n  <button @click=${go}>Go</button>\n`;';
  const out = await minify(source);
  parses(out);
  assert.ok(out.includes('${first} ${second}'), out);
  assert.equal(out.match(/\$\{/g).length, 4, out);
  assert.ok(!out.includes('\n  '), out);
});

test('a nested template that starts with a space keeps it ("29 April 2020 · online")', async () => {
  const out = await minify('const t = html`<time>${date}</time>${place ? html`<span part="place"> · ${place}</span>` : nothing}`;');
  assert.ok(out.includes('<span part="place"> · ${place}</span>'), out);
});

test('a msg() whose options list desc before id keeps its id and stays valid code', async () => {
  const out = await minify("const s = msg('Copy link', { desc: 'Button that copies: a, b', id: 'copy-link' });");
  parses(out);
  assert.equal(out, "const s = msg('Copy link', { id: 'copy-link' });");
});

test('a test file and a file outside src/ are left alone', async () => {
  const source = "const s = css`.a { color: red; }`; msg('a', { id: 'x', desc: 'd' });";
  const context = { error: assert.fail, warn: assert.fail };
  for (const path of ['src/example.test.ts', 'demo/demo.ts']) {
    for (const transform of transforms())
      assert.equal((await transform.call(context, source, join(process.cwd(), path)))?.code ?? source, source, path);
  }
});

test('desc after id, desc alone, desc among several options, over several lines', () => {
  assert.equal(stripMsgDesc("msg('a', { id: 'x', desc: 'd' })"), "msg('a', { id: 'x' })");
  assert.equal(stripMsgDesc("msg('a', { desc: 'd' })"), "msg('a')");
  assert.equal(stripMsgDesc("msg('a', { id: 'x', desc: 'd', other: 1 })"), "msg('a', { id: 'x', other: 1 })");
  const multiline = "msg(str`${n} times`, {\n  desc: 'Counted, see\\nabove',\n  id: 'times',\n})";
  const out = stripMsgDesc(multiline);
  parses(out);
  assert.ok(out.includes("id: 'times'") && !out.includes('desc'), out);
  assert.equal(out.split('\n').length, multiline.split('\n').length, 'line breaks are kept for the source map');
});

test('other calls and other objects keep their desc', () => {
  const source = "other('a', { desc: 'd', id: 'x' }); const o = { desc: 'd' };";
  assert.equal(stripMsgDesc(source), source);
});
