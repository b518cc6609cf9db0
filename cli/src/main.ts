/**
 * The `kopiena` command: one entry that hands each subcommand its own
 * arguments. Every subcommand resolves to an exit code (0 done, 1 the input
 * has problems, 2 usage or I/O error), so scripts and CI can rely on it.
 */
import { build } from './site/command.js';
import { validate } from './validate.js';
import { importFeed } from './import.js';
import { init } from './init.js';
import { terminalText } from './terminal.js';

type Command = (argv: string[]) => Promise<number>;

/** Subcommands by name; `build` is the one that writes a site. */
const commands: Record<string, { run: Command; summary: string }> = {
  init: { run: init, summary: 'start a source folder: an example release in lv, en, ru, a README and a CMS form' },
  import: { run: importFeed, summary: 'write a source folder from a kopiena feed, JSON Feed, RSS or Atom' },
  validate: { run: validate, summary: 'report every problem of a source folder, feed file or feed URL' },
  build: { run: build, summary: 'write the whole static site: feed, landing pages, share images, RSS/Atom/JSON Feed, sitemap' },
};

const help = () =>
  [
    'usage: kopiena <command> [options]',
    '',
    ...Object.entries(commands).map(([name, { summary }]) => `  ${name.padEnd(10)}${summary}`),
    '',
    'kopiena <command> --help shows the options of a command.',
  ].join('\n');

/** Runs the command line; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`kopiena: unknown command "${terminalText(name)}"\n\n${help()}`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    // A bug, not the user's input: say so in one line, never with a stack trace (KOPIENA_DEBUG=1 shows it).
    if (process.env.KOPIENA_DEBUG) throw error;
    console.error(
      `kopiena ${name}: unexpected error: ${terminalText(error instanceof Error ? error.message : String(error))} (please report it; KOPIENA_DEBUG=1 shows details)`
    );
    return 2;
  }
}
