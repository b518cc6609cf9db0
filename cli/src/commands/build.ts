/**
 * `kopiena build <folder | feed.json | URL> --out <dir> [--base-url URL] [--lang lv,en,ru] [--page-size N] [--drafts]`
 *
 * Writes the whole static site (docs/command.md, "kopiena build"); the work
 * is in site/. All or nothing: any error `kopiena validate` reports stops
 * the build with the same report and leaves --out as it was. --out is
 * checked before anything is read (output.ts), and the site is staged
 * beside it and swapped in only when complete.
 */
import { type Locale, matchLocale } from '../../../src/core.js';
import { UsageError } from '../errors.js';
import { destination } from '../output.js';
import { speakerFor } from '../report.js';
import { terminalText } from '../terminal.js';
import { isRemote } from '../remote.js';
import { heldSummary } from '../site/withhold.js';
import { siteFromSource } from '../site/from-source.js';
import { siteSummary } from '../site/write-site.js';
import type { Told } from '../words/told.js';
import { languageTag } from '../source/layout.js';
import { defineCommand } from './command.js';

/** `--lang lv,en,ru`: the site's languages, each one the widgets speak. @throws UsageError */
export function parseLocales(list: string): Locale[] {
  const tags = list.split(',').map((tag) => tag.trim());
  const notTag = tags.find((tag) => !languageTag(tag));
  if (list.trim() && notTag !== undefined) throw new UsageError({ code: 'usage-language-tag', option: '--lang', value: notTag });
  const locales = tags.map((tag) => matchLocale(languageTag(tag)));
  if (!list.trim() || locales.some((locale) => !locale))
    throw new UsageError({ code: 'usage-page-languages', given: list, supported: ['en', 'lv', 'ru', 'lt', 'et', 'uk'] });
  return [...new Set(locales as Locale[])];
}

/** `--base-url` without its trailing slashes. @throws UsageError when it is not an absolute http(s) URL */
export function parseBaseUrl(given: string | undefined): string | undefined {
  const baseUrl = given?.replace(/\/+$/, '');
  if (baseUrl !== undefined && !/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(baseUrl)) throw new UsageError({ code: 'usage-base-url', given: baseUrl });
  return baseUrl;
}

/** `--page-size`. @throws UsageError when it is not a whole number of at least 1 */
export function parsePageSize(given: string): number {
  const pageSize = Number(given);
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new UsageError({ code: 'usage-page-size', given });
  return pageSize;
}

export const build = defineCommand({
  name: 'build',
  summary: 'write the whole static site: feed, landing pages, share images, RSS/Atom/JSON Feed, sitemap',
  description: 'All or nothing: an error that kopiena validate reports stops the build and leaves --out as it was.',
  argument: {
    name: '<folder | feed.json | URL>',
    help: 'a source folder (with kopiena.yml), a feed file or the http(s) address of a feed',
    required: true,
    missing: { code: 'usage-name-one', what: 'source' },
  },
  options: {
    out: { type: 'string', value: '<dir>', required: true, help: 'the site folder: new, empty, or a site kopiena build wrote before' },
    'base-url': {
      type: 'string',
      value: '<URL>',
      help: 'where the site will be served, e.g. https://example.org/news (needed for RSS, Atom, sitemap)',
    },
    lang: { type: 'string', value: '<lv,en,ru>', default: 'lv,en,ru', help: 'the languages of the pages' },
    'page-size': { type: 'string', value: '<N>', default: '20', help: 'releases in feed.json before the older ones go to archive pages' },
    drafts: { type: 'boolean', help: 'a preview with drafts and embargoed releases: every page noindex and marked as a preview' },
  },
  async run({ input, options }, io) {
    const given = input!;
    const baseUrl = parseBaseUrl(options['base-url']);
    const pageSize = parsePageSize(options['page-size']);
    const locales = parseLocales(options.lang);
    // Before anything is read: a refused --out is refused however the input turns out.
    const out = await destination(options.out, 'site', isRemote(given) ? undefined : given, io.cwd);
    const built = await siteFromSource({
      input: given,
      out,
      baseUrl,
      locales,
      pageSize,
      cwd: io.cwd,
      env: io.env,
      now: io.now(),
      includeDrafts: options.drafts === true,
    });
    // Problems are said in the source's language, else the environment's (--lang here names the site's languages).
    const speaker = speakerFor(built.feed, io.env);
    for (const problem of built.problems) io.stderr(speaker.line(problem));
    if (built.written) {
      const say = (told: Told) => (told.code === 'build-held-release' ? speaker.tell(told) : `kopiena build: ${speaker.tell(told)}`);
      for (const told of heldSummary(built.held, options.drafts === true)) io.stderr(say(told));
      for (const told of siteSummary(built.files, { out, baseUrl, locales })) io.stdout(say(told));
      return 'done';
    }
    const errors = built.problems.filter((problem) => problem.severity === 'error').length;
    io.stderr(`kopiena build: ${terminalText(speaker.words.stopped(errors, given))}`);
    return 'problems';
  },
});
