// Takes docs/theming.md's screenshot of Storybook's Controls panel: serves the
// built Storybook (npm run build-storybook first), opens the timeline's story
// in the manager UI, types a `from` date as a designer would, and saves a PNG.
// Usage: node scripts/build/screenshot-controls.js [output.png]
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../lib/browser.js';
import { serve } from '../lib/static-server.js';

const [output = 'docs/storybook-controls.png'] = process.argv.slice(2);
const server = await serve('storybook-static');
const browser = await puppeteer.launch({ executablePath: await findChromium(), args: chromiumArgs });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 760, deviceScaleFactor: 1 });
  await page.goto(`${server.origin}/?path=/story/elements-activity-timeline--seed-activities&panel=bottom&nav=false`, { waitUntil: 'load' });
  // The panel beside the story (panel=bottom, no sidebar) shows the attributes' rows whole.
  await page.waitForSelector('#control-from', { timeout: 30_000 });
  await page.focus('#control-from');
  await page.keyboard.type('2020-05');
  const frame = await (await page.$('#storybook-preview-iframe')).contentFrame();
  await frame.waitForFunction(() => document.querySelector('activity-timeline')?.shadowRoot?.querySelector('[part~="item"]'), { timeout: 20_000 });
  // The attributes section at the top of the panel; the focused field keeps its ring.
  await page.$eval('#storybook-panel-root table', (table) => {
    const attributes = [...table.querySelectorAll('td[colspan] > button')].find((button) => /attributes/.test(button.textContent));
    attributes?.closest('tr')?.scrollIntoView({ block: 'start', inline: 'nearest' });
  });
  // Focusing the field scrolled the panel sideways; the names column belongs in the picture.
  await page.$eval('#storybook-panel-root', (root) => {
    for (const node of [root, ...root.querySelectorAll('*')]) node.scrollLeft = 0;
    for (let node = root.parentElement; node; node = node.parentElement) node.scrollLeft = 0;
  });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await page.screenshot({ path: output });
  console.log(`saved ${output}`);
} finally {
  await browser.close();
  server.close();
}
