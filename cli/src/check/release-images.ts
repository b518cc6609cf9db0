/**
 * A release's own `image`, settled for `validate` and `build` alike. A path
 * (`talka.jpg`, relative to the release's folder in a source folder, or to
 * the feed file's folder) is read and decoded (image-file.ts) and kept for
 * the build to publish in web sizes; an image that cannot be used (no such
 * file, outside the folder, not a regular file, not a PNG/JPEG/GIF/WebP that
 * decodes whole, a URL that is not http(s)) is dropped with a warning and the
 * release gets a drawn share image instead, so one broken photo never stops
 * a site from publishing, and `validate` says the same as `build`.
 */
import type { FileSlip, Said } from '../words/said.js';
import { inEnglish } from '../words/speaker.js';
import { readImageFile, type ImageFile } from './image-file.js';
import type { ReleaseFiles } from './source.js';

export interface ImageNote {
  path: string;
  /** In English; printed from `said` in the coordinator's language. */
  message: string;
  said: Said;
}

/** A note that says `said`. */
export const noteOf = (path: string, said: Said): ImageNote => ({ path, message: inEnglish(said), said });

export interface ImagePlan {
  /** `releases[i].image.src` paths this step settled (their schema errors no longer apply). */
  settled: Set<string>;
  warnings: ImageNote[];
  /** The pictures read from files, by release index, for the build to publish in web sizes. */
  photos: Map<number, ImageFile>;
}

const isAbsoluteUrl = (src: string) => /^[a-z][a-z0-9+.-]*:/i.test(src);

/**
 * Settles every release image of the feed document in place, for
 * `validate` and `build` alike. A relative path is read from the release's
 * folder (`source.files`) and kept, decoded, in `photos` for the build to
 * publish; a feed read from a URL resolves it against `feedUrl`.
 */
export async function settleImages(
  feed: Record<string, unknown>,
  { files, feedUrl }: { files?: ReleaseFiles; feedUrl?: string }
): Promise<ImagePlan> {
  const plan: ImagePlan = { settled: new Set(), warnings: [], photos: new Map() };
  const releases = Array.isArray(feed.releases) ? (feed.releases as unknown[]) : [];
  for (const [index, release] of releases.entries()) {
    if (!release || typeof release !== 'object') continue;
    const record = release as Record<string, unknown>;
    const image = record.image as Record<string, unknown> | undefined;
    if (!image || typeof image !== 'object' || typeof image.src !== 'string') continue;
    const at = `releases[${index}].image.src`;
    const src = image.src;
    const drop = (why: FileSlip) => {
      delete record.image;
      plan.settled.add(at);
      plan.warnings.push(noteOf(at, { code: 'picture-file', src: src.slice(0, 80), ...why }));
    };
    if (isAbsoluteUrl(src)) {
      if (!/^https?:/i.test(src)) drop({ slip: 'not-http' });
      continue;
    }
    if (!files) {
      if (feedUrl) image.src = new URL(src, feedUrl).href;
      plan.settled.add(at);
      continue;
    }
    const id = typeof record.id === 'string' ? record.id : '';
    const read = await readImageFile({ root: files.root, base: files.folderOf(id), src });
    if ('problem' in read) drop(read.problem);
    else {
      plan.photos.set(index, read);
      plan.settled.add(at);
    }
  }
  return plan;
}
