// The sample feed (test/fixtures/feed.json) with a media kit on its first release, written into `scratch` for the
// checks that build it (landing-test.js, site-csp-test.js): a photo beside the feed, whose preview the landing page
// shows (so axe and the CSP see it), and a link to a file elsewhere.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/**
 * Writes the sample into `scratch` (changed by `edit` first, if given); returns the feed file's path.
 * @param {string} scratch
 * @param {(sample: any) => void} [edit]
 */
export async function writeMediaKitSample(scratch, edit) {
  const sample = JSON.parse(readFileSync('test/fixtures/feed.json', 'utf8'));
  sample.releases[0].attachments = [
    { src: 'kit/talka.jpg', title: { lv: 'Talkas dalībnieki', en: 'Volunteers' }, credit: 'Jānis Bērziņš', license: 'CC BY 4.0' },
    { src: 'https://example.org/files/brochure.pdf', title: 'Brošūra' },
  ];
  edit?.(sample);
  mkdirSync(join(scratch, 'kit'));
  const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#3a7' } })
    .jpeg()
    .toBuffer();
  writeFileSync(join(scratch, 'kit/talka.jpg'), photo);
  const file = join(scratch, 'feed.json');
  writeFileSync(file, JSON.stringify(sample));
  return file;
}
