// The repository's documentation stands on its own (node --test): every
// relative link in README.md, CONTRIBUTING.md, CHANGELOG.md, docs/ and
// cli/README.md names a file inside the repository (and, with #anchor, a
// heading of that page, slugged as GitHub does), and no tracked file points at
// a folder outside it. Markdown is read with markdown-it, anchors made with
// github-slugger: the parser and the slugs GitHub itself uses.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { test } from 'node:test';
import GithubSlugger from 'github-slugger';
import MarkdownIt from 'markdown-it';

const root = process.cwd();
const markdown = new MarkdownIt({ html: true });
const pages = [
  'README.md',
  'CONTRIBUTING.md',
  'CHANGELOG.md',
  'cli/README.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
].filter((page) => existsSync(page));

/** Every token of a page, inline children included. */
function tokensOf(page) {
  const tokens = [];
  for (const token of markdown.parse(readFileSync(page, 'utf8'), {})) tokens.push(token, ...(token.children ?? []));
  return tokens;
}

/** The anchors GitHub gives a page's headings. */
function anchorsOf(page) {
  const slugger = new GithubSlugger();
  const tokens = markdown.parse(readFileSync(page, 'utf8'), {});
  const anchors = new Set();
  tokens.forEach((token, index) => {
    if (token.type !== 'heading_open') return;
    const text = tokens[index + 1].children.map((child) => (child.type === 'code_inline' || child.type === 'text' ? child.content : '')).join('');
    anchors.add(slugger.slug(text));
  });
  return anchors;
}

test('every relative link of the documentation names a file in the repository, and a heading there', () => {
  const broken = [];
  for (const page of pages) {
    for (const token of tokensOf(page)) {
      const target = token.type === 'link_open' ? token.attrGet('href') : token.type === 'image' ? token.attrGet('src') : null;
      if (!target || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // http:, https:, mailto:
      const [path, anchor] = target.split('#');
      const file = path ? resolve(dirname(page), decodeURI(path)) : resolve(page);
      if (relative(root, file).startsWith('..')) broken.push(`${page}: ${target} leaves the repository`);
      else if (!existsSync(file)) broken.push(`${page}: ${target} does not exist`);
      else if (anchor && statSync(file).isFile() && file.endsWith('.md') && !anchorsOf(relative(root, file)).has(anchor))
        broken.push(`${page}: ${target} names no heading of ${relative(root, file)}`);
    }
  }
  assert.deepEqual(broken, []);
});

test('no tracked file points at the specification folder outside the repository', () => {
  const outside = ['..', 'shared', 'spec'].join('/');
  const found = spawnSync('git', ['grep', '-l', '-F', outside], { encoding: 'utf8' });
  assert.equal(found.status, 1, `git grep found it in:\n${found.stdout}${found.stderr}`);
});

test('docs/theming.md lists every CSS part of each element, and every custom property, as custom-elements.json does', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const tokens = markdown.parse(readFileSync('docs/theming.md', 'utf8'), {});
  /** The inline code under each heading, by the heading's text. */
  const sections = new Map();
  let heading = '';
  tokens.forEach((token, index) => {
    if (token.type === 'heading_open') heading = tokens[index + 1].children.map((child) => child.content).join('');
    for (const child of token.children ?? []) {
      if (child.type !== 'code_inline') continue;
      if (!sections.has(heading)) sections.set(heading, new Set());
      sections.get(heading).add(child.content);
    }
  });
  const everywhere = new Set([...sections.values()].flatMap((codes) => [...codes]));
  const missing = [];
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName)) {
    const parts = sections.get(`<${declaration.tagName}>`) ?? new Set();
    for (const part of declaration.cssParts ?? []) if (!parts.has(part.name)) missing.push(`<${declaration.tagName}> part ${part.name}`);
    for (const property of declaration.cssProperties ?? [])
      if (!everywhere.has(property.name)) missing.push(`<${declaration.tagName}> property ${property.name}`);
  }
  assert.deepEqual(missing, []);
});
