// A camera photo as a coordinator's phone saves it, and what a site built from
// a release with it beside it publishes (pack-test.js, cms-save-test.js). The share image is the one each
// language's page names in og:image (read with an HTML parser), and it must
// be small enough for a chat app's preview; no image anywhere in the site may
// carry the camera's metadata (EXIF with the GPS position, XMP, IPTC).
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import sharp from 'sharp';

/** WhatsApp drops a link's preview when the image is larger than about this (issue #25). */
export const SHARE_IMAGE_BYTES = 300_000;
const SHARE_IMAGE_WIDTH = 1200;
const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tif', '.tiff']);

/** A camera photo: 4000 × 3000 JPEG with the camera and where it was taken (GPS) in its EXIF. */
export const cameraPhoto = () =>
  sharp({
    create: { width: 4000, height: 3000, channels: 3, background: '#6a8', noise: { type: 'gaussian', mean: 120, sigma: 30 } },
  })
    .jpeg({ quality: 92 })
    .withExif({
      IFD0: { Make: 'KopienaCam' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '55/1 52/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '26/1 31/1 0/1' },
    })
    .toBuffer();

/** The og:image a built page names, or undefined. */
const shareImageOf = (html) =>
  DomUtils.findOne((element) => element.name === 'meta' && element.attribs.property === 'og:image', parseDocument(html).children)?.attribs.content;

/**
 * What is wrong with the images of `site` (built with `baseUrl`) for `release` in `languages`:
 * an empty list when each page's share image is ≤ 300 kB and ≤ 1200 px wide and no published image
 * carries camera metadata. Also returns the share images' sizes and how many images were looked at.
 */
export async function publishedImageProblems(site, { baseUrl, release, languages }) {
  const problems = [];
  const shareBytes = new Set();
  for (const language of languages) {
    const url = shareImageOf(readFileSync(join(site, language, release, 'index.html'), 'utf8'));
    if (!url?.startsWith(`${baseUrl}/`)) {
      problems.push(`the ${language} page's og:image is ${JSON.stringify(url)}, not an image of the site`);
      continue;
    }
    const file = join(site, url.slice(baseUrl.length + 1));
    const bytes = readFileSync(file).length;
    const { width } = await sharp(file).metadata();
    if (bytes > SHARE_IMAGE_BYTES || width > SHARE_IMAGE_WIDTH)
      problems.push(
        `the ${language} share image ${url} is ${bytes} bytes and ${width} px wide (at most ${SHARE_IMAGE_BYTES} and ${SHARE_IMAGE_WIDTH})`
      );
    shareBytes.add(bytes);
  }
  const images = readdirSync(site, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && IMAGE_EXTENSIONS.has(extname(entry.name).toLowerCase())
  );
  for (const entry of images) {
    const path = join(entry.parentPath, entry.name);
    const { exif, xmp, iptc } = await sharp(path).metadata();
    if (exif || xmp || iptc)
      problems.push(`${path.slice(site.length + 1)} carries the camera's metadata (${exif ? 'EXIF, GPS' : xmp ? 'XMP' : 'IPTC'})`);
  }
  return { problems, shareBytes: [...shareBytes], imageCount: images.length };
}
