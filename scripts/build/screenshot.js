// Takes the README's screenshot of the demo: starts the Vite dev server,
// opens the demo in the Chromium the tests use, and saves a PNG.
// Usage: node scripts/build/screenshot.js [path] [output.png] [width]
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs } from '../lib/browser.js';

const [path = '/', output = 'demo/screenshot.png', width = '900'] = process.argv.slice(2);
const server = await createServer({ logLevel: 'error', server: { port: 0 } });
await server.listen();
const address = /** @type {import('node:net').AddressInfo} */ (server.httpServer.address());
const browser = await puppeteer.launch({ executablePath: await findChromium(), args: chromiumArgs });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: 900, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${address.port}${path}`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('community-release, activity-timeline, contact-card')].every(
      (el) => el.shadowRoot && !el.shadowRoot.querySelector('[aria-busy="true"]')
    )
  );
  await page.screenshot({ path: output, fullPage: true });
  console.log(`saved ${output}`);
} finally {
  await browser.close();
  await server.close();
}
