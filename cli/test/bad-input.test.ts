// Bad input gets words (issue #24): an alias bomb, a 100,000-deep list, a
// deep JSON feed, a file too large, UTF-16, a zip or a picture where text is
// expected. `kopiena validate` reports each as an error at its place, and
// `kopiena build` refuses it with the very same lines, never with
// "unexpected error" or "Maximum call stack size exceeded".
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { kopiena, kopienaProcess, scratchDir } from './helpers.js';

type Runner = typeof kopiena;

const RELEASE = 'releases/2020-05-07-pavasaris';
const CONFIG = 'version: 1\nlanguage: lv\nproject:\n  id: kopienas\n  name: Kopienas\npeople:\n  anna:\n    name: Anna Bērziņa\n';
const release = (frontMatter = '') => `---\npublished: 2020-05-07\ntitle: Pavasaris\n${frontMatter}contacts:\n  preparedBy: anna\n---\n\nTeksts.\n`;

/** Nine aliases of nine aliases …: 9⁸ values from 400 bytes ("billion laughs"). */
const ALIAS_BOMB = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
  .concat([...'bcdefghi'].map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[index]}`).join(', ')}]`))
  .join('\n');
const DEEP = 100_000;
const TOO_DEEP = 'is nested more than 64 levels deep (lists or objects inside one another; a feed needs fewer than 10)';
/** The same in Latvian, for a file whose folder is known to be Latvian (a release's, read after kopiena.yml). */
const TOO_DEEP_LV = 'ir ligzdots dziļāk par 64 līmeņiem (saraksti vai grupas cita citā; parasti pietiek ar mazāk nekā 10)';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = scratchDir('kopiena-bad-');
  for (const [path, content] of Object.entries({ 'kopiena.yml': CONFIG, [`${RELEASE}/lv.md`]: release(), ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/**
 * Validates and builds `input` (in `cwd`): both must refuse it with the same error lines, and validate's are `expected`
 * (`*` for a column that depends on where the yaml package's parser ran out of stack).
 */
async function refusedAlike(cwd: string, input: string, expected: string[], run: Runner = kopiena): Promise<void> {
  const validate = await run(['validate', input], { cwd });
  assert.equal(validate.status, 1, validate.stderr);
  // The folders are Latvian (language: lv), and so are the command's words for them, once it can read that.
  const errors = validate.stdout.split('\n').filter((line) => /: (error|kļūda): /.test(line));
  const anyColumn = (line: string, index: number) => (expected[index]?.includes(':*:') ? line.replace(/:\d+: error:/, ':*: error:') : line);
  assert.deepEqual(errors.map((line) => line.replace(': kļūda: ', ': error: ')).map(anyColumn), expected);
  const build = await run(['build', input, '--out', join(scratchDir(), 'site')], { cwd });
  assert.equal(build.status, 1, build.stderr);
  for (const line of errors) assert.ok(`${build.stdout}\n${build.stderr}`.includes(line), `build does not say ${line}:\n${build.stderr}`);
  assert.doesNotMatch(validate.stdout + validate.stderr + build.stdout + build.stderr, /unexpected error|call stack/);
}

describe('bad input gets words, and validate and build agree on it', () => {
  it('an alias bomb in kopiena.yml and in front matter', async () => {
    const message = 'repeats values with *aliases more than 100 times in all (aliases of aliases make a small file huge): write the values out';
    await refusedAlike(folder({ 'kopiena.yml': `${CONFIG}${ALIAS_BOMB}\n` }), '.', [`kopiena.yml:10:8: error: ${message}`]);
    const inLatvian =
      'atkārto vērtības ar *atsaucēm vairāk nekā 100 reizes kopā (atsauces uz atsaucēm padara mazu failu milzīgu): izrakstiet vērtības';
    await refusedAlike(folder({ [`${RELEASE}/lv.md`]: release(`${ALIAS_BOMB}\n`) }), '.', [`${RELEASE}/lv.md:5:8: error: ${inLatvian}`]);
  });

  it('an alias inside its own anchor', async () => {
    const dir = folder({ 'kopiena.yml': `${CONFIG}    again: [*anna]\n`.replace('  anna:\n', '  anna: &anna\n') });
    await refusedAlike(dir, '.', [
      'kopiena.yml:9:13: error: has *aliases that put a value inside itself, or nest values more than 64 levels deep: write the values out',
    ]);
  });

  it('a 100,000-deep list in front matter, written [[[…]]] or - - - …', async () => {
    // Where the yaml package runs out of stack depends on how deep the stack already is, which changes as
    // code warms up within one process: validate and build each run in a fresh one here, as a user runs them.
    await refusedAlike(
      folder({ [`${RELEASE}/lv.md`]: release(`summary: ${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n`) }),
      '.',
      [`${RELEASE}/lv.md:4:*: error: ${TOO_DEEP_LV}`],
      async (args, options) => kopienaProcess(args, options)
    );
    await refusedAlike(folder({ [`${RELEASE}/lv.md`]: release(`summary:\n${'- '.repeat(DEEP)}x\n`) }), '.', [
      `${RELEASE}/lv.md:2:1: error: ${TOO_DEEP_LV}`,
    ]);
  });

  it('a 100,000-deep feed.json, and the same file given to import', async () => {
    const dir = scratchDir('kopiena-bad-');
    const feed = `{"version":1,"language":"lv","project":{"id":"p","name":"P"},"releases":[],"extra":${'['.repeat(DEEP)}${']'.repeat(DEEP)}}`;
    writeFileSync(join(dir, 'feed.json'), feed);
    // The object around it is the first level, so the 64th [ is one too many.
    await refusedAlike(dir, 'feed.json', [`feed.json:1:${feed.indexOf('[[') + 64}: error: ${TOO_DEEP}`]);
    const imported = await kopiena(['import', 'feed.json', '--out', 'imported'], { cwd: dir });
    assert.deepEqual([imported.status, imported.stderr.trim()], [2, `kopiena import: feed.json: ${TOO_DEEP}`]);
    writeFileSync(join(dir, 'unclosed.json'), `{"releases":${'['.repeat(DEEP)}`);
    await refusedAlike(dir, 'unclosed.json', [`unclosed.json:1:${'{"releases":'.length + 64}: error: ${TOO_DEEP}`]);
  });

  it('a file over the size cap, UTF-16 without a byte order mark, a zip and a picture where text belongs', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const zip = Uint8Array.from([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0]);
    await refusedAlike(folder({ [`${RELEASE}/lv.md`]: release().padEnd(6 * 1024 * 1024, 'a') }), '.', [
      `${RELEASE}/lv.md:1:1: error: ir 6 MB, vairāk nekā atļautie 5 MB`,
    ]);
    await refusedAlike(folder({ [`${RELEASE}/lv.md`]: Buffer.from(release(), 'utf16le') }), '.', [
      `${RELEASE}/lv.md:1:1: error: ir saglabāts UTF-16 kodējumā; saglabājiet to UTF-8 kodējumā (Excel: „CSV UTF-8”)`,
    ]);
    await refusedAlike(folder({ [`${RELEASE}/activities.csv`]: zip }), '.', [
      `${RELEASE}/activities.csv:1:1: error: ir zip fails (izklājlapa vai dokuments, kas saglabāts savā formātā?), nevis teksts; saglabājiet to kā UTF-8 tekstu`,
    ]);
    await refusedAlike(folder({ 'kopiena.yml': png }), '.', [
      'kopiena.yml:1:1: error: is not a text file (it holds binary data); save it as UTF-8 text',
    ]);
    await refusedAlike(folder({ [`${RELEASE}/lv.md`]: Buffer.concat([Buffer.from(release()), Buffer.from([0xc3, 0x28])]) }), '.', [
      `${RELEASE}/lv.md:1:1: error: nav UTF-8 teksts; saglabājiet to UTF-8 kodējumā`,
    ]);
  });
});
