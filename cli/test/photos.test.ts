// A camera photo beside a release, as a coordinator adds one: `image:
// talka.jpg` in the release file. validate and build agree on what the path
// means; the site gets a share image of at most 1200 px and 300 kB and page
// sizes with srcset, turned upright, and no published file carries the
// photo's location or camera (read back with sharp's metadata()).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import sharp from 'sharp';
import { kopiena, scratchDir } from './helpers.js';

const base = 'https://example.org/news';
const id = '2020-05-07-daugavpils-iedvesmo';

/** A 4000×3000 JPEG of fine detail (noise compresses worst), stored on its side (EXIF orientation 6), with GPS, camera and XMP. */
async function cameraPhoto(): Promise<Buffer> {
  const width = 4000;
  const height = 3000;
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 1;
  for (let index = 0; index < pixels.length; index++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    pixels[index] = seed >>> 24;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 92 })
    .withExif({
      IFD0: { Make: 'KopienaCam', Model: 'Test 5000', Orientation: '6' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '55/1 52/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '26/1 31/1 0/1' },
    })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>')
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

const files = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();

/** Adds lines after the first line (`---`) of a release file's front matter. */
function addFrontMatter(file: string, lines: string): void {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/^---\n/, `---\n${lines}\n`));
}

describe('a camera photo beside a release', () => {
  const scratch = scratchDir('kopiena-photos-');
  const source = join(scratch, 'project');
  const release = join(source, 'releases', id);
  const site = join(scratch, 'site');
  let photo: Buffer;
  let validated: Awaited<ReturnType<typeof kopiena>>;
  let built: Awaited<ReturnType<typeof kopiena>>;

  before(async () => {
    assert.equal((await kopiena(['init', source])).status, 0);
    photo = await cameraPhoto();
    writeFileSync(join(release, 'talka.jpg'), photo);
    addFrontMatter(join(release, 'index.lv.md'), 'image:\n  src: talka.jpg\n  alt: Talkas dalībnieki Daugavpilī');
    addFrontMatter(join(release, 'index.en.md'), 'image:\n  alt: Clean-up day volunteers in Daugavpils');
    validated = await kopiena(['validate', source]);
    built = await kopiena(['build', source, '--out', site, '--base-url', base, '--lang', 'lv,en,ru']);
  });

  it('is valid: the path is relative to the release folder in validate and build alike', async () => {
    assert.equal(validated.status, 0, validated.stdout + validated.stderr);
    assert.equal(built.status, 0, built.stderr);
    for (const output of [validated.stdout, built.stderr]) {
      assert.doesNotMatch(output, /image\.src|must be an absolute/);
      // The Russian text has no alt: warned, in both.
      assert.match(output, /index\.lv\.md:\d+:\d+: brīdinājums: image › alt: nav teksta krievu valodā/);
    }
  });

  it('publishes a share image of at most 1200 px and 300 kB, the photo itself cropped to 1200×630', async () => {
    const share = readFileSync(join(site, `images/${id}/share.jpg`));
    assert.ok(share.length <= 300 * 1024, `${share.length} bytes`);
    const { width, height, format } = await sharp(share).metadata();
    assert.deepEqual({ width, height, format }, { width: 1200, height: 630, format: 'jpeg' });
    const feed = JSON.parse(readFileSync(join(site, 'feed.json'), 'utf8'));
    assert.deepEqual(feed.releases[0].image, {
      src: `${base}/images/${id}/share.jpg`,
      alt: { lv: 'Talkas dalībnieki Daugavpilī', en: 'Clean-up day volunteers in Daugavpils' },
      width: 1200,
      height: 630,
    });
    const landing = readFileSync(join(site, `lv/${id}/index.html`), 'utf8');
    assert.ok(landing.includes(`<meta property="og:image" content="${base}/images/${id}/share.jpg">`));
  });

  it('shows the photo upright on the landing pages, in page sizes with srcset and the alt of each language', async () => {
    const sizes = files(join(site, 'images', id)).filter((name) => name.startsWith('photo-'));
    assert.deepEqual(sizes, ['photo-1480.jpg', 'photo-480.jpg', 'photo-960.jpg']);
    for (const name of sizes) {
      const { width, height } = await sharp(join(site, 'images', id, name)).metadata();
      assert.equal(width, Number(name.slice(6, -4)));
      assert.equal(height, Math.round((width * 4000) / 3000), 'the 4000×3000 photo stored on its side is 3000 wide, 4000 high');
    }
    const up = `../../images/${id}`;
    const srcset = `${up}/photo-480.jpg 480w, ${up}/photo-960.jpg 960w, ${up}/photo-1480.jpg 1480w`;
    for (const [lang, alt] of [
      ['lv', 'Talkas dalībnieki Daugavpilī'],
      ['en', 'Clean-up day volunteers in Daugavpils'],
    ]) {
      const landing = readFileSync(join(site, `${lang}/${id}/index.html`), 'utf8');
      assert.ok(landing.includes(`srcset="${srcset}"`), landing);
      assert.ok(landing.includes(`width="1480" height="1973" alt="${alt}"`));
    }
  });

  it('publishes no location, camera or other metadata in any image', async () => {
    const images = files(site).filter((path) => /\.(jpe?g|png|webp|gif)$/.test(path));
    // The share image and three page sizes (the release with a photo needs no drawn share image).
    assert.equal(images.length, 4, images.join(' '));
    for (const path of images) {
      const bytes = readFileSync(join(site, path));
      const { exif, xmp, iptc, orientation } = await sharp(bytes).metadata();
      assert.deepEqual({ path, exif, xmp, iptc, orientation }, { path, exif: undefined, xmp: undefined, iptc: undefined, orientation: undefined });
      assert.ok(!bytes.includes('KopienaCam') && !bytes.includes('Exif\0\0'), path);
    }
    // The photo itself is not published as it was.
    assert.ok(!images.some((path) => readFileSync(join(site, path)).equals(photo)));
  });

  it('gives the same bytes from the same photo', async () => {
    const again = join(scratch, 'again');
    assert.equal((await kopiena(['build', source, '--out', again, '--base-url', base, '--lang', 'lv'])).status, 0);
    for (const name of files(join(site, 'images', id)))
      assert.ok(readFileSync(join(site, 'images', id, name)).equals(readFileSync(join(again, 'images', id, name))), name);
  });
});

describe('a photo named as `image: talka.jpg`', () => {
  it('is read from the release folder, and an image without alt is warned about in validate and build alike', async () => {
    const scratch = scratchDir('kopiena-photo-short-');
    const source = join(scratch, 'project');
    assert.equal((await kopiena(['init', source])).status, 0);
    const release = join(source, 'releases', id);
    const small = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#3a7' } })
      .jpeg()
      .toBuffer();
    writeFileSync(join(release, 'talka.jpg'), small);
    addFrontMatter(join(release, 'index.lv.md'), 'image: talka.jpg');
    const validated = await kopiena(['validate', source]);
    const built = await kopiena(['build', source, '--out', join(scratch, 'site'), '--base-url', base, '--lang', 'lv']);
    assert.equal(validated.status, 0, validated.stdout);
    assert.equal(built.status, 0, built.stderr);
    for (const output of [validated.stdout, built.stderr]) {
      assert.match(output, /index\.lv\.md:\d+:\d+: brīdinājums: image: attēlam nav apraksta \(alt\)/);
      assert.doesNotMatch(output, /image\.src/);
    }
    // Smaller than 1200×630: the largest 1.91:1 crop of it, never enlarged.
    const { width, height } = await sharp(join(scratch, 'site', 'images', id, 'share.jpg')).metadata();
    assert.deepEqual({ width, height }, { width: 800, height: 420 });
    const landing = readFileSync(join(scratch, 'site', `lv/${id}/index.html`), 'utf8');
    assert.ok(landing.includes('width="800" height="600" alt=""'), 'a photo without alt text is shown as decoration');
  });
});

describe('the coordinators’ README', () => {
  it('shows a photo example that validates as written', async () => {
    const scratch = scratchDir('kopiena-photo-readme-');
    const source = join(scratch, 'project');
    assert.equal((await kopiena(['init', source])).status, 0);
    const readme = readFileSync(join(source, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('**Add a photo.**'));
    const example = section.slice(section.indexOf('```yaml\n') + 8, section.indexOf('```\n', section.indexOf('```yaml\n') + 8)).trimEnd();
    const translation = /`(image: \{ alt: [^`]+\})`/.exec(section)![1];
    const release = join(source, 'releases', id);
    writeFileSync(
      join(release, 'talka.jpg'),
      await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#c84' } })
        .jpeg()
        .toBuffer()
    );
    addFrontMatter(join(release, 'index.lv.md'), example);
    addFrontMatter(join(release, 'index.en.md'), translation);
    const russian = /`(image: \{ alt: [^`]+\})`/.exec(readme.slice(readme.indexOf('## По-русски')))![1];
    assert.notEqual(russian, translation, 'the Russian section gives its own translation');
    addFrontMatter(join(release, 'index.ru.md'), russian);
    const validated = await kopiena(['validate', source]);
    assert.equal(validated.status, 0, validated.stdout);
    assert.doesNotMatch(validated.stdout, /image/);
  });
});
