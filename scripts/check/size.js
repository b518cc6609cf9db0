// Size budget: brotli and gzip bytes of dist/kopiena.js with everything it
// imports statically, and of each lazily loaded chunk. Fails when the whole
// kit is over 23,000 B brotli, a locale chunk over 1,500 B, or a feature
// chunk (the archive reader, the vCard writer, <release-list>'s drawing code:
// fetched only by the pages that use them) over 2,500 B (issue #18: new
// features pay for themselves), or when a chunk that must stay lazy is not
// one (it was pulled into the kit, or is gone).
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const BUDGET = { main: 23_000, locale: 1_500, feature: 2_500 };
const LOCALES = new Set(['lv', 'ru', 'lt', 'et', 'uk', 'en']);
const PEER = { name: 'TimelineJS 3.9.11 (one timeline)', brotli: 64_700 };
const entry = 'dist/kopiena.js';
/** Feature chunks that must exist and stay out of the kit: `<release-list>` draws with one (issue #27). */
const MUST_BE_LAZY = ['release-list'];

if (!existsSync(entry)) {
  console.error(`${entry} is missing: run npm run build first.`);
  process.exit(1);
}

const staticImports = (code) => [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.[^"']+)["']/g)].map((m) => m[1]);
const dynamicImports = (code) => [...code.matchAll(/\bimport\(\s*["'`](\.[^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);

/** The entry and every module it reaches through static imports. */
function staticGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const spec of staticImports(code)) staticGraph(join(dirname(file), spec), seen);
  return seen;
}

const brotli = (buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

const main = [...staticGraph(entry)];
const mainBuffer = Buffer.concat(main.map((file) => readFileSync(file)));
const lazy = new Set();
for (const file of main) {
  for (const spec of dynamicImports(readFileSync(file, 'utf8'))) lazy.add(join(dirname(file), spec));
}

let failed = false;
const mainBrotli = brotli(mainBuffer);
console.log(
  `${entry} + ${main.length - 1} static chunk(s): ${kB(mainBuffer.length)} min, ${kB(gzip(mainBuffer))} gzip, ${kB(mainBrotli)} brotli (budget ${kB(BUDGET.main)}, ${kB(BUDGET.main - mainBrotli)} left)`
);
console.log(
  `  vs ${PEER.name}: ${kB(PEER.brotli)} brotli → kopiena is ${((mainBrotli / PEER.brotli) * 100).toFixed(0)} % of it (${(PEER.brotli / mainBrotli).toFixed(1)}× smaller)`
);
if (mainBrotli > BUDGET.main) {
  console.error(`FAIL: ${mainBrotli - BUDGET.main} B over the budget of ${kB(BUDGET.main)}`);
  failed = true;
}
for (const file of [...lazy].sort()) {
  const buffer = readFileSync(file);
  const size = brotli(buffer);
  // Chunk files are named `<module>-<hash>.js`: a locale's messages, or a feature.
  const kind = LOCALES.has(file.split('/').pop().split('-')[0]) ? 'locale' : 'feature';
  const over = size > BUDGET[kind];
  failed ||= over;
  console.log(
    `  lazy ${kind} ${relative('dist', file)}: ${kB(buffer.length)} min, ${kB(gzip(buffer))} gzip, ${kB(size)} brotli${over ? `  FAIL: over ${kB(BUDGET[kind])}` : ''}`
  );
}
const chunkName = (file) =>
  file
    .split('/')
    .pop()
    .replace(/-[\w-]{8}\.js$/, '');
for (const name of MUST_BE_LAZY) {
  if ([...lazy].some((file) => chunkName(file) === name)) continue;
  console.error(`FAIL: no lazy chunk ${name}: its code is in the kit, or the chunk is gone`);
  failed = true;
}
process.exit(failed ? 1 : 0);
