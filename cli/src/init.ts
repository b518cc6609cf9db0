/**
 * `kopiena init [dir]`: a source folder to start from, with the example
 * release in lv, en and ru, a README for coordinators and the CMS form.
 * It never overwrites: a non-empty folder is refused, and the files appear
 * only when all of them are written (output.ts).
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { destination, readTree, shellWord, siteFolderFor, writeOutput } from './output.js';
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
  try {
    await writeOutput(await destination(out, 'folder'), await readTree(template));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(`kopiena init: ${error.message}`);
    return 2;
  }
  // Hints that can be run as printed: the site goes beside the source folder, never into it.
  const folder = shellWord(out);
  const hint = (command: string, what: string) => `  ${command.padEnd(40)}  ${what}`;
  console.log(
    [
      `wrote ${out}: kopiena.yml, an example release in releases/ (lv, en, ru), README.md and admin/ (the CMS form)`,
      '',
      hint(`kopiena validate ${folder}`, 'check it'),
      hint(`kopiena build ${folder} --out ${shellWord(siteFolderFor(out))}`, 'write the site beside it'),
    ].join('\n')
  );
  return 0;
}
