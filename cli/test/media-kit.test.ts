// A release's media kit on the built site (docs/feed-format.md, "Newsroom
// fields"): the landing pages list each attached file with its title, type,
// size, credit and license in the reader's language; a photo is published
// at full resolution without its location or camera, with a web-sized
// preview; a link to a file elsewhere is listed and never fetched; a
// draft's files are not published.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DomUtils, parseDocument } from 'htmlparser2';
import sharp from 'sharp';
import { kopiena, repoRoot, scratchDir } from './helpers.js';
import { serve, type TestServer } from './http.js';

const base = 'https://example.org/news';
const id = '2020-05-07-daugavpils-iedvesmo';

/** A 3000×2000 photo stored on its side (EXIF orientation 6), with GPS, camera serial and XMP, as a camera writes it. */
const cameraPhoto = () =>
  sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#3a7' } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'KopienaCam', Model: 'Test 5000' },
      IFD2: { BodySerialNumber: 'SERIAL12345' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '55/1 52/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '26/1 31/1 0/1' },
    })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>')
    .withIccProfile('p3')
    .withMetadata({ orientation: 6 })
    .toBuffer();

/** A print-ready CMYK JPEG with its CMYK profile and a GPS block. */
const printPhoto = () =>
  sharp({ create: { width: 600, height: 400, channels: 3, background: '#3a7' } })
    .toColourspace('cmyk')
    .withIccProfile('cmyk')
    .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '55/1 52/1 30/1' } })
    .jpeg()
    .toBuffer();

/** A PNG logo with a GPS block in its EXIF. */
const logo = () =>
  sharp({ create: { width: 400, height: 200, channels: 4, background: '#c00a' } })
    .png()
    .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '55/1 52/1 30/1' } })
    .toBuffer();

const files = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();

/** Adds lines after the first line (`---`) of a release file's front matter. */
function addFrontMatter(file: string, lines: string): void {
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, `---\n${lines}\n`));
}

/** The media kit of a landing page: its heading, and per file the link's text and href, the other lines, and the preview. */
function mediaKit(page: string) {
  const document = parseDocument(page);
  const section = DomUtils.findOne((element) => element.attribs.class === 'media-kit', document.children);
  assert.ok(section, 'the page has a media kit');
  const heading = DomUtils.findOne((element) => element.name === 'h2', [section])!;
  assert.equal(section.attribs['aria-labelledby'], heading.attribs.id);
  return {
    heading: DomUtils.textContent(heading),
    items: DomUtils.findAll((element) => element.name === 'li', [section]).map((item) => {
      const link = DomUtils.findOne((element) => element.name === 'a', [item])!;
      const image = DomUtils.findOne((element) => element.name === 'img', [item]);
      const lines = DomUtils.findAll((element) => element.name === 'p', [item]).map((p) => DomUtils.textContent(p));
      return {
        link: DomUtils.textContent(link),
        href: link.attribs.href,
        download: link.attribs.download !== undefined,
        lines: lines.slice(1),
        preview: image ? { src: image.attribs.src, alt: image.attribs.alt, width: image.attribs.width } : undefined,
      };
    }),
  };
}

describe('the media kit of a release', () => {
  const scratch = scratchDir('kopiena-media-kit-');
  const source = join(scratch, 'project');
  const release = join(source, 'releases', id);
  const site = join(scratch, 'site');
  let server: TestServer;
  let requests = 0;
  let photo: Buffer;
  let built: Awaited<ReturnType<typeof kopiena>>;

  before(async () => {
    server = await serve((_request, response) => {
      requests++;
      response.end('%PDF-1.4');
    });
    assert.equal((await kopiena(['init', source])).status, 0);
    photo = await cameraPhoto();
    writeFileSync(join(release, 'Talka foto.jpg'), photo);
    writeFileSync(join(release, 'logo.png'), await logo());
    writeFileSync(join(release, 'druka.jpg'), await printPhoto());
    writeFileSync(join(release, 'plakāts.pdf'), Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2_345_678, 32)]));
    addFrontMatter(
      join(release, 'index.lv.md'),
      [
        'attachments:',
        '  - src: Talka foto.jpg',
        '    title: Talkas dalībnieki',
        '    credit: Jānis Bērziņš',
        '    license: CC BY 4.0',
        '  - src: plakāts.pdf',
        '    title: Plakāts',
        '  - logo.png',
        `  - src: ${server.origin}/brochure.pdf`,
        '    title: Brošūra',
        '  - druka.jpg',
      ].join('\n')
    );
    addFrontMatter(join(release, 'index.en.md'), 'attachments:\n  - title: Clean-up day volunteers\n  - title: Poster\n  - {}\n  - title: Brochure');
    built = await kopiena(['build', source, '--out', site, '--base-url', base, '--lang', 'lv,en,ru']);
  });
  after(() => server.close());

  it('lists each file with its title, type, size, credit and license in the reader’s language', () => {
    assert.equal(built.status, 0, built.stderr);
    const en = mediaKit(readFileSync(join(site, `en/${id}/index.html`), 'utf8'));
    assert.equal(en.heading, 'Photos and files');
    assert.deepEqual(
      en.items.map(({ link, lines }) => ({ link, lines })),
      [
        {
          link: `Clean-up day volunteers (JPEG photo, ${Math.round(readFileSync(join(site, `media/${id}/talka-foto.jpg`)).length / 1000)} kB)`,
          lines: ['2,000 × 3,000 pixels', 'Credit: Jānis Bērziņš', 'License: CC BY 4.0'],
        },
        { link: 'Poster (PDF document, 2.3 MB)', lines: [] },
        {
          link: `logo.png (PNG image, ${Math.round(readFileSync(join(site, `media/${id}/logo.png`)).length / 1000)} kB)`,
          lines: ['400 × 200 pixels'],
        },
        { link: 'Brochure (PDF document)', lines: [] },
        {
          link: `druka.jpg (JPEG photo, ${Math.round(readFileSync(join(site, `media/${id}/druka.jpg`)).length / 1000)} kB)`,
          lines: ['600 × 400 pixels'],
        },
      ]
    );
    const lv = mediaKit(readFileSync(join(site, `lv/${id}/index.html`), 'utf8'));
    assert.equal(lv.heading, 'Fotoattēli un faili');
    assert.equal(lv.items[1].link, 'Plakāts (PDF dokuments, 2,3 MB)');
    assert.deepEqual(lv.items[0].lines, ['2000 × 3000 pikseļu', 'Autors: Jānis Bērziņš', 'Licence: CC BY 4.0']);
    const ru = mediaKit(readFileSync(join(site, `ru/${id}/index.html`), 'utf8'));
    assert.equal(ru.heading, 'Фото и файлы');
    assert.equal(ru.items[1].link, 'Plakāts (документ PDF, 2,3 МБ)');
    assert.deepEqual(ru.items[0].lines.slice(1), ['Автор: Jānis Bērziņš', 'Лицензия: CC BY 4.0']);
  });

  it('links each published file for download beside the release, and the feed names it', () => {
    const en = mediaKit(readFileSync(join(site, `en/${id}/index.html`), 'utf8'));
    assert.deepEqual(
      en.items.map(({ href, download }) => ({ href, download })),
      [
        { href: `../../media/${id}/talka-foto.jpg`, download: true },
        { href: `../../media/${id}/plakats.pdf`, download: true },
        { href: `../../media/${id}/logo.png`, download: true },
        { href: `${server.origin}/brochure.pdf`, download: false },
        { href: `../../media/${id}/druka.jpg`, download: true },
      ]
    );
    assert.ok(readFileSync(join(site, `media/${id}/plakats.pdf`)).equals(readFileSync(join(release, 'plakāts.pdf'))), 'a PDF is copied as it is');
    const feed = JSON.parse(readFileSync(join(site, 'feed.json'), 'utf8'));
    assert.deepEqual(
      feed.releases[0].attachments.map((attachment: { src: string }) => attachment.src),
      [
        `${base}/media/${id}/talka-foto.jpg`,
        `${base}/media/${id}/plakats.pdf`,
        `${base}/media/${id}/logo.png`,
        `${server.origin}/brochure.pdf`,
        `${base}/media/${id}/druka.jpg`,
      ]
    );
    assert.match(readFileSync(join(site, '.htaccess'), 'utf8'), /AddType application\/pdf \.pdf/);
  });

  it('publishes a photo at full resolution, upright, with a web-sized preview whose alt is its title', async () => {
    const original = await sharp(readFileSync(join(site, `media/${id}/talka-foto.jpg`))).metadata();
    assert.deepEqual({ width: original.width, height: original.height }, { width: 2000, height: 3000 });
    const en = mediaKit(readFileSync(join(site, `en/${id}/index.html`), 'utf8'));
    assert.deepEqual(en.items[0].preview, { src: `../../media/${id}/preview/talka-foto.jpg`, alt: 'Clean-up day volunteers', width: '480' });
    const preview = readFileSync(join(site, `media/${id}/preview/talka-foto.jpg`));
    const { width, height, format } = await sharp(preview).metadata();
    assert.deepEqual({ width, height, format }, { width: 480, height: 720, format: 'jpeg' });
    assert.ok(preview.length < 100 * 1024, `${preview.length} bytes`);
    assert.equal(en.items[1].preview, undefined, 'a PDF has no preview');
  });

  it('keeps a photo’s colour profile, and a CMYK photo in CMYK', async () => {
    const given = await sharp(photo).metadata();
    const published = await sharp(readFileSync(join(site, `media/${id}/talka-foto.jpg`))).metadata();
    assert.ok(given.icc && published.icc?.equals(given.icc), 'the Display P3 profile is kept');
    const print = await sharp(readFileSync(join(release, 'druka.jpg'))).metadata();
    const printed = await sharp(readFileSync(join(site, `media/${id}/druka.jpg`))).metadata();
    assert.deepEqual({ space: printed.space, exif: printed.exif }, { space: 'cmyk', exif: undefined });
    assert.ok(print.icc && printed.icc?.equals(print.icc), 'the CMYK profile is kept');
  });

  it('publishes no location, camera or other metadata in any image, the originals included', async () => {
    const images = files(site).filter((path) => /\.(jpe?g|png|webp|gif)$/.test(path) && !path.endsWith('share.png'));
    assert.deepEqual(
      images.filter((path) => path.startsWith('media/')),
      [
        `media/${id}/druka.jpg`,
        `media/${id}/logo.png`,
        `media/${id}/preview/druka.jpg`,
        `media/${id}/preview/logo.jpg`,
        `media/${id}/preview/talka-foto.jpg`,
        `media/${id}/talka-foto.jpg`,
      ]
    );
    for (const path of images) {
      const bytes = readFileSync(join(site, path));
      const { exif, xmp, iptc, orientation } = await sharp(bytes).metadata();
      assert.deepEqual({ path, exif, xmp, iptc, orientation }, { path, exif: undefined, xmp: undefined, iptc: undefined, orientation: undefined });
      assert.ok(!bytes.includes('KopienaCam') && !bytes.includes('SERIAL12345') && !bytes.includes('Exif\0\0'), path);
    }
    assert.ok(!images.some((path) => readFileSync(join(site, path)).equals(photo)));
  });

  it('links a file elsewhere without fetching it', () => {
    assert.equal(requests, 0);
    assert.ok(!files(site).some((path) => path.includes('brochure')));
  });
});

describe('a draft’s media kit', () => {
  it('is not published until the release is', async () => {
    const scratch = scratchDir('kopiena-media-kit-draft-');
    const source = join(scratch, 'project');
    assert.equal((await kopiena(['init', source])).status, 0);
    const release = join(source, 'releases', id);
    writeFileSync(join(release, 'secretplan.pdf'), '%PDF-1.4 secret');
    addFrontMatter(join(release, 'index.lv.md'), 'draft: true\nattachments:\n  - src: secretplan.pdf\n    title: Slepens plāns');
    const site = join(scratch, 'site');
    const built = await kopiena(['build', source, '--out', site, '--base-url', base, '--lang', 'lv']);
    assert.equal(built.status, 0, built.stderr);
    const found = files(site).filter((path) => path.includes('secretplan') || readFileSync(join(site, path)).includes('secretplan'));
    assert.deepEqual(found, []);
    const preview = join(scratch, 'preview');
    assert.equal((await kopiena(['build', source, '--out', preview, '--base-url', base, '--lang', 'lv', '--drafts'])).status, 0);
    assert.ok(files(preview).includes(`media/${id}/secretplan.pdf`), 'a --drafts preview shows it');
  });
});

describe('the coordinators’ README', () => {
  it('shows a media kit example that validates and builds as written', async () => {
    const scratch = scratchDir('kopiena-media-kit-readme-');
    const source = join(scratch, 'project');
    assert.equal((await kopiena(['init', source])).status, 0);
    const readme = readFileSync(join(source, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('**Add photos and files for journalists**'));
    const start = section.indexOf('```yaml\n') + 8;
    const example = section.slice(start, section.indexOf('```\n', start)).trimEnd();
    const translation = /`(attachments: \[[^`]+\])`/.exec(section)![1];
    const release = join(source, 'releases', id);
    writeFileSync(join(release, 'talka-druka.jpg'), await cameraPhoto());
    writeFileSync(join(release, 'programma.pdf'), '%PDF-1.4\n');
    addFrontMatter(join(release, 'index.lv.md'), example);
    addFrontMatter(join(release, 'index.en.md'), translation);
    const russian = /`(attachments: \[[^`]+\])`/.exec(readme.slice(readme.indexOf('## По-русски')))![1];
    addFrontMatter(join(release, 'index.ru.md'), russian);
    const validated = await kopiena(['validate', source]);
    assert.equal(validated.status, 0, validated.stdout);
    assert.doesNotMatch(validated.stdout, /attachments/);
    const site = join(scratch, 'site');
    assert.equal((await kopiena(['build', source, '--out', site, '--base-url', base, '--lang', 'lv,en,ru'])).status, 0);
    const ru = mediaKit(readFileSync(join(site, `ru/${id}/index.html`), 'utf8'));
    assert.deepEqual(
      ru.items.map((item) => item.link.replace(/, [\d.,\s]+ кБ\)$/, ')')),
      ['Участники субботника (фотография JPEG)', 'Программа (документ PDF)']
    );
    const en = mediaKit(readFileSync(join(site, `en/${id}/index.html`), 'utf8'));
    assert.deepEqual(
      en.items.map((item) => item.link.replace(/, [\d.,]+ kB\)$/, ')')),
      ['Clean-up day volunteers (JPEG photo)', 'Programme (PDF document)']
    );
  });
});

describe('a photo of the media kit that cannot be decoded', () => {
  it('is left out with a warning at its own line, also behind a draft', async () => {
    const scratch = scratchDir('kopiena-media-kit-damaged-');
    const feed = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/feed.json'), 'utf8'));
    feed.releases.unshift({ id: '2021-01-01-draft', published: '2021-01-01', title: 'Melnraksts', body: ['Teksts.'], draft: true });
    feed.releases[1].attachments = [
      { src: 'damaged.jpg', title: 'Bojāts' },
      { src: 'plan.pdf', title: 'Plāns' },
    ];
    // A JPEG's first bytes, then nothing a decoder can read.
    writeFileSync(join(scratch, 'damaged.jpg'), Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]));
    writeFileSync(join(scratch, 'plan.pdf'), '%PDF-1.4\n');
    const text = JSON.stringify(feed, null, 2);
    writeFileSync(join(scratch, 'feed.json'), text);
    const line = text.split('\n').findIndex((row) => row.includes('"damaged.jpg"')) + 1;
    const site = join(scratch, 'site');
    const built = await kopiena(['build', join(scratch, 'feed.json'), '--out', site, '--base-url', base, '--lang', 'en']);
    assert.equal(built.status, 0, built.stderr);
    // The feed is in Latvian, so is the warning; it names the release the file belongs to, not the draft before it.
    assert.match(
      built.stderr,
      new RegExp(`feed\\.json:${line}:\\d+: brīdinājums: relīze ${id}, attachments nr\\. 1 › src: damaged\\.jpg ir bojāts JPEG`)
    );
    assert.deepEqual(
      files(site).filter((path) => path.startsWith('media/')),
      [`media/${id}/plan.pdf`]
    );
    const kit = mediaKit(readFileSync(join(site, `en/${id}/index.html`), 'utf8'));
    assert.deepEqual(
      kit.items.map((item) => item.link),
      ['Plāns (PDF document, 1 kB)']
    );
  });
});
