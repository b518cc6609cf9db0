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
import { isObject } from '../../../src/core.js';
import type { FileSlip } from '../words/said.js';
import { activeFileSlip } from './active-files.js';
import { readFolderFile, type FolderFile } from './folder-file.js';
import { noteOf, type ImageNote } from './release-images.js';
import type { ReleaseFiles } from './source.js';

/** A print-resolution photo is 10–40 MB, a brochure PDF less; 50 MB bounds memory and stays under static hosts' file limits (GitHub Pages: 100 MB). */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

export interface AttachmentPlan {
  warnings: ImageNote[];
  /** The files read from the folder, by JSON path of the attachment in the settled list (`releases[0].attachments[1]`), for the build to publish. */
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
      const src = attachment.src;
      const drop = (why: FileSlip) => plan.warnings.push(noteOf(`${at}.src`, { code: 'attachment-file', src: src.slice(0, 80), ...why }));
      if (isAbsoluteUrl(src)) {
        if (/^https?:/i.test(src)) kept.push(attachment);
        else drop({ slip: 'not-http' });
        continue;
      }
      if (!files) {
        kept.push(feedUrl ? { ...attachment, src: new URL(src, feedUrl).href } : attachment);
        continue;
      }
      const read = await readFolderFile(
        { root: files.root, base: files.folderOf(typeof release.id === 'string' ? release.id : ''), src },
        MAX_ATTACHMENT_BYTES
      );
      const refused = 'problem' in read ? read.problem : activeFileSlip(src, read.bytes);
      if (refused) drop(refused);
      else if ('bytes' in read) {
        // By its place in the list as kept (an attachment dropped before it moves it up), where the build looks it up.
        plan.files.set(`releases[${index}].attachments[${kept.length}]`, read);
        kept.push(attachment);
      }
    }
    release.attachments = kept;
  }
  return plan;
}
