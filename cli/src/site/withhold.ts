/**
 * Drafts and embargoes (docs/feed-format.md, "Newsroom fields"): before
 * anything of the site is made, the releases that may not be public yet
 * leave the feed document, with the photos and attachments read for them,
 * so no file of the site (feed.json, archive pages, landing, index and topic
 * pages, share images, photos, sitemap, syndication, the embed page) can
 * hold a word of them. A preview (`kopiena build --drafts`) keeps them; its
 * pages say so and ask not to be indexed (preview.ts).
 */
import { heldBack, type HeldBecause, isObject } from '../../../src/core.js';
import { parsePath, pathToString } from '../check/paths.js';
import type { Told } from '../words/told.js';

export interface HeldRelease {
  id: string;
  because: HeldBecause;
  /** When an embargoed release may appear, as written. */
  published?: string;
}

export interface Withheld<Photo, File> {
  /** The document with only the releases that may be shown. */
  document: Record<string, unknown>;
  /** The photos read for the releases kept, by their new index. */
  photos: Map<number, Photo>;
  /** The attachments read for the releases kept, by their new path (`releases[0].attachments[1]`). */
  attachments: Map<string, File>;
  /** What was kept out (or, in a preview, what is shown only there), in feed order. */
  held: HeldRelease[];
  /** Each kept release's index in the document as written, by its new index: where a problem found later is in the source. */
  writtenIndex: number[];
}

/**
 * The releases that may be public at `now`; with `includeDrafts`, all of
 * them (a preview), `held` then naming those a public build leaves out.
 */
export function withholdReleases<Photo, File>(
  document: Record<string, unknown>,
  photos: ReadonlyMap<number, Photo>,
  attachments: ReadonlyMap<string, File>,
  { now, includeDrafts }: { now: Date; includeDrafts: boolean }
): Withheld<Photo, File> {
  const releases = Array.isArray(document.releases) ? (document.releases as unknown[]) : [];
  const held: HeldRelease[] = [];
  const newIndex = new Map<number, number>();
  const kept: unknown[] = [];
  releases.forEach((release, index) => {
    const because = isObject(release) ? heldBack(release, now) : undefined;
    if (because && isObject(release)) {
      held.push({ id: String(release.id), because, ...(because === 'embargo' ? { published: String(release.published) } : {}) });
      if (!includeDrafts) return;
    }
    newIndex.set(index, kept.length);
    kept.push(release);
  });
  const keptPhotos = new Map<number, Photo>();
  for (const [index, photo] of photos) if (newIndex.has(index)) keptPhotos.set(newIndex.get(index)!, photo);
  const keptAttachments = new Map<string, File>();
  for (const [path, file] of attachments) {
    const [, at, ...rest] = parsePath(path);
    const index = typeof at === 'number' ? newIndex.get(at) : undefined;
    if (index !== undefined) keptAttachments.set(pathToString(['releases', index, ...rest]), file);
  }
  // A topic only held releases name is held too: its name alone could tell what an embargoed release is about.
  const named = new Set(kept.flatMap((release) => (isObject(release) && Array.isArray(release.topics) ? release.topics : [])));
  const topics =
    isObject(document.topics) && !includeDrafts
      ? Object.fromEntries(Object.entries(document.topics).filter(([id]) => named.has(id)))
      : document.topics;
  const shown: Record<string, unknown> = { ...document, releases: kept };
  if (topics !== undefined) shown.topics = topics;
  return { document: shown, photos: keptPhotos, attachments: keptAttachments, held, writtenIndex: [...newIndex.keys()] };
}

/** What a build says about the releases it kept out (or, in a preview, shows only there), said in the coordinator's words (words/told.ts). */
export function heldSummary(held: readonly HeldRelease[], preview: boolean): Told[] {
  if (!held.length) return [];
  return [
    { code: 'build-held', count: held.length, preview },
    ...held.map(({ id, because, published }): Told => ({ code: 'build-held-release', id, because, published })),
  ];
}
