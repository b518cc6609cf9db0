// Finds a Chromium on any machine: CHROME_PATH, else a system Chromium or
// Chrome, else the one packaged in @sparticuz/chromium (npm, no download).
// Used by the tests, benchmarks and screenshots; the kopiena command has its own (cli/src/site/share-image.ts).
import { existsSync } from 'node:fs';

const systemPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export async function findChromium() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const system = systemPaths.find((path) => existsSync(path));
  if (system) return system;
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    return await chromium.executablePath();
  } catch {
    throw new Error('No Chromium found: set CHROME_PATH to a Chromium or Chrome executable.');
  }
}

/** Flags for a headless Chromium on a closed network, possibly as root. */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
