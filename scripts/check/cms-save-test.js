// Saves a release through the real CMS form that `kopiena init` writes
// (Sveltia CMS in Chromium, on its test-repo backend: scripts/lib/cms.js),
// then checks what it saved with the kopiena command, as a coordinator's
// site would build it: a camera photo uploaded in the form lands in the
// release's own folder and is named relative to it, its description is
// kept per language, the translated contact labels survive the save, and
// `kopiena validate` and `kopiena build` take the folder as saved (the
// published photo without the camera's location). Each click is made once,
// when the CMS can take it (press in scripts/lib/cms.js), and each step waits
// for what a person would see: a box ticked, the file named, "Entry saved".
// Needs `npm run build` (cli/dist) first. Usage: node scripts/check/cms-save-test.js (npm run test:cms-save)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { onScreen, openCms, press, readRepository } from '../lib/cms.js';
import { cameraPhoto, publishedImageProblems } from '../lib/published-images.js';

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

const photo = await cameraPhoto();
writeFileSync(join(scratch, 'talka.jpg'), photo);

const cms = await openCms();
const { page, until, files } = cms;
/** The release's fields in the edit pane showing `language`. */
const pane = (language) => `[data-locale="${language}"]`;
/** Clicks as a person would (scripts/lib/cms.js), failing as soon as the CMS reports a problem. */
const click = (selector) => until(press(page, selector));
const shown = (selector) => until(page.waitForSelector(selector, { timeout: 30_000 }));
let saved;
let savedIn;
try {
  await until(press(page, `::-p-text(${title})`, { timeout: 60_000 }));
  // Latvian, the release's language: tick Image, give it the photo and describe it.
  const imageBox = (language) => `${pane(language)} section[data-key-path="image"] button[role="checkbox"]`;
  // The CMS draws a field once it is scrolled into view, as a person scrolls down to the photo.
  const scrollTo = async (language) =>
    (await shown(`${pane(language)} section[data-key-path="image"]`)).evaluate((section) => section.scrollIntoView({ block: 'start' }));
  // English first: tick Image and describe the photo. (Ticked after the Latvian upload, the English Image shows ticked
  // but the English file has none until it is unticked and ticked again, and that, now and then, empties the Latvian
  // photo: Sveltia CMS 0.221 then refuses the save with "This field is required" on the Latvian image.)
  await click('button[role="radio"][data-mode="edit"][value="en"]');
  await click(`${imageBox('en')}[aria-checked="false"]`);
  await shown(`${imageBox('en')}[aria-checked="true"]`);
  await scrollTo('en');
  await (await shown(`${pane('en')} section[data-key-path="image.alt"] input[lang="en"]`)).type('Clean-up volunteers by the Daugava');
  // Latvian, the release's language: tick Image, give it the photo (the CMS copies it to every language) and describe it.
  await click('button[role="radio"][data-mode="edit"][value="lv"]');
  await click(`${imageBox('lv')}[aria-checked="false"]`);
  await shown(`${imageBox('lv')}[aria-checked="true"]`);
  await scrollTo('lv');
  const upload = await until(page.waitForSelector('[data-locale="lv"] section[data-key-path="image.src"] input[type="file"]', { timeout: 30_000 }));
  await upload.uploadFile(join(scratch, 'talka.jpg'));
  await shown(`${pane('lv')} section[data-key-path="image.src"] ::-p-text(talka.jpg)`);
  await (await shown(`${pane('lv')} section[data-key-path="image.alt"] input[lang="lv"]`)).type('Talkas dalībnieki pie Daugavas');
  // Saved when the CMS says so: it writes the test repository before it shows the notice.
  const saving = Date.now();
  await click('::-p-aria(Save[role="button"])');
  await until(page.waitForSelector('::-p-text(Entry saved)', { timeout: 60_000 })).catch(async (error) => {
    const shows = await onScreen(page);
    // A field the CMS found invalid is shown in the Latvian pane.
    await press(page, 'button[role="radio"][data-mode="edit"][value="lv"]').catch(() => {});
    await page.waitForSelector('.validation[role="alert"]', { timeout: 5_000 }).catch(() => {});
    fail(`${error.message}: the CMS shows ${shows}; on the Latvian tab: ${await onScreen(page)}`);
  });
  savedIn = ((Date.now() - saving) / 1000).toFixed(1);
  saved = await readRepository(page);
  if (!saved[`releases/${release}/index.lv.md`]?.text?.includes('talka.jpg'))
    fail(`the CMS said the entry was saved, but releases/${release}/index.lv.md does not name the photo`);
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
const images = await publishedImageProblems(site, { baseUrl: 'https://example.org/news', release, languages: ['lv', 'en', 'ru'] });
for (const problem of images.problems) fail(`the site built from what the CMS saved: ${problem}`);
rmSync(scratch, { recursive: true, force: true });
console.log(
  `the CMS form saved a release with a photo in ${savedIn} s (${images.imageCount} published images, none with the camera's metadata) and its contact labels in lv, en and ru; validate (${problems.length} warnings) and build take it`
);
