// Release images given as files: the format by the first bytes, the size from the header.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { imageType, sniffImage } from '../src/site/images.js';
import { repoRoot } from './helpers.js';

describe('release image files', () => {
  it('tell a PNG, JPEG, GIF or WebP by their first bytes, and nothing else', () => {
    assert.equal(sniffImage(readFileSync(join(repoRoot, 'demo/screenshot.png'))), 'png');
    assert.equal(sniffImage(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0])), 'jpeg');
    assert.equal(sniffImage(new TextEncoder().encode('GIF89a')), 'gif');
    assert.equal(sniffImage(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 ')), 'webp');
    assert.equal(sniffImage(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg">')), undefined);
  });

  it('name the MIME type by the URL’s extension', () => {
    assert.equal(imageType('https://example.org/a/photo.JPG?x=1'), 'image/jpeg');
    assert.equal(imageType('https://example.org/a/photo.webp'), 'image/webp');
  });
});
