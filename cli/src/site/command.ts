/**
 * `kopiena build <folder | feed.json | URL> --out <dir> [--base-url URL] [--lang lv,en,ru] [--page-size N]`
 *
 * Writes the whole static site (docs/command.md, "kopiena build"), the one
 * command that does: landing pages and share images (pages.ts), the
 * validated `feed.json` (split into archive pages when it holds more than
 * --page-size releases), RSS, Atom and JSON Feed per language, sitemap.xml
 * and robots.txt. All or nothing: any error that
 * `kopiena validate` reports stops the build with the same report and
 * leaves --out as it was. --out is checked before anything is read (output.ts:
 * never the source, never a folder of someone else's files), and the site
 * is staged beside it and swapped in only when complete.
 */
import { parseArgs } from 'node:util';
import { isObject } from '../../../src/feed/schema.js';
import { validateFeed } from '../../../src/feed/validate.js';
import { matchLocale } from '../../../src/i18n/locale.js';
import type { Locale } from '../../../src/i18n/messages.js';
import { checkWithImages, InputError, openSource } from '../check.js';
import { parsePath } from '../check/paths.js';
import { formatProblem, hasErrors, type Problem } from '../problems.js';
import { destination } from '../output.js';
import { TAG_EXAMPLES, languageTag } from '../source/layout.js';
import { terminalText } from '../terminal.js';
import { publishPhotos } from './photos.js';
import { writeSite } from './write-site.js';

const usage = 'usage: kopiena build <folder | feed.json | URL> --out <dir> [--base-url https://example.org/news] [--lang lv,en,ru] [--page-size 20]';

class UsageError extends Error {}

function parseLocales(list: string): Locale[] {
  const tags = list.split(',').map((tag) => tag.trim());
  const notTag = tags.find((tag) => !languageTag(tag));
  if (list.trim() && notTag !== undefined) throw new UsageError(`--lang: "${notTag}" is not ${TAG_EXAMPLES}`);
  const locales = tags.map((tag) => matchLocale(languageTag(tag)));
  if (!list.trim() || locales.some((locale) => !locale))
    throw new UsageError(`--lang: supported languages are en, lv, ru, lt, et, uk (got "${list}")`);
  return [...new Set(locales as Locale[])];
}

function options(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      'base-url': { type: 'string' },
      lang: { type: 'string', default: 'lv,en,ru' },
      'page-size': { type: 'string', default: '20' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return undefined;
  if (positionals.length !== 1) throw new UsageError('name one source folder, feed file or feed URL');
  if (!values.out) throw new UsageError('--out <dir> is required');
  const baseUrl = values['base-url']?.replace(/\/+$/, '');
  if (baseUrl !== undefined && !/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(baseUrl))
    throw new UsageError(`--base-url must be an absolute http(s) URL (got "${baseUrl}")`);
  const pageSize = Number(values['page-size']);
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new UsageError(`--page-size must be a whole number of at least 1 (got "${values['page-size']}")`);
  return { input: positionals[0], out: values.out, baseUrl, locales: parseLocales(values.lang!), pageSize };
}

const isUrl = (input: string) => /^https?:\/\//i.test(input);

/** Runs the command; resolves to the process exit code. */
export async function build(argv: string[]): Promise<number> {
  let settings;
  try {
    settings = options(argv);
  } catch (error) {
    console.error(`kopiena build: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (!settings) {
    console.log(usage);
    return 0;
  }
  const { input, baseUrl, locales, pageSize } = settings;

  let source, out;
  try {
    // Before anything is read: a refused --out is refused however the input turns out.
    out = await destination(settings.out, 'site', isUrl(input) ? undefined : input);
    source = await openSource(input);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(`kopiena build: ${terminalText(error.message)}`);
    return 2;
  }
  const checked = await checkWithImages(source);
  const problems: Problem[] = checked.problems;
  const document = checked.feed;
  if (isObject(document) && !hasErrors(problems)) {
    // The photos validate read are published in web sizes, without their metadata.
    const photos = await publishPhotos(document, checked.photos, baseUrl);
    problems.push(
      ...photos.warnings.map(({ path, message }) => ({ ...source.locate(parsePath(path)), path, severity: 'warning' as const, message }))
    );
    for (const problem of problems) console.error(formatProblem(problem));
    return writeSite({
      source: document,
      feed: validateFeed(document).feed,
      out,
      baseUrl,
      locales,
      pageSize,
      copies: photos.files,
      photos: photos.pages,
    });
  }
  for (const problem of problems) console.error(formatProblem(problem));
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  console.error(
    `kopiena build: ${errors} error${errors === 1 ? '' : 's'} in ${input}; nothing was written (fix them, or run kopiena validate ${input})`
  );
  return 1;
}
