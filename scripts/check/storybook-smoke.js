// Opens every story of the built Storybook (storybook-static/) in headless
// Chromium and checks: no page error, each kopiena element rendered its
// shadow root (past the skeleton, but in loading stories), and axe-core
// finds no violation. Prints one line per story; exit 1 on any failure.
import { existsSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs } from '../lib/browser.js';
import { serve } from '../lib/static-server.js';

if (!existsSync('storybook-static/index.json')) {
  console.error('storybook-static/ is missing: run npm run build-storybook first.');
  process.exit(1);
}
const entries = Object.values(JSON.parse(readFileSync('storybook-static/index.json', 'utf8')).entries).filter((entry) => entry.type === 'story');
// Every story as designers first see it, and the seed stories in every other locale and theme.
const seedStories = entries.filter((entry) => /--(seed-release|seed-activities|from-the-feed)$/.test(entry.id));
const variants = ['en', 'ru', 'lt', 'et', 'uk'].flatMap((locale, index) =>
  ['dark', 'brand', 'light'].slice(index % 3, (index % 3) + 1).map((theme) => `locale:${locale};theme:${theme}`)
);
const stories = [
  ...entries.map((entry) => ({ id: entry.id, globals: '' })),
  ...seedStories.flatMap((entry) => [...variants, 'locale:lv;theme:dark', 'locale:lv;theme:brand'].map((globals) => ({ id: entry.id, globals }))),
];
const server = await serve('storybook-static');
const browser = await puppeteer.launch({ executablePath: await findChromium(), args: chromiumArgs });
const failures = [];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  let errors = [];
  page.on('pageerror', (error) => errors.push(/** @type {Error} */ (error).message));
  for (const story of stories) {
    errors = [];
    const loading = /loading/i.test(story.id);
    await page.goto(`${server.origin}/iframe.html?id=${story.id}&viewMode=story${story.globals ? `&globals=${story.globals}` : ''}`, {
      waitUntil: 'load',
    });
    let state;
    try {
      await page.waitForFunction(
        (loading) => {
          const elements = [
            ...document.querySelectorAll(
              '#storybook-root community-release, #storybook-root activity-timeline, #storybook-root contact-card, #storybook-root release-list'
            ),
          ];
          return (
            elements.length > 0 &&
            elements.every((element) => element.shadowRoot?.querySelector(loading ? '[part~="base"]' : '[part~="base"]:not([aria-busy])'))
          );
        },
        { timeout: 15_000 },
        loading
      );
      if (!(await page.evaluate(() => typeof window.axe))?.startsWith('object'))
        await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
      // Storybook's a11y addon runs the same axe instance after each render; wait for its run to finish instead of colliding with it.
      state = await page.evaluate(async () => {
        for (let attempt = 0; ; attempt++) {
          try {
            return (await window.axe.run(document.querySelector('#storybook-root'))).violations.map(
              (violation) => `${violation.id} (${violation.nodes.length})`
            );
          } catch (error) {
            if (attempt >= 50 || !/already running/.test(error.message)) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      });
    } catch (error) {
      state = [`not rendered: ${error.message.split('\n')[0]}`];
    }
    const problems = [...state, ...errors.map((message) => `page error: ${message}`)];
    if (problems.length) failures.push(story);
    const name = `${story.id}${story.globals ? ` [${story.globals}]` : ''}`;
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${name}${problems.length ? `: ${problems.join('; ')}` : ''}`);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`storybook: ${stories.length - failures.length} stories passed, ${failures.length} failed`);
process.exit(failures.length || !stories.length ? 1 : 0);
