/**
 * `kopiena init [folder]`: a source folder to start from, with the example
 * release in lv, en and ru, a README for coordinators and the CMS form.
 * It never overwrites: a non-empty folder is refused, and the files appear
 * only when all of them are written (output.ts).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { destination, readTree, shellWord, siteFolderFor, writeOutput } from '../output.js';
import { terminalText } from '../terminal.js';
import { chooseLanguage } from '../words/language.js';
import { Speaker } from '../words/speaker.js';
import { defineCommand } from './command.js';

/** Built by cli/build.js from demo/feed.json and cli/template/: beside the bundle, or in dist/ when run from the sources (tests). */
const template = ['./template/', '../../dist/template/']
  .map((path) => fileURLToPath(new URL(path, import.meta.url)))
  .find((path) => existsSync(path));

export const init = defineCommand({
  name: 'init',
  summary: 'start a source folder: an example release in lv, en, ru, a README and a CMS form',
  argument: {
    name: '[folder]',
    help: 'the new source folder (default: the current folder, which must be empty)',
    required: false,
    missing: { code: 'usage-name-one', what: 'folder' },
  },
  options: {},
  async run({ input }, io) {
    const out = input ?? '.';
    if (!template) throw new Error('the init template is missing from this installation');
    await writeOutput(await destination(out, 'folder', undefined, io.cwd), await readTree(template));
    // Hints that can be run as printed: the site goes beside the source folder, never into it.
    const folder = shellWord(out);
    // In the computer's language: the folder has none of its own yet (its example release is in three).
    const speaker = new Speaker(chooseLanguage({ env: io.env }));
    const hint = (command: string, does: 'check' | 'build') => `  ${command.padEnd(40)}  ${speaker.tell({ code: 'init-hint', does })}`;
    io.stdout(
      [
        terminalText(speaker.tell({ code: 'init-wrote', folder: out })),
        '',
        hint(`kopiena validate ${folder}`, 'check'),
        hint(`kopiena build ${folder} --out ${shellWord(siteFolderFor(out, io.cwd))}`, 'build'),
      ].join('\n')
    );
    return 'done';
  },
});
