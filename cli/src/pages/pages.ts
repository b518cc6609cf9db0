/**
 * `kopiena pages --feed <file|url> --out <dir> [--base-url https://…] [--lang lv,en,ru]`
 *
 * Writes the landing-page site (see site.ts) into a temporary folder beside
 * `--out` and swaps it in only when everything succeeded, so a bad feed
 * never leaves a half-written site.
 */
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FeedError } from '../../../src/feed/errors.js';
import { validateFeed } from '../../../src/feed/validate.js';
import { parseFeedJson } from '../../../src/feed/load.js';
import { matchLocale } from '../../../src/i18n/locale.js';
import type { Locale } from '../../../src/i18n/messages.js';
import { buildSite, shareImages } from './site.js';
import { whileDrawing } from './share-image.js';

const usage = 'usage: kopiena pages --feed <file|url> --out <dir> [--base-url https://example.org/news] [--lang lv,en,ru]';

async function readFeed(location: string): Promise<string> {
  if (/^https?:\/\//.test(location)) {
    const response = await fetch(location);
    if (!response.ok) throw new FeedError('http', `The feed server answered ${response.status}.`);
    return response.text();
  }
  return readFile(location, 'utf8');
}

function parseLocales(list: string): Locale[] {
  const locales = list.split(',').map((tag) => matchLocale(tag.trim()));
  if (locales.some((locale) => !locale)) throw new Error(`--lang: supported languages are en, lv, ru, lt, et, uk (got "${list}")`);
  return [...new Set(locales as Locale[])];
}

/** Runs the command; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  let options;
  try {
    ({ values: options } = parseArgs({
      args: argv[0] === 'pages' ? argv.slice(1) : argv,
      options: { feed: { type: 'string' }, out: { type: 'string' }, 'base-url': { type: 'string' }, lang: { type: 'string', default: 'lv,en,ru' } },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (argv[0] !== 'pages' || !options.feed || !options.out) {
    console.error(usage);
    return 2;
  }
  const baseUrl = options['base-url']?.replace(/\/+$/, '');
  if (baseUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(baseUrl)) {
    console.error(`--base-url must be an absolute http(s) URL (got "${baseUrl}")`);
    return 2;
  }
  const out = resolve(options.out);
  const staging = `${out}.tmp-${process.pid}`;
  try {
    const source = parseFeedJson(await readFeed(options.feed));
    const { feed, issues } = validateFeed(source);
    if (issues.length) {
      throw new FeedError('schema', `The feed has ${issues.length} problem(s); fix them before publishing pages.`, issues);
    }
    const locales = parseLocales(options.lang!);
    // The share images are drawn on worker threads while this thread renders the pages.
    const shares = shareImages({ feed, locales });
    const [site, images] = await whileDrawing(
      shares.map((image) => image.card),
      () => buildSite({ source: source as Record<string, unknown>, feed, locales, baseUrl })
    );

    await rm(staging, { recursive: true, force: true });
    for (const file of site.files) {
      await mkdir(dirname(join(staging, file.path)), { recursive: true });
      await writeFile(join(staging, file.path), file.content);
    }
    for (const [index, image] of shares.entries()) await writeFile(join(staging, image.path), images[index]);
    // The client script: the hydrating build of the widgets, with its locale chunks.
    await cp(fileURLToPath(new URL('./hydrate/', import.meta.url)), join(staging, 'assets'), { recursive: true });
    await rm(out, { recursive: true, force: true });
    await rename(staging, out);
    const pages = site.files.filter((file) => file.path.endsWith('index.html')).length;
    console.log(
      `kopiena pages: ${pages} pages and ${images.length} share images in ${out}${baseUrl ? '' : ' (no --base-url: links are relative; Facebook needs absolute URLs)'}`
    );
    return 0;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (error instanceof FeedError) {
      console.error(`kopiena pages: ${error.message}`);
      for (const issue of error.issues) console.error(`  ${issue.path}: ${issue.message}`);
    } else {
      console.error(`kopiena pages: ${(error as Error).message}`);
    }
    return 1;
  }
}
