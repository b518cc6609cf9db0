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
import { UsageError } from '../errors.js';
import { chooseLanguage } from '../words/language.js';
import { Speaker } from '../words/speaker.js';
import { defineCommand } from './command.js';

/** `--lang` names the feed's language, which is the coordinator's too, most likely; else the environment's locale. */
const speaks = (options: Readonly<Record<string, unknown>>, env: Readonly<Record<string, string | undefined>>) => {
  const given = options.lang ?? options.language;
  return chooseLanguage({ source: typeof given === 'string' ? given : undefined, env });
};

export const importCommand = defineCommand({
  name: 'import',
  summary: 'write a source folder from a kopiena feed, JSON Feed, RSS or Atom',
  description: 'A kopiena feed comes back exactly (build gives the same feed); a JSON Feed, RSS or Atom feed becomes one release an item.',
  argument: {
    name: '<feed.json | JSON Feed | RSS | Atom, file or URL>',
    help: 'the feed to read',
    required: true,
    missing: { code: 'usage-name-one', what: 'feed' },
  },
  options: {
    out: { type: 'string', value: '<folder>', required: true, help: 'the new source folder (refused when it is not empty)' },
    lang: {
      type: 'string',
      value: '<lv>',
      help: "the language of the feed's text, for a feed that does not say (or says another; without either, a warning names the guess)",
    },
    language: { type: 'string', value: '<lv>', help: 'the same as --lang (its earlier name)' },
  },
  speaks,
  async run({ input, options }, io) {
    const source = input!;
    const speaker = new Speaker(speaks(options, io.env));
    const tell = (told: Parameters<Speaker['tell']>[0]) => terminalText(speaker.tell(told));
    if (options.lang !== undefined && options.language !== undefined && options.lang !== options.language)
      throw new UsageError({ code: 'import-options-twice' });
    const out = await destination(options.out, 'folder', isRemote(source) ? undefined : source, io.cwd);
    const feed = await readImportedFeed(source, {
      cwd: io.cwd,
      env: io.env,
      language: options.lang ?? options.language,
      languageOption: options.lang !== undefined ? '--lang' : '--language',
      warn: (told) => io.stderr(`kopiena import: ${speaker.words.severity.warning}: ${tell(told)}`),
    });
    const { whole } = await writeFeedFolder(feed, out);
    const count = (feed as { releases: unknown[] }).releases.length;
    io.stdout(tell({ code: 'import-wrote', folder: options.out, name: projectName(feed), count }));
    if (whole.length) io.stdout(tell({ code: 'import-whole', ids: whole }));
    io.stdout(tell({ code: 'import-check', folder: options.out }));
    return 'done';
  },
});
