// zod and @lit/localize are used beyond their documented API (see
// src/feed/zod-internals.test.ts and src/i18n/localize-internals.test.ts), so
// both packages pin them to one exact version, the one installed: an upgrade
// is a deliberate change of the pin, and the internals tests then run on it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const pinned = ['zod', '@lit/localize'];

for (const name of pinned) {
  test(`${name} is pinned to the installed version in both packages`, () => {
    const installed = read(`node_modules/${name}/package.json`).version;
    for (const manifest of ['package.json', 'cli/package.json']) assert.equal(read(manifest).dependencies[name], installed, `${manifest}: ${name}`);
  });
}
