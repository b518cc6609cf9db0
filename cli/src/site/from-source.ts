/**
 * The one way a site is made from its input, for `kopiena build` and
 * `kopiena serve` alike: read it (check.ts), stop on any error `kopiena
 * validate` reports, publish its photos (photos.ts) and write the site into
 * a destination already checked (write-site.ts, through output.ts).
 */
import { isObject, type Locale, validateFeed } from '../../../src/core.js';
import { checkWithImages, openSource } from '../check.js';
import type { ReadOptions } from '../input.js';
import { parsePath, pathToString, type PathKey } from '../check/paths.js';
import type { Bytes, Destination } from '../output.js';
import { hasErrors, type Problem } from '../problems.js';
import { publishPhotos } from './photos.js';
import { publishAttachments } from './media-kit-files.js';
import { withholdReleases, type HeldRelease } from './withhold.js';
import { writeSite, type SiteInput } from './write-site.js';

export interface SiteRequest extends ReadOptions {
  /** A source folder, a feed file or a feed URL, as the user named it. */
  input: string;
  out: Destination;
  baseUrl?: string;
  locales: Locale[];
  pageSize: number;
  drawnCards?: SiteInput['drawnCards'];
  /** The build's clock: a release embargoed until later than this is left out (withhold.ts). */
  now: Date;
  /** A preview (`--drafts`, `kopiena serve`): drafts and embargoed releases shown, every page noindex and marked. */
  includeDrafts?: boolean;
}

export type SiteOutcome = (
  | /** Written; `problems` are warnings. */ { written: true; problems: Problem[]; files: ReadonlyMap<string, Bytes>; held: HeldRelease[] }
  | /** Nothing written: the input has errors (all its problems, ordered by file, line and column). */ { written: false; problems: Problem[] }
) & {
  /** The feed's own language, when it names one (kopiena serve speaks it). */
  language?: string;
  /** The feed document read, when it could be: its language and names are what the problems are said with (report.ts). */
  feed?: unknown;
};

/**
 * Builds the site of `input` into `out`, all or nothing.
 * @throws InputError when the input cannot be read at all or the site cannot be written
 */
export async function siteFromSource({
  input,
  out,
  baseUrl,
  locales,
  pageSize,
  drawnCards,
  cwd,
  env,
  now,
  includeDrafts = false,
}: SiteRequest): Promise<SiteOutcome> {
  const source = await openSource(input, { cwd, env });
  const { feed: document, problems, photos: read, attachments } = await checkWithImages(source);
  // The feed's own language, when it names one (kopiena serve speaks it).
  const language = isObject(document) && typeof document.language === 'string' ? document.language : undefined;
  if (!isObject(document) || hasErrors(problems)) return { written: false, problems, language, feed: document };
  // Drafts and embargoed releases leave before anything is made of them, unless this is a preview.
  const shown = withholdReleases(document, read, attachments, { now, includeDrafts });
  // The photos validate read are published in web sizes, without their metadata.
  const photos = await publishPhotos(shown.document, shown.photos, baseUrl);
  // The media kits' files beside them: photos without location, each with a preview.
  const kits = await publishAttachments(shown.document, shown.attachments, baseUrl);
  // Their paths count the releases kept; the source is located by the releases as written (a draft before them moves them).
  const written = (path: string): PathKey[] => {
    const [first, index, ...rest] = parsePath(path);
    return typeof index === 'number' ? [first, shown.writtenIndex[index] ?? index, ...rest] : parsePath(path);
  };
  problems.push(
    ...[...photos.warnings, ...kits.warnings].map(({ path, message, said }) => ({
      ...source.locate(written(path)),
      path: pathToString(written(path)),
      severity: 'warning' as const,
      message,
      said,
    }))
  );
  const feed = validateFeed(shown.document).feed;
  const files = await writeSite({
    source: shown.document,
    feed,
    out,
    baseUrl,
    locales,
    pageSize,
    copies: [...photos.files, ...kits.files],
    photos: photos.pages,
    mediaKits: kits.kits,
    drawnCards,
    preview: includeDrafts,
  });
  return { written: true, problems, files, language, held: shown.held, feed: document };
}
