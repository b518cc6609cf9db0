// Fuzzing `kopiena validate`, `kopiena build` and the source reader (issue
// #24): the example source folder that `kopiena init` writes (cli/dist/template,
// made by the build), and the seed feed.json, mutated at random by fast-check
// (bytes, YAML, CSV and Markdown pieces, whole files removed), then validated
// and built in-process, for about 36 seconds. Whatever the bytes, the command
// must answer in words: no exception escapes, never "unexpected error" or
// "Maximum call stack", and the exit code is 0, 1 or 2; `build` writes only
// under its --out, all or nothing, and leaves the source folder as it was.
// A failure prints fast-check's seed and the shrunk mutations: rerun with
// KOPIENA_FUZZ_SEED=<seed> to reproduce it.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { kopiena, repoRoot, scratchDir } from './helpers.js';

/** How long each property runs (the whole file takes about twice this). */
const BUDGET_MS = Number(process.env.KOPIENA_FUZZ_MS ?? 12_000);
const SEED = process.env.KOPIENA_FUZZ_SEED === undefined ? undefined : Number(process.env.KOPIENA_FUZZ_SEED);

/** Pieces that mean something to YAML, Markdown front matter, CSV or the feed: a random byte rarely finds these. */
const PIECES = [
  '---\n',
  ': ',
  '\n',
  '\r\n',
  '  ',
  '- ',
  '&a ',
  '*a',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '#',
  '|\n',
  '!!binary ',
  '\t',
  ',',
  ';',
  '\uFEFF',
  '\u0000',
  '\u202E',
  'published: 2020-13-45\n',
  'title: ',
  'image: ../../../etc/passwd\n',
  'language: ../x\n',
  '@en',
  '"unclosed',
  '- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -',
  '['.repeat(200),
  '{"a":'.repeat(100),
  'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n',
  'x: &s [*s]\n',
  `"deep": ${'['.repeat(100)}${']'.repeat(100)},\n`,
  '[a](javascript:alert(1)) **b _c [[d](',
];

interface Mutation {
  file: number;
  /** `line` inserts at the start of a line, where a whole YAML or JSON piece still parses. */
  kind: 'insert' | 'line' | 'delete' | 'replace' | 'duplicate' | 'remove';
  at: number;
  length: number;
  piece: Uint8Array;
}

const piece = fc.oneof(
  fc.constantFrom(...PIECES).map((text) => new TextEncoder().encode(text)),
  fc.uint8Array({ maxLength: 16 }),
  fc.string({ maxLength: 16, unit: 'binary' }).map((text) => new TextEncoder().encode(text))
);
const mutation = fc.record({
  file: fc.nat(),
  kind: fc.constantFrom('insert', 'line', 'line', 'delete', 'replace', 'duplicate', 'remove'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat(80),
  piece,
}) as fc.Arbitrary<Mutation>;
const mutations = fc.array(mutation, { minLength: 1, maxLength: 6 });
/** For `build`, which takes a second a run: one or two changes, so that many runs still make a site and its writes are watched. */
const fewMutations = fc.array(mutation, { minLength: 0, maxLength: 2 });

/** Applies `mutation` to one file of `files` (paths to bytes); `remove` deletes the file. */
function mutate(files: Map<string, Uint8Array>, mutation: Mutation): void {
  const names = [...files.keys()];
  if (!names.length) return;
  const name = names[mutation.file % names.length];
  const bytes = files.get(name)!;
  const at = Math.floor(mutation.at * bytes.length);
  const end = Math.min(bytes.length, at + mutation.length);
  const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));
  switch (mutation.kind) {
    case 'insert':
      return void files.set(name, join(bytes.subarray(0, at), mutation.piece, bytes.subarray(at)));
    case 'line': {
      const start = bytes.lastIndexOf(0x0a, at) + 1;
      return void files.set(name, join(bytes.subarray(0, start), mutation.piece, bytes.subarray(start)));
    }
    case 'delete':
      return void files.set(name, join(bytes.subarray(0, at), bytes.subarray(end)));
    case 'replace':
      return void files.set(name, join(bytes.subarray(0, at), mutation.piece, bytes.subarray(end)));
    case 'duplicate':
      return void files.set(name, join(bytes.subarray(0, end), bytes.subarray(at)));
    case 'remove':
      return void files.delete(name);
  }
}

/** Every file under `dir`, by path relative to it. */
function readTree(dir: string, files = new Map<string, Uint8Array>(), root = dir): Map<string, Uint8Array> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) readTree(path, files, root);
    else if (entry.isFile()) files.set(relative(root, path), readFileSync(path));
  }
  return files;
}

/** Runs the command in this process through its `io`, with what it prints kept, as a user would see it. */
async function run(argv: string[]): Promise<{ status: number; output: string }> {
  const result = await kopiena(argv);
  return { status: result.status ?? -1, output: result.stdout + result.stderr };
}

/** What must hold for every input: an exit code of the three, and words a person can act on. */
function assertAnswered({ status, output }: { status: number; output: string }): void {
  assert.ok([0, 1, 2].includes(status), `exit code ${status}:\n${output}`);
  assert.doesNotMatch(output, /unexpected error|Maximum call stack|is not a function|Cannot read properties|undefined|\[object /, output);
}

const settings = (): fc.Parameters<[Mutation[]]> => ({
  interruptAfterTimeLimit: BUDGET_MS,
  markInterruptAsFailure: false,
  numRuns: 1_000_000,
  seed: SEED,
});

/** Writes `files` (paths to bytes) under `dir`. */
function writeTree(dir: string, files: Map<string, Uint8Array>): void {
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
}

/** Files by path, as comparable text (a Buffer read back and a Uint8Array written are not deepEqual). */
const digest = (files: Map<string, Uint8Array>) =>
  Object.fromEntries([...files].map(([path, bytes]) => [path, Buffer.from(bytes).toString('base64')]));

/** Every path under `dir` (folders too), relative to it, sorted. */
const listTree = (dir: string): string[] => (readdirSync(dir, { recursive: true }) as string[]).sort();

describe(`kopiena validate and build on mutated input (fuzz, about ${Math.round((3 * BUDGET_MS) / 1000)} s)`, () => {
  it('answers a mutated source folder in words, with exit code 0, 1 or 2', async (t) => {
    // What `kopiena init` writes; the CMS page is left out (validate never reads it).
    const original = readTree(join(repoRoot, 'cli/dist/template'));
    for (const path of original.keys()) if (path.startsWith('admin')) original.delete(path);
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(mutations, async (list) => {
        const files = new Map(original);
        for (const mutation of list) mutate(files, mutation);
        const dir = scratchDir('kopiena-fuzz-');
        try {
          writeTree(dir, files);
          assertAnswered(await run(['validate', dir]));
          runs++;
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      settings()
    );
    assert.ok(runs > 0);
    t.diagnostic(`${runs} mutated folders validated`);
  });

  it('answers a mutated feed.json in words, with exit code 0, 1 or 2', async (t) => {
    const seedFeed = readFileSync(join(repoRoot, 'test/fixtures/feed.json'));
    const dir = scratchDir('kopiena-fuzz-feed-');
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(mutations, async (list) => {
        const files = new Map([['feed.json', new Uint8Array(seedFeed)]]);
        for (const mutation of list) mutate(files, { ...mutation, kind: mutation.kind === 'remove' ? 'insert' : mutation.kind });
        writeFileSync(join(dir, 'feed.json'), files.get('feed.json')!);
        assertAnswered(await run(['validate', join(dir, 'feed.json'), '--format', 'json']));
        runs++;
      }),
      settings()
    );
    assert.ok(runs > 0);
    t.diagnostic(`${runs} mutated feeds validated`);
  });

  it('builds a mutated source folder only into --out, all or nothing, and leaves the folder as it was', async (t) => {
    const original = readTree(join(repoRoot, 'cli/dist/template'));
    for (const path of original.keys()) if (path.startsWith('admin')) original.delete(path);
    let runs = 0;
    let built = 0;
    await fc.assert(
      fc.asyncProperty(fewMutations, async (list) => {
        const files = new Map(original);
        for (const change of list) mutate(files, change);
        // Two folders deep, so a write that climbs out of --out (`../../x`) still lands where the test looks.
        const root = scratchDir('kopiena-fuzz-build-');
        const source = join(root, 'a/b/source');
        const out = join(root, 'a/b/site');
        try {
          writeTree(source, files);
          const before = listTree(root);
          const result = await run(['build', source, '--out', out, '--lang', 'lv']);
          assertAnswered(result);
          assert.deepEqual(digest(readTree(source)), digest(files), `the source folder changed:\n${result.output}`);
          const outside = listTree(root).filter((path) => !before.includes(path) && path !== 'a/b/site' && !path.startsWith('a/b/site/'));
          assert.deepEqual(outside, [], `written outside --out:\n${result.output}`);
          if (result.status === 0) {
            assert.ok(existsSync(join(out, 'index.html')), `exit 0 without a site:\n${result.output}`);
            built++;
          } else assert.ok(!existsSync(out), `exit ${result.status} left a partial site:\n${result.output}`);
          runs++;
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      settings()
    );
    assert.ok(runs > 0);
    t.diagnostic(`${runs} mutated folders built, ${built} of them into a site`);
  });
});
