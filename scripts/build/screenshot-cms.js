// Takes the README's screenshot of the CMS form: the real Sveltia CMS (the
// pinned devDependency, answered from node_modules where the page asks unpkg, so
// Chromium checks the page's integrity hash against the published file) running the real
// admin/config.yml that `kopiena init` writes, on the release `init` writes.
// Only the backend is swapped, for Sveltia CMS's `test-repo`, which reads the
// files from the browser's origin private file system, where this script puts
// them. It fails on any console error or failed request of the CMS, so it also
// checks that the config loads and the release opens in a real CMS.
// Needs `npm run build` (cli/dist) first.
// Usage: node scripts/build/screenshot-cms.js [output.png]   (npm run screenshot:cms)
//        node scripts/build/screenshot-cms.js --check        (npm run test:cms: no PNG)
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import puppeteer from 'puppeteer-core';
import { parseDocument } from 'yaml';
import { findChromium, chromiumArgs } from '../lib/browser.js';
import { serve } from '../lib/static-server.js';

const check = process.argv.includes('--check');
const [output = 'docs/cms-form.png'] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

// The CMS loads its UI fonts from a CDN; here they come from the same packages, pinned.
const fonts = {
  'source-sans-3:vf@5.3.0/latin-wght-normal.woff2': 'node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  'material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2':
    'node_modules/@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
};
// The CMS asks unpkg whether a newer version exists; offline, that request is expected to fail.
const updateCheck = 'https://unpkg.com/@sveltia/cms/package.json';

async function filesUnder(folder, dir = folder) {
  const files = {};
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(files, await filesUnder(folder, path));
    else files[relative(folder, path)] = await readFile(path, 'utf8');
  }
  return files;
}

const scratch = await mkdtemp(join(tmpdir(), 'kopiena-cms-'));
const project = join(scratch, 'p');
const init = spawnSync(process.execPath, ['cli/bin/kopiena.js', 'init', project], { encoding: 'utf8' });
if (init.status !== 0) throw new Error(`kopiena init failed (run npm run build first): ${init.stderr}`);
const files = await filesUnder(project);
const config = parseDocument(files['admin/config.yml']);
config.set('backend', { name: 'test-repo' });
// The page loads the pinned version from unpkg with an integrity hash; here unpkg's answer is the
// devDependency's own file, so Chromium checks the page's hash against that version as published.
const cmsVersion = JSON.parse(await readFile('node_modules/@sveltia/cms/package.json', 'utf8')).version;
const cmsCdn = `https://unpkg.com/@sveltia/cms@${cmsVersion}/dist/`;
if (!files['admin/index.html'].includes(`src="${cmsCdn}sveltia-cms.js"`)) throw new Error(`admin/index.html no longer loads ${cmsCdn}sveltia-cms.js`);
const server = await serve(scratch, {
  extra: {
    '/admin/': ['text/html; charset=utf-8', files['admin/index.html']],
    '/admin/config.yml': ['text/yaml; charset=utf-8', config.toString()],
    '/blank': ['text/html', '<!doctype html><title>blank</title>'],
  },
});
const { origin } = server;
const browser = await puppeteer.launch({ executablePath: await findChromium(), args: chromiumArgs });
try {
  const page = await browser.newPage();
  /** @type {string[]} */
  const problems = [];
  /** @type {(error: Error) => void} */
  let stop = () => {};
  const stopped = new Promise((_resolve, reject) => (stop = reject));
  const report = (/** @type {string} */ problem) => {
    problems.push(problem);
    stop(new Error(`the CMS form is not right:\n${problems.join('\n')}`));
  };
  /** Waits for `step`, but fails as soon as the CMS reports a problem. */
  const until = (/** @type {Promise<any>} */ step) => Promise.race([step, stopped]);
  stopped.catch(() => {}); // handled by until()
  page.on('console', (message) => {
    const expected = message.type() === 'error' && message.location().url === updateCheck;
    if (message.type() === 'error' && !expected) report(`console error: ${message.text()}`);
    if (message.type() === 'warn') report(`console warning: ${message.text()}`);
  });
  page.on('pageerror', (error) => report(`page error: ${String(error)}`));
  await page.setRequestInterception(true);
  page.on('request', async (request) => {
    const url = request.url();
    const font = Object.entries(fonts).find(([name]) => url === `https://cdn.jsdelivr.net/fontsource/fonts/${name}`);
    if (font)
      return request.respond({
        status: 200,
        contentType: 'font/woff2',
        headers: { 'access-control-allow-origin': '*' },
        body: await readFile(font[1]),
      });
    if (url.startsWith(cmsCdn))
      return request.respond({
        status: 200,
        contentType: 'text/javascript',
        headers: { 'access-control-allow-origin': '*' },
        body: await readFile(join('node_modules/@sveltia/cms/dist', new URL(url).pathname.slice(new URL(cmsCdn).pathname.length))),
      });
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return request.continue();
    if (url !== updateCheck) report(`request outside the machine: ${url}`);
    return request.abort();
  });
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });

  // The test-repo backend reads the folder from the origin private file system.
  await page.goto(`${origin}/blank`);
  const sources = Object.fromEntries(Object.entries(files).filter(([path]) => path === 'kopiena.yml' || path.startsWith('releases/')));
  await page.evaluate(async (sources) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test', { create: true });
    for (const [path, text] of Object.entries(sources)) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1), { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, sources);

  await page.goto(`${origin}/admin/`);
  // The button can render before its handler is attached: click until it goes.
  const signIn = 'button ::-p-text(Work with Test Repository)';
  await until(page.waitForSelector(signIn, { timeout: 60_000 }));
  for (let attempt = 0; attempt < 20 && (await page.$(signIn)); attempt++) {
    await page.click(signIn).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const title = 'Daugavpils darbīgā kopiena iedvesmo';
  await (await until(page.waitForSelector(`::-p-text(${title})`, { timeout: 60_000 }))).click();
  // The second pane opens on the preview; show the English fields beside the Latvian ones. The
  // panes render in steps, so click the second pane's English button until a pane shows English,
  // and wait until both titles are in their fields.
  await until(
    page.waitForFunction(
      (titles) => {
        // Until one pane shows English: both panes offer it, the second one's is the last.
        const english = [...document.querySelectorAll('button[role="radio"][data-mode="edit"][value="en"]')];
        if (!english.some((button) => button.getAttribute('aria-checked') === 'true')) {
          if (english.length < 2 || !document.querySelector('button[role="radio"][value="preview"]')) return false;
          /** @type {HTMLElement} */ (english[english.length - 1]).click();
        }
        return titles.every((title) => [...document.querySelectorAll('input')].some((input) => input.value === title));
      },
      { timeout: 60_000, polling: 250 },
      [title, 'Daugavpils active community inspires']
    )
  );
  const locales = await page.$$eval('button[role="radio"][data-mode="edit"]', (buttons) =>
    [...new Set(buttons.map((button) => button.value))].sort()
  );
  if (locales.join() !== 'en,lv,ru') report(`the editor offers the locales ${locales.join(', ')}, not lv, en and ru`);
  await until(new Promise((resolve) => setTimeout(resolve, 500))); // let the text areas settle to their height
  if (check) console.log('the CMS loads admin/config.yml and opens the release with lv, en and ru, no console errors or warnings');
  else {
    await page.screenshot({ path: output, clip: { x: 0, y: 0, width: 1232, height: 820 } });
    console.log(`saved ${output}`);
  }
} finally {
  await browser.close();
  server.close();
  await rm(scratch, { recursive: true, force: true });
}
