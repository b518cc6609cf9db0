// Unit tests of the import-circle check (node --test): what counts as an
// import (type-only and dynamic ones too), and that only circles are reported.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { circles, importCircles } from './import-circles.js';

function project(files) {
  const root = mkdtempSync(join(tmpdir(), 'kopiena-circles-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

test('a type-only import back, and a dynamic import back, each close a circle', () => {
  const root = project({
    'src/dates.ts': "import { en } from './dates/en.js';\nexport type Phrases = string;",
    'src/dates/en.ts': "import type { Phrases } from '../dates.js';\nexport const en: Phrases = '';",
    'src/archives.ts': "export const outcomes = new Map();\nexport const find = () => import('./load.js');",
    'src/load.ts': "import { outcomes } from './archives.js';",
  });
  const found = importCircles([join(root, 'src')], root).map((circle) => circle.sort());
  assert.deepEqual(found.sort(), [
    ['src/archives.ts', 'src/load.ts'],
    ['src/dates.ts', 'src/dates/en.ts'],
  ]);
});

test('a chain, a diamond and imports of packages are no circle', () => {
  const root = project({
    'src/a.ts': "import { b } from './b.js';\nimport { c } from './c.js';\nimport { html } from 'lit';",
    'src/b.ts': "export { d } from './d.js';",
    'src/c.ts': "import { d } from './d.js';",
    'src/d.ts': "export const d = 1; // import { a } from './a.js' in a comment is no import",
  });
  assert.deepEqual(importCircles([join(root, 'src')], root), []);
});

test('circles finds every strongly connected set, and a module importing itself', () => {
  const graph = new Map([
    ['a', ['b']],
    ['b', ['c']],
    ['c', ['a', 'd']],
    ['d', ['d']],
    ['e', ['a']],
  ]);
  assert.deepEqual(
    circles(graph).map((circle) => circle.sort()),
    [['d'], ['a', 'b', 'c']]
  );
});
