/**
 * A release's media kit (`attachments`), settled for `validate` and `build`
 * alike, as release-images.ts settles its photo. A path (`logo.svg`,
 * relative to the release's folder in a source folder, or to the feed
 * file's folder) is read through folder-file.ts: a file that is missing,
 * outside the folder, a link leading out, not a regular file or too large
 * is dropped from the release with a warning, so one missing PDF never
 * stops a scheduled build from publishing the day's embargoed release. An
 * absolute URL must be http(s); a feed read from a URL resolves a relative
 * path against it.
 */
import { isObject } from '../../../src/feed/schema.js';
import { readFolderFile, type FolderFile } from './folder-file.js';
import type { ReleaseFiles } from './source.js';

/** A print-resolution photo is 10–40 MB, a brochure PDF less; 50 MB bounds memory and stays under static hosts' file limits (GitHub Pages: 100 MB). */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

const ATTACHMENT = { plural: 'files', withArticle: 'a file', readable: 'file', smaller: 'save a smaller copy, or link it by its URL' };

export interface AttachmentPlan {
  warnings: Array<{ path: string; message: string }>;
  /** The files read from the folder, by JSON path of the attachment (`releases[0].attachments[1]`), for the build to publish. */
  files: Map<string, FolderFile>;
}

const isAbsoluteUrl = (src: string) => /^[a-z][a-z0-9+.-]*:/i.test(src);

/** Settles every release's attachments of the feed document in place; an attachment that cannot be used leaves its list. */
export async function settleAttachments(
  feed: Record<string, unknown>,
  { files, feedUrl }: { files?: ReleaseFiles; feedUrl?: string }
): Promise<AttachmentPlan> {
  const plan: AttachmentPlan = { warnings: [], files: new Map() };
  const releases = Array.isArray(feed.releases) ? (feed.releases as unknown[]) : [];
  for (const [index, release] of releases.entries()) {
    if (!isObject(release) || !Array.isArray(release.attachments)) continue;
    const kept: unknown[] = [];
    for (const [number, attachment] of release.attachments.entries()) {
      // The schema reports an attachment without a usable `src` (check/newsroom.ts).
      if (!isObject(attachment) || typeof attachment.src !== 'string' || !attachment.src) {
        kept.push(attachment);
        continue;
      }
      const at = `releases[${index}].attachments[${number}]`;
      const drop = (why: string) => plan.warnings.push({ path: `${at}.src`, message: `${why}: skipped, the release is published without it` });
      const src = attachment.src;
      if (isAbsoluteUrl(src)) {
        if (/^https?:/i.test(src)) kept.push(attachment);
        else drop(`"${src.slice(0, 80)}" is not an http(s) URL`);
        continue;
      }
      if (!files) {
        kept.push(feedUrl ? { ...attachment, src: new URL(src, feedUrl).href } : attachment);
        continue;
      }
      const read = await readFolderFile(
        { root: files.root, base: files.folderOf(typeof release.id === 'string' ? release.id : ''), src },
        MAX_ATTACHMENT_BYTES,
        ATTACHMENT
      );
      if ('problem' in read) drop(read.problem);
      else {
        plan.files.set(at, read);
        kept.push(attachment);
      }
    }
    release.attachments = kept;
  }
  return plan;
}
