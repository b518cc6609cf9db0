/**
 * The site's search index, made by Pagefind (https://pagefind.app) from Node
 * alone: its npm package runs its own prebuilt binary (from the npm package
 * of the platform, e.g. @pagefind/linux-x64) as a local service; no browser
 * and no network. The index is kept in memory and handed to the one writer
 * with the rest of the site (under `pagefind/`), and the browser loads only
 * the chunks a query needs.
 *
 * Each landing page becomes one record of the release's own text (title,
 * summary, body) in the page's language, at the page's path. The records
 * are made from the feed rather than from the page's HTML because the page
 * shows the release inside the widget's declarative shadow root (a
 * `<template shadowrootmode>`), whose content Pagefind does not read; so
 * navigation, language links and contacts are never indexed. Only the
 * releases the site publishes reach this module.
 */
import { createIndex, close } from 'pagefind';
import { type Feed, type Locale, type Release, Resolver } from '../../../src/core.js';
import { plainText } from './html.js';

/** The folder of the index inside the site. */
export const searchFolder = 'pagefind';

/**
 * What the browser needs of Pagefind's bundle: its search library, its
 * worker, the WebAssembly and the index chunks. Its ready-made UIs and the
 * highlighter are left out; the pages bring their own search box.
 */
const needed = (path: string) =>
  path === 'pagefind.js' ||
  path === 'pagefind-worker.js' ||
  path === 'pagefind-entry.json' ||
  /^wasm\.[a-z-]+\.pagefind$/.test(path) ||
  /^pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta$/.test(path) ||
  /^(?:index|fragment|filter)\/[a-z-]+_[0-9a-f]+\.pf_(?:index|fragment|filter)$/.test(path);

/** Builds running in this process; the Pagefind service is stopped when the last one ends. */
let running = 0;

/**
 * `text` as well-formed Unicode: a lone surrogate (which JSON.stringify
 * writes as an escape that Pagefind's service refuses) becomes U+FFFD, as
 * a browser shows it. String.prototype.toWellFormed is in Node 20, not yet in TypeScript's ES2023 lib.
 */
const wellFormed = (text: string): string => (text as string & { toWellFormed(): string }).toWellFormed();

/** The text of `release` that its landing page in `locale` shows, as plain text. */
function releaseText(resolver: Resolver, release: Release): { title: string; content: string } {
  const text = (value: Parameters<Resolver['text']>[0]) => wellFormed(plainText(resolver.text(value, release).text));
  const title = text(release.title);
  const paragraphs = [release.summary, ...(release.body ?? [])].filter((value) => value !== undefined).map(text);
  return { title, content: [title, ...paragraphs].join('\n') };
}

/**
 * The search index of the landing pages of `releases` in each of `locales`:
 * path inside the site → bytes.
 * @throws Error when Pagefind reports a problem (the build then stops and leaves --out as it was)
 */
export async function searchIndex({
  feed,
  releases,
  locales,
}: {
  feed: Feed;
  releases: readonly Release[];
  locales: readonly Locale[];
}): Promise<Map<string, Uint8Array>> {
  running++;
  try {
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(`the search index could not be started: ${errors.join('; ')}`);
    try {
      for (const locale of locales) {
        const resolver = new Resolver(feed, locale);
        for (const release of releases) {
          const { title, content } = releaseText(resolver, release);
          // Site-relative URL; the page's script names the site's own folder as Pagefind's baseUrl.
          const added = await index.addCustomRecord({ url: `/${locale}/${release.id}/`, content, language: locale, meta: { title } });
          if (added.errors.length) throw new Error(`the search index refused ${locale}/${release.id}: ${added.errors.join('; ')}`);
        }
      }
      const written = await index.getFiles();
      if (written.errors.length) throw new Error(`the search index could not be written: ${written.errors.join('; ')}`);
      const files = new Map<string, Uint8Array>();
      for (const file of [...written.files].sort((a, b) => a.path.localeCompare(b.path)))
        if (needed(file.path)) files.set(`${searchFolder}/${file.path}`, file.content);
      return files;
    } finally {
      await index.deleteIndex();
    }
  } finally {
    if (--running === 0) await close();
  }
}
