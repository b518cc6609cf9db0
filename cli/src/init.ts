/**
 * `kopiena init [dir]`: a source folder to start from, with the example
 * release in lv, en and ru, a README for coordinators and the CMS form.
 * It never overwrites: a non-empty folder is refused, and the files appear
 * only when all of them are written.
 */
import { cp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { moveIntoPlace, refuseNonEmpty, stagingFor } from './import/write.js';
import { InputError } from './problems.js';

const usage = 'usage: kopiena init [folder]   (default: the current folder, which must be empty)';

/** Built by cli/build.js from demo/feed.json and cli/template/. */
const template = fileURLToPath(new URL('./template/', import.meta.url));

export async function init(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`kopiena init: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(usage);
    return 0;
  }
  if (parsed.positionals.length > 1) {
    console.error(`kopiena init: name one folder\n${usage}`);
    return 2;
  }
  const out = parsed.positionals[0] ?? '.';
  const staging = stagingFor(out);
  try {
    await refuseNonEmpty(out);
    await cp(template, staging, { recursive: true, errorOnExist: true, force: false });
    await moveIntoPlace(staging, out);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(`kopiena init: ${error.message}`);
    return 2;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  const here = out === '.' ? '.' : out;
  console.log(
    [
      `wrote ${out}: kopiena.yml, an example release in releases/ (lv, en, ru), README.md and admin/ (the CMS form)`,
      '',
      `  kopiena validate ${here}                  check it`,
      `  kopiena build ${here} --out site          write the site`,
    ].join('\n')
  );
  return 0;
}
