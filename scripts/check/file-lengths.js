// Fails when a source file reaches 400 lines (`npm run check:file-lengths`,
// one of the Node checks). The project's rule (CONTRIBUTING.md): files under
// 300 lines, none over 400; a long file is split by meaning, not cut. The
// modules lit-localize writes (src/generated/) are not written by hand and
// are left out.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { sourceFiles } from '../lib/import-circles.js';

const LIMIT = 400;
const folders = ['src', 'cli/src', 'cli/test', 'scripts', 'test', 'stories', '.storybook', 'tools/eslint'];

const lines = (text) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
const long = sourceFiles(folders)
  .map((file) => relative(process.cwd(), file))
  .filter((file) => !file.startsWith(`src${sep}generated${sep}`))
  .map((file) => ({ file, count: lines(readFileSync(file, 'utf8')) }))
  .filter(({ count }) => count >= LIMIT)
  .sort((a, b) => b.count - a.count);
for (const { file, count } of long) console.error(`${file}: ${count} lines (split it by meaning below ${LIMIT})`);
console.log(long.length ? `${long.length} file(s) of ${LIMIT} lines or more` : `every source file in ${folders.join(', ')} is under ${LIMIT} lines`);
process.exit(long.length ? 1 : 0);
