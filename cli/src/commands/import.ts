/**
 * `kopiena import <feed.json | JSON Feed | RSS | Atom, file or URL> --out <folder>`:
 * writes a source folder from an existing feed (import/). A kopiena feed
 * comes back exactly; a JSON Feed, RSS or Atom feed (a WordPress or Ghost
 * site's) becomes one release an item, its HTML reduced to the inline subset.
 */
import { projectName, readImportedFeed } from '../import/input.js';
import { writeFeedFolder } from '../import/write.js';
import { destination } from '../output.js';
import { isRemote } from '../remote.js';
import { terminalText } from '../terminal.js';
import { defineCommand } from './command.js';

export const importCommand = defineCommand({
  name: 'import',
  summary: 'write a source folder from a kopiena feed, JSON Feed, RSS or Atom',
  description: 'A kopiena feed comes back exactly (build gives the same feed); a JSON Feed, RSS or Atom feed becomes one release an item.',
  argument: {
    name: '<feed.json | JSON Feed | RSS | Atom, file or URL>',
    help: 'the feed to read',
    required: true,
    missing: 'name one feed file or URL',
  },
  options: {
    out: { type: 'string', value: '<folder>', required: true, help: 'the new source folder (refused when it is not empty)' },
    language: { type: 'string', value: '<lv>', help: 'the language of a feed that does not say which it is written in' },
  },
  async run({ input, options }, io) {
    const source = input!;
    const out = await destination(options.out, 'folder', isRemote(source) ? undefined : source, io.cwd);
    const feed = await readImportedFeed(source, {
      cwd: io.cwd,
      env: io.env,
      language: options.language,
      warn: (message) => io.stderr(`kopiena import: warning: ${terminalText(message)}`),
    });
    const { whole } = await writeFeedFolder(feed, out);
    const count = (feed as { releases: unknown[] }).releases.length;
    const shown = terminalText(options.out);
    const name = projectName(feed);
    io.stdout(`wrote ${shown}: kopiena.yml${name ? ` for "${terminalText(name)}"` : ''} and ${count} release${count === 1 ? '' : 's'}`);
    if (whole.length)
      io.stdout(`written whole into the front matter of their release file (no exact split by language): ${terminalText(whole.join(', '))}`);
    io.stdout(`check it with: kopiena validate ${shown}`);
    return 'done';
  },
});
