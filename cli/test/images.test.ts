// Release images given as files: the format by the first bytes, the size from the header.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { imageSize, imageType, sniffImage } from '../src/site/images.js';
import { repoRoot } from './helpers.js';

describe('release image files', () => {
  it('tell a PNG, JPEG, GIF or WebP by their first bytes, and nothing else', () => {
    assert.equal(sniffImage(readFileSync(join(repoRoot, 'demo/screenshot.png'))), 'png');
    assert.equal(sniffImage(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0])), 'jpeg');
    assert.equal(sniffImage(new TextEncoder().encode('GIF89a')), 'gif');
    assert.equal(sniffImage(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 ')), 'webp');
    assert.equal(sniffImage(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg">')), undefined);
  });

  it('read the size from a PNG header, a GIF screen and a JPEG start-of-frame past other segments', () => {
    assert.deepEqual(imageSize(readFileSync(join(repoRoot, 'demo/screenshot.png')), 'png'), { width: 900, height: 3003 });
    assert.deepEqual(imageSize(Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0xb0, 0x04, 0x76, 0x02]), 'gif'), { width: 1200, height: 630 });
    const app0 = [0xff, 0xe0, 0x00, 0x06, 0x4a, 0x46, 0x49, 0x46];
    const sof2 = [0xff, 0xc2, 0x00, 0x11, 0x08, 0x02, 0x76, 0x04, 0xb0, 0x03, 0x01, 0x22, 0x00];
    assert.deepEqual(imageSize(Uint8Array.from([0xff, 0xd8, ...app0, ...sof2]), 'jpeg'), { width: 1200, height: 630 });
    assert.equal(imageSize(Uint8Array.from([0xff, 0xd8, 0x00, 0x00]), 'jpeg'), undefined);
  });

  it('name the MIME type by the URL’s extension', () => {
    assert.equal(imageType('https://example.org/a/photo.JPG?x=1'), 'image/jpeg');
    assert.equal(imageType('https://example.org/a/photo.webp'), 'image/webp');
  });
});
