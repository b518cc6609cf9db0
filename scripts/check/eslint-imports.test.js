// The lint rule that keeps the command's imports of the widgets' code on one
// entry (tools/eslint/index.js): the project's own ESLint config run on
// import lines as they would stand in files of cli/src (node --test).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

/** The messages of no-restricted-imports for `code` as the file at `path` (nothing is written). */
async function refused(path, code) {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.line);
}

test('a file of cli/src that imports src/feed or src/i18n directly fails lint', async () => {
  const code = [
    "import { LIMITS } from '../../../src/feed/schema.js';",
    "import type { Locale } from '../../../src/i18n/messages.js';",
    "export { safeUrl } from '../../src/feed/safe-url.js';",
    "import '../../../src/index.js';",
    'export const used = [LIMITS] as unknown as Locale[];',
  ].join('\n');
  assert.deepEqual(await refused('cli/src/site/example.ts', code), [1, 2, 3, 4]);
});

test('src/core.js passes, and only the server renderer may define the elements', async () => {
  const code =
    "import { LIMITS, type Locale } from '../../../src/core.js';\nimport '../../../src/index.js';\nexport const used = [LIMITS] as unknown as Locale[];";
  assert.deepEqual(await refused('cli/src/site/example.ts', code), [2]);
  assert.deepEqual(await refused('cli/src/site/render.ts', code), []);
  assert.deepEqual(await refused('cli/src/site/render.ts', "import '../../../src/feed/schema.js';"), [1]);
});

test("the command's own modules and packages are not refused", async () => {
  const code = "import { readSource } from '../source/read.js';\nimport { html } from 'lit';\nexport const used = [readSource, html];";
  assert.deepEqual(await refused('cli/src/site/example.ts', code), []);
});

test('the embed snippet, bundled for the browser, may import the attribute defaults alone', async () => {
  const code = "import { DEFAULT_LIMIT } from '../../../src/shared/attribute-defaults.js';\nexport const used = DEFAULT_LIMIT;";
  assert.deepEqual(await refused('cli/src/site/embed-snippet.ts', code), []);
  assert.deepEqual(await refused('cli/src/site/embed.ts', code), [1]);
});
