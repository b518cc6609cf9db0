/**
 * The "Photos and files" block of a landing page (docs/feed-format.md,
 * "Newsroom fields"): a heading and a list of the release's media kit, each
 * file with its title (the file's name when it has none), what it is and
 * how large in the reader's words and number format, a photo's size in
 * pixels and preview, its credit and license. The link's text says what is
 * downloaded; a preview's alt is the title. Plain HTML and the site's own
 * stylesheet: nothing inline, so the page's strict policy (csp.ts) holds.
 * The files themselves are published by media-kit-files.ts.
 */
import { type Locale, mediaKitText, type Release, type Resolver } from '../../../src/core.js';
import { escapeHtml } from './escape.js';
import type { KitFile } from './media-kit-files.js';

/** A file's size as people say it: kB below a megabyte, MB above (decimal units, as file managers show them). */
export function fileSize(bytes: number, locale: Locale): string {
  const megabytes = bytes / 1_000_000;
  if (megabytes < 1)
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1000)));
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: megabytes < 100 ? 1 : 0 }).format(megabytes);
}

/** The media kit of `release` on its landing page in `locale`, `up` below the site root; empty without files. */
export async function mediaKitBlock({
  kit,
  release,
  resolver,
  locale,
  up,
}: {
  kit: readonly KitFile[] | undefined;
  release: Release;
  resolver: Resolver;
  locale: Locale;
  up: string;
}): Promise<string> {
  if (!kit?.length) return '';
  const number = new Intl.NumberFormat(locale);
  const words = await mediaKitText(
    locale,
    kit.map((file) => ({
      kind: file.kind,
      extension: file.extension,
      credit: file.credit,
      license: file.license,
      pixels: file.pixels && { width: number.format(file.pixels.width), height: number.format(file.pixels.height) },
    }))
  );
  const items = kit.map((file, index) => {
    const said = words.files[index];
    const title = file.title === undefined ? { text: file.name } : resolver.shown(file.title, release);
    const lang = title.lang ? ` lang="${escapeHtml(title.lang)}"` : '';
    const about = [said.type, ...(file.bytes === undefined ? [] : [fileSize(file.bytes, locale)])].join(', ');
    const href = 'path' in file.href ? up + file.href.path.split('/').map(encodeURIComponent).join('/') : file.href.url;
    const preview = file.preview
      ? `<img src="${escapeHtml(up + file.preview.path)}" width="${file.preview.width}" height="${file.preview.height}" alt="${escapeHtml(title.text)}"${lang} loading="lazy">`
      : '';
    const link = `<a href="${escapeHtml(href)}"${'path' in file.href ? ' download' : ''}>${lang ? `<span${lang}>${escapeHtml(title.text)}</span>` : escapeHtml(title.text)} (${escapeHtml(about)})</a>`;
    const details = [said.pixels, said.credit, said.license].filter((line): line is string => Boolean(line));
    return `<li>${preview}<div><p>${link}</p>${details.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</div></li>`;
  });
  return `<section class="media-kit" aria-labelledby="media-kit"><h2 id="media-kit">${escapeHtml(words.heading)}</h2><ul>${items.join('')}</ul></section>`;
}
