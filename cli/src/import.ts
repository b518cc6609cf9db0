/**
 * `kopiena import <feed.json | JSON Feed | RSS | Atom, file or URL> --out <folder>`:
 * writes a source folder from an existing feed. A kopiena feed comes back
 * exactly; a JSON Feed, RSS or Atom feed (a WordPress or Ghost site's)
 * becomes one release an item, its HTML reduced to the inline subset.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { LIMITS, isObject } from '../../src/feed/schema.js';
import { nestsDeeperThan, TOO_DEEP } from './check/nesting.js';
import { decodeText } from './check/text-file.js';
import { fromForeignFeed } from './import/foreign.js';
import { UnwritableFeed } from './import/folder.js';
import { writeFeedFolder } from './import/write.js';
import { destination } from './output.js';
import { InputError } from './problems.js';
import { isRemote, readRemote } from './remote.js';
import { terminalText } from './terminal.js';

const usage = 'usage: kopiena import <feed.json | JSON Feed | RSS | Atom, file or URL> --out <folder> [--language lv]';

async function readInput(input: string): Promise<string> {
  let bytes: Uint8Array;
  if (isRemote(input)) {
    bytes = await readRemote(input);
  } else {
    const size = await stat(input).then(
      (info) => info.size,
      () => {
        throw new InputError(`${input}: no such file`);
      }
    );
    if (size > LIMITS.bytes) throw new InputError(`${input} is larger than the 5 MB a feed may have`);
    bytes = await readFile(input);
  }
  const decoded = decodeText(bytes);
  if ('problem' in decoded) throw new InputError(`${input} ${decoded.problem}`);
  return decoded.text;
}

/** A kopiena feed document: version 1 with releases, as opposed to a JSON Feed. */
const isKopienaFeed = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  (value as { version?: unknown }).version === 1 &&
  Array.isArray((value as { releases?: unknown }).releases);

/** The project's name as the summary names it: the plain name, or its first language's. */
function projectName(feed: unknown): string | undefined {
  const name = (feed as { project?: { name?: unknown } }).project?.name;
  if (typeof name === 'string') return name;
  const first = isObject(name) ? Object.values(name)[0] : undefined;
  return typeof first === 'string' ? first : undefined;
}

export async function importFeed(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string' }, language: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(`kopiena import: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length !== 1 || !values.out) {
    console.error(`kopiena import: ${positionals.length !== 1 ? 'name one feed file or URL' : '--out <folder> is required'}\n${usage}`);
    return 2;
  }
  try {
    const out = await destination(values.out, 'folder', /^https?:\/\//.test(positionals[0]) ? undefined : positionals[0]);
    const text = await readInput(positionals[0]);
    let feed: unknown;
    try {
      feed = JSON.parse(text);
    } catch {
      feed = undefined;
    }
    if (nestsDeeperThan(feed)) throw new InputError(`${positionals[0]} ${TOO_DEEP}`);
    if (!isKopienaFeed(feed)) feed = fromForeignFeed(text, feed, { language: values.language, source: positionals[0] });
    const { whole } = await writeFeedFolder(feed, out);
    const count = (feed as { releases: unknown[] }).releases.length;
    const shown = terminalText(values.out);
    const name = projectName(feed);
    console.log(`wrote ${shown}: kopiena.yml${name ? ` for "${terminalText(name)}"` : ''} and ${count} release${count === 1 ? '' : 's'}`);
    if (whole.length)
      console.log(`written whole into the front matter of their release file (no exact split by language): ${terminalText(whole.join(', '))}`);
    console.log(`check it with: kopiena validate ${shown}`);
    return 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof UnwritableFeed) {
      console.error(`kopiena import: ${terminalText(error.message)}`);
      return 2;
    }
    throw error;
  }
}
