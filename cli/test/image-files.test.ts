// Only real pictures from inside the folder are published: a release image
// that leads out of the folder (`..`, an absolute path, a link), that is not
// a regular file (a device, a named pipe) or too large, or that only starts
// like a picture is refused with words, and the build neither hangs nor
// copies a byte of it.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MAX_IMAGE_BYTES, readImageFile } from '../src/check/image-file.js';
import { kopiena, repoRoot, scratchDir } from './helpers.js';

const base = 'https://example.org/news';
const png = readFileSync(join(repoRoot, 'demo/screenshot.png'));
const pngSignature = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('release image files', async () => {
  const scratch = scratchDir('kopiena-image-files-');
  const outside = join(scratch, 'outside.png');
  const folder = join(scratch, 'feed');
  mkdirSync(folder);
  writeFileSync(outside, png);
  writeFileSync(join(folder, 'inside.png'), png);
  symlinkSync(outside, join(folder, 'link-out.png'));
  symlinkSync('/dev/zero', join(folder, 'zero.png'));
  execFileSync('mkfifo', [join(folder, 'pipe.png')]);
  writeFileSync(join(folder, 'fake.png'), Buffer.concat([pngSignature, Buffer.from('a letter, not a picture\n'.repeat(50))]));
  writeFileSync(join(folder, 'damaged.png'), png.subarray(0, png.length - 200));
  writeFileSync(join(folder, 'huge.png'), png);
  truncateSync(join(folder, 'huge.png'), MAX_IMAGE_BYTES + 1024 * 1024);

  const cases: [string, RegExp][] = [
    ['inside.png', /^$/],
    ['../outside.png', /\.\.\/outside\.png ir ārpus mapes: publicē tikai tos attēlus, kas ir mapē/],
    [outside, /ir ceļš no datora augšējās mapes: norādiet failu no relīzes mapes/],
    ['/dev/zero', /\/dev\/zero ir ceļš no datora augšējās mapes/],
    ['link-out.png', /link-out\.png ir saite uz failu ārpus mapes/],
    ['zero.png', /zero\.png ir saite uz failu ārpus mapes/],
    ['pipe.png', /pipe\.png nav parasts fails/],
    ['fake.png', /fake\.png nav PNG, JPEG, GIF vai WebP attēls/],
    ['damaged.png', /damaged\.png ir bojāts PNG attēls, ko nevar nolasīt/],
    ['huge.png', /huge\.png ir 26,0 MB; publicē attēlus līdz 25,0 MB \(saglabājiet mazāku kopiju\)/],
  ];
  const feed = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/feed.json'), 'utf8'));
  const [template] = feed.releases;
  feed.releases = cases.map(([src], index) => ({
    ...template,
    id: `2020-05-${String(index + 1).padStart(2, '0')}-image`,
    published: `2020-05-${String(index + 1).padStart(2, '0')}`,
    image: { src, alt: 'Foto' },
  }));
  writeFileSync(join(folder, 'feed.json'), JSON.stringify(feed, null, 2));
  const out = join(scratch, 'site');
  // A named pipe opened for reading waits for a writer: a build that hangs is stopped here, and fails.
  const run = await kopiena(['build', join(folder, 'feed.json'), '--out', out, '--base-url', base, '--lang', 'lv'], { timeout: 60_000 });

  it('publishes a picture inside the folder, and nothing of the others', async () => {
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(readdirSync(join(out, 'images')), ['2020-05-01-image']);
    assert.deepEqual(readdirSync(join(out, 'images/2020-05-01-image')), ['photo-480.jpg', 'photo-900.jpg', 'share.jpg']);
    const published = JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8')).releases;
    assert.deepEqual(
      published.filter((release: { image?: unknown }) => release.image).map((release: { id: string }) => release.id),
      ['2020-05-01-image']
    );
    for (let index = 2; index <= cases.length; index++)
      assert.ok(existsSync(join(out, `lv/2020-05-${String(index).padStart(2, '0')}-image/share.png`)), 'a drawn share image instead');
  });

  for (const [index, [src, words]] of cases.entries()) {
    if (index === 0) continue;
    it(`refuses ${src} with words`, async () => {
      const line = run.stderr.split('\n').find((text) => text.includes(`relīze 2020-05-${String(index + 1).padStart(2, '0')}-image, image › src`));
      assert.ok(line, run.stderr);
      assert.match(line, words);
      assert.match(line, /brīdinājums: .*: izlaists, relīzei tā vietā būs zīmēts kopīgošanas attēls$/);
    });
  }

  it('validate says the same, and calls none of it an error', async () => {
    const validated = await kopiena(['validate', join(folder, 'feed.json')], { timeout: 60_000 });
    assert.equal(validated.status, 0, validated.stdout);
    const imageLines = (output: string) => output.split('\n').filter((line) => line.includes('image › src'));
    assert.deepEqual(imageLines(validated.stdout), imageLines(run.stderr));
    assert.equal(imageLines(validated.stdout).length, cases.length - 1);
  });

  it('refuses a device inside the folder it names without reading it', async () => {
    // /dev/zero never ends: it must be refused by its type, before it is opened.
    assert.deepEqual(await readImageFile({ root: '/dev', base: '/dev', src: 'zero' }), { problem: { slip: 'not-a-file', found: 'device' } });
  });
});
