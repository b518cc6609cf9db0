// The real Sveltia CMS (the pinned devDependency, answered from node_modules
// where the page asks unpkg, so Chromium checks the page's integrity hash
// against the published file) running the real admin/config.yml that
// `kopiena init` writes. Only the backend is swapped, for Sveltia CMS's
// `test-repo`, which keeps the files in the browser's origin private file
// system: `openCms` puts a source folder there, and `readRepository` reads
// back what the CMS saved; `press` clicks as a person does, once, when the
// CMS can take the click. Every console error or warning, page error and
// request outside the machine is a problem that fails the step waiting on it.
// Used by scripts/build/screenshot-cms.js and scripts/check/cms-save-test.js.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import puppeteer from 'puppeteer-core';
import { parseDocument } from 'yaml';
import { findChromium, chromiumArgs } from './browser.js';
import { serve } from './static-server.js';

// The CMS loads its UI fonts from a CDN; here they come from the same packages, pinned.
const fonts = {
  'source-sans-3:vf@5.3.0/latin-wght-normal.woff2': 'node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  'material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2':
    'node_modules/@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
};
// The CMS asks unpkg whether a newer version exists; offline, that request is expected to fail.
const updateCheck = 'https://unpkg.com/@sveltia/cms/package.json';
/** The folder the test-repo backend reads in the origin private file system. */
const repository = 'sveltia-cms-test';

/** Every file under `folder` by relative path, as text. */
export async function filesUnder(folder, dir = folder) {
  const files = {};
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(files, await filesUnder(folder, path));
    else files[relative(folder, path)] = await readFile(path, 'utf8');
  }
  return files;
}

/**
 * `kopiena init` in a scratch folder (needs `npm run build` first), and the CMS
 * opened on it in a headless Chromium, signed in to the test repository.
 * @returns {Promise<{ page: import('puppeteer-core').Page, files: Record<string, string>, until: <T>(step: Promise<T>) => Promise<T>, report: (problem: string) => void, close: () => Promise<void> }>}
 */
export async function openCms({ viewport = { width: 1280, height: 900 } } = {}) {
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
  if (!files['admin/index.html'].includes(`src="${cmsCdn}sveltia-cms.js"`))
    throw new Error(`admin/index.html no longer loads ${cmsCdn}sveltia-cms.js`);
  const server = await serve(scratch, {
    extra: {
      '/admin/': ['text/html; charset=utf-8', files['admin/index.html']],
      '/admin/config.yml': ['text/yaml; charset=utf-8', config.toString()],
      '/blank': ['text/html', '<!doctype html><title>blank</title>'],
    },
  });
  const { origin } = server;
  const browser = await puppeteer.launch({ executablePath: await findChromium(), args: chromiumArgs });
  const close = async () => {
    await browser.close();
    server.close();
    await rm(scratch, { recursive: true, force: true });
  };
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
      // Svelte's derived_inert ("a derived read after its effect was destroyed") comes from inside the CMS's own
      // bundle now and then (1 of about 40 runs of test:cms-save here, every click taken); any other warning is a problem.
      if (message.type() === 'warn' && !message.text().includes('svelte.dev/e/derived_inert')) report(`console warning: ${message.text()}`);
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
    await page.setViewport({ ...viewport, deviceScaleFactor: 1 });

    // The test-repo backend reads the folder from the origin private file system.
    await page.goto(`${origin}/blank`);
    const sources = Object.fromEntries(Object.entries(files).filter(([path]) => path === 'kopiena.yml' || path.startsWith('releases/')));
    await page.evaluate(
      async (sources, repository) => {
        const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(repository, { create: true });
        for (const [path, text] of Object.entries(sources)) {
          const parts = path.split('/');
          let dir = root;
          for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
          const writable = await (await dir.getFileHandle(parts.at(-1), { create: true })).createWritable();
          await writable.write(text);
          await writable.close();
        }
      },
      sources,
      repository
    );

    await page.goto(`${origin}/admin/`);
    const signIn = '::-p-aria(Work with Test Repository[role="button"])';
    await until(press(page, signIn, { timeout: 60_000 }));
    await until(page.waitForSelector(signIn, { hidden: true, timeout: 30_000 }));
    return { page, files, until, report, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Where a person could click `element` now, in viewport coordinates, or why they could not: it is
 * disabled, a page transition is under way, or something else is over its middle. Sveltia CMS moves
 * between its pages with a View Transition (document.startViewTransition), and while one runs every
 * click lands on the document's root, not on the page under it: a click then is simply lost.
 * Runs in the page.
 * @param {Element} element
 * @returns {{ x: number, y: number } | { reason: string }}
 */
const whereToClick = (element) => {
  if (!element.isConnected) return { reason: 'it left the page' };
  if (element.closest('[disabled], [aria-disabled="true"], [inert]')) return { reason: 'it is disabled' };
  if (document.documentElement.matches(':active-view-transition')) return { reason: 'a page transition is under way' };
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const box = element.getBoundingClientRect();
  if (!box.width || !box.height) return { reason: 'it is not shown' };
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const top = document.elementFromPoint(x, y);
  if (!top || !(top === element || element.contains(top))) return { reason: `${top ? top.outerHTML.slice(0, 120) : 'nothing'} is over its middle` };
  return { x, y };
};

/**
 * Clicks what `selector` finds as a person would: once, when it is shown, enabled, no page
 * transition is under way and nothing covers it. The caller then waits for what the click does.
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector any Puppeteer selector (::-p-aria, ::-p-text, CSS)
 */
export async function press(page, selector, { timeout = 30_000 } = {}) {
  const deadline = Date.now() + timeout;
  let why = 'it is not on the page';
  while (Date.now() < deadline) {
    const element = await page.waitForSelector(selector, { timeout: Math.max(1, deadline - Date.now()) });
    // Asked again at each frame until it can be clicked, or until it left the page (found again).
    for (;;) {
      const where = await element.evaluate(whereToClick).catch(() => ({ reason: 'it left the page' }));
      if ('x' in where) {
        await page.mouse.click(where.x, where.y);
        return;
      }
      why = where.reason;
      if (why === 'it left the page' || Date.now() >= deadline) break;
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
    }
  }
  throw new Error(`could not click ${selector} within ${timeout} ms: ${why}`);
}

/** What the CMS shows a person now, in words: the address, its dialogs, alerts and notices, and the buttons of the top bar. */
export async function onScreen(page) {
  return page.evaluate(() => {
    const text = (element) => element.textContent.replace(/\s+/g, ' ').trim().slice(0, 200);
    const messages = [...document.querySelectorAll('[role="dialog"], [role="alertdialog"], [role="alert"], [role="status"]')]
      .filter((element) => element.checkVisibility())
      .map((element) => `${element.getAttribute('role')}: ${text(element)}`);
    const buttons = [...document.querySelectorAll('[role="toolbar"] button')]
      .filter((button) => button.checkVisibility())
      .map((button) => `${text(button) || button.getAttribute('aria-label')}${button.hasAttribute('disabled') ? ' (disabled)' : ''}`);
    const transition = document.documentElement.matches(':active-view-transition') ? ', a page transition under way' : '';
    const invalid = [...document.querySelectorAll('.validation[role="alert"]')].map(
      (alert) =>
        `${alert.closest('[data-locale]')?.getAttribute('data-locale')} ${alert.closest('[data-key-path]')?.getAttribute('data-key-path')}: ${text(alert)}`
    );
    return `${location.hash}${transition}; ${messages.join('; ') || 'no dialog or notice'}; buttons: ${buttons.join(', ')}; invalid: ${invalid.join('; ') || 'none shown'}`;
  });
}

/** Every file of the test repository as the CMS left it, by path: text, or base64 bytes under `binary`. */
export async function readRepository(page) {
  return page.evaluate(async (repository) => {
    /** @type {Record<string, { text?: string, base64?: string }>} */
    const files = {};
    const walk = async (dir, prefix) => {
      for await (const [name, handle] of dir.entries()) {
        const path = prefix ? `${prefix}/${name}` : name;
        if (handle.kind === 'directory') await walk(handle, path);
        else {
          const bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
          try {
            files[path] = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
          } catch {
            let binary = '';
            for (const byte of bytes) binary += String.fromCharCode(byte);
            files[path] = { base64: btoa(binary) };
          }
        }
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(repository), '');
    return files;
  }, repository);
}
