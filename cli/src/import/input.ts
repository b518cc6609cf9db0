/**
 * What `kopiena import` reads: a kopiena feed, or a JSON Feed, RSS or Atom
 * feed (file or URL, read by ../input.ts) converted into one (foreign.ts).
 */
import { isObject } from '../../../src/core.js';
import { MAX_NESTING, nestsDeeperThan } from '../check/nesting.js';
import type { Told } from '../words/told.js';
import { InputError } from '../errors.js';
import { readInput, type ReadOptions } from '../input.js';
import { isRemote } from '../remote.js';
import { fromForeignFeed } from './foreign.js';
import { remoteImageSize } from './images.js';

/** A kopiena feed document: version 1 with releases, as opposed to a JSON Feed. */
const isKopienaFeed = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  (value as { version?: unknown }).version === 1 &&
  Array.isArray((value as { releases?: unknown }).releases);

/**
 * The feed document `input` holds, converted when it is a JSON Feed, RSS or Atom.
 * @param language the language of a foreign feed (`--lang`), and `languageOption`, how the command line named it
 * @param warn told what the import had to guess or leave out
 * @throws InputError when it cannot be read or is no feed
 */
export async function readImportedFeed(
  input: string,
  options: ReadOptions & { language?: string; languageOption?: string; warn?: (told: Told) => void }
): Promise<unknown> {
  const read = await readInput(input, options);
  if ('problem' in read) throw new InputError({ code: 'input-problem', input, said: read.problem });
  const { text } = read;
  let feed: unknown;
  try {
    feed = JSON.parse(text);
  } catch {
    feed = undefined;
  }
  if (nestsDeeperThan(feed)) throw new InputError({ code: 'input-problem', input, said: { code: 'too-deep', limit: MAX_NESTING } });
  if (isKopienaFeed(feed)) return feed;
  return fromForeignFeed(text, feed, {
    language: options.language,
    languageOption: options.languageOption,
    source: input,
    warn: options.warn,
    env: options.env,
    // A body picture's size is read from the web only when the feed itself came from there.
    sizeOf: isRemote(input) ? (url) => remoteImageSize(url, options.env) : undefined,
  });
}

/** The project's name as the summary names it: the plain name, or its first language's. */
export function projectName(feed: unknown): string | undefined {
  const name = (feed as { project?: { name?: unknown } }).project?.name;
  if (typeof name === 'string') return name;
  const first = isObject(name) ? Object.values(name)[0] : undefined;
  return typeof first === 'string' ? first : undefined;
}
