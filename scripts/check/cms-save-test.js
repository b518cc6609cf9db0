// Saves a release through the real CMS form that `kopiena init` writes
// (Sveltia CMS in Chromium, on its test-repo backend: scripts/lib/cms.js),
// then checks what it saved with the kopiena command, as a coordinator's
// site would build it: a camera photo uploaded in the form lands in the
// release's own folder and is named relative to it, its description is
// kept per language, the translated contact labels survive the save, and
// `kopiena validate` and `kopiena build` take the folder as saved (the
// published photo without the camera's location).
// Needs `npm run build` (cli/dist) first. Usage: node scripts/check/cms-save-test.js (npm run test:cms-save)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { openCms, readRepository } from '../lib/cms.js';

const release = '2020-05-07-daugavpils-iedvesmo';
const title = 'Daugavpils darbīgā kopiena iedvesmo';
const scratch = mkdtempSync(join(tmpdir(), 'kopiena-cms-save-'));
const fail = (message) => {
  console.error(`cms-save-test: ${message}`);
  process.exitCode = 1;
  throw new Error(message);
};
/** The front matter of a release file's text. */
const frontMatter = (text) => parse(text.split('\n---\n')[0].replace(/^---\n/, ''));
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// A camera photo: 4000 × 3000, with the camera and where it was taken in its EXIF.
const photo = await sharp({
  create: { width: 4000, height: 3000, channels: 3, background: '#6a8', noise: { type: 'gaussian', mean: 120, sigma: 30 } },
})
  .jpeg({ quality: 90 })
  .withExif({
    IFD0: { Make: 'KopienaCam' },
    IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '55/1 52/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '26/1 31/1 0/1' },
  })
  .toBuffer();
writeFileSync(join(scratch, 'talka.jpg'), photo);

const cms = await openCms();
const { page, until, files } = cms;
let saved;
try {
  await (await until(page.waitForSelector(`::-p-text(${title})`, { timeout: 60_000 }))).click();
  // Latvian, the release's language: tick Image (the box can render before its handler is attached: click until it is ticked).
  const imageBox = 'section[data-key-path="image"] button[role="checkbox"]';
  await until(page.waitForSelector(imageBox, { timeout: 60_000 }));
  for (let attempt = 0; attempt < 40 && !(await page.$(`${imageBox}[aria-checked="true"]`)); attempt++) {
    await page.click(imageBox).catch(() => {});
    await until(page.waitForSelector(`${imageBox}[aria-checked="true"]`, { timeout: 500 })).catch(() => {});
  }
  const upload = await until(page.waitForSelector('section[data-key-path="image.src"] input[type="file"]', { timeout: 30_000 }));
  await upload.uploadFile(join(scratch, 'talka.jpg'));
  await until(page.waitForSelector('section[data-key-path="image.src"] ::-p-text(talka.jpg)', { timeout: 30_000 }));
  await (await page.$('section[data-key-path="image.alt"] input[lang="lv"]')).type('Talkas dalībnieki pie Daugavas');
  // English: the form shows Image ticked, but the English file has none until it is ticked there (Sveltia CMS 0.221):
  // untick and tick it, then describe the photo in English.
  await page.click('button[role="radio"][data-mode="edit"][value="en"]');
  const english = 'section[data-key-path="image"] button[role="checkbox"]';
  await until(page.waitForSelector(`${english}[aria-checked="true"]`, { timeout: 30_000 }));
  await page.click(english);
  await until(page.waitForSelector(`${english}[aria-checked="false"]`, { timeout: 30_000 }));
  await page.click(english);
  await (
    await until(page.waitForSelector('section[data-key-path="image.alt"] input[lang="en"]', { timeout: 30_000 }))
  ).type('Clean-up volunteers by the Daugava');
  await page.click('button ::-p-text(Save)');
  // Saved when the Latvian file names the photo (the test repository is written as the save completes). On a loaded
  // machine a click can come before the button's handler is ready: click Save again every 30 s (saving twice is harmless).
  for (let attempt = 0; attempt < 240; attempt++) {
    if (attempt > 0 && attempt % 60 === 0) await page.click('button ::-p-text(Save)').catch(() => {});
    // A file the CMS is writing at that moment may be missing from the listing: read again.
    const repository = await readRepository(page).catch(() => ({}));
    if (repository[`releases/${release}/index.lv.md`]?.text?.includes('talka.jpg')) {
      saved = repository;
      break;
    }
    await until(pause(500));
  }
  if (!saved) fail('the CMS did not save the release within two minutes');
} finally {
  await cms.close();
}

// The folder as the site's repository would hold it after the save: init's files, then what the CMS wrote.
const project = join(scratch, 'p');
const write = (path, content) => {
  mkdirSync(dirname(join(project, path)), { recursive: true });
  writeFileSync(join(project, path), content);
};
for (const [path, text] of Object.entries(files)) write(path, text);
for (const [path, file] of Object.entries(saved)) write(path, file.text ?? Buffer.from(file.base64, 'base64'));

const folder = `releases/${release}`;
if (!readdirSync(join(project, folder)).includes('talka.jpg')) fail(`the photo is not in ${folder}/`);
if (!readFileSync(join(project, folder, 'talka.jpg')).equals(photo)) fail('the photo in the release folder is not the file uploaded');
const lv = frontMatter(readFileSync(join(project, folder, 'index.lv.md'), 'utf8'));
if (JSON.stringify(lv.image) !== JSON.stringify({ src: 'talka.jpg', alt: 'Talkas dalībnieki pie Daugavas' }))
  fail(`index.lv.md says image: ${JSON.stringify(lv.image)}, not { src: talka.jpg, alt: … }`);
for (const language of ['lv', 'en', 'ru']) {
  const before = frontMatter(files[`${folder}/index.${language}.md`]).contacts?.labels;
  const after = frontMatter(readFileSync(join(project, folder, `index.${language}.md`), 'utf8')).contacts?.labels;
  if (!before?.inquiries || JSON.stringify(after) !== JSON.stringify(before))
    fail(`the ${language} contact labels were ${JSON.stringify(before)} before the save and ${JSON.stringify(after)} after`);
}

const kopiena = (...args) => spawnSync(process.execPath, ['cli/bin/kopiena.js', ...args], { encoding: 'utf8' });
const validate = kopiena('validate', project, '--format', 'json');
const problems = JSON.parse(validate.stdout || '{"problems":[]}').problems;
if (validate.status !== 0) fail(`kopiena validate of the saved folder exited ${validate.status}:\n${validate.stdout}${validate.stderr}`);
const site = join(scratch, 'site');
const build = kopiena('build', project, '--out', site, '--base-url', 'https://example.org/news');
if (build.status !== 0) fail(`kopiena build of the saved folder exited ${build.status}:\n${build.stdout}${build.stderr}`);
const built = JSON.parse(readFileSync(join(site, 'feed.json'), 'utf8')).releases.find((item) => item.id === release);
if (built.image?.alt?.en !== 'Clean-up volunteers by the Daugava' || built.image?.alt?.lv !== 'Talkas dalībnieki pie Daugavas')
  fail(`the built feed's image is ${JSON.stringify(built.image)}`);
if (
  Object.keys(built.contacts?.labels?.inquiries ?? {})
    .sort()
    .join() !== 'en,lv,ru'
)
  fail(`the built feed's contact labels are ${JSON.stringify(built.contacts?.labels)}`);
const published = readdirSync(join(site, 'images', release));
for (const name of published)
  if ((await sharp(join(site, 'images', release, name)).metadata()).exif) fail(`the published ${name} carries the camera's EXIF`);
rmSync(scratch, { recursive: true, force: true });
console.log(
  `the CMS form saved a release with a photo (${published.length} published sizes, none with EXIF) and its contact labels in lv, en and ru; validate (${problems.length} warnings) and build take it`
);
