/// <reference types="node" />
/**
 * Where the `kopiena pages` command finds the Chromium that draws share
 * images: CHROME_PATH, else a system Chromium or Chrome, else
 * @sparticuz/chromium when the user installed it beside the command.
 * (The repository's tests and benchmarks have their own lookup in
 * scripts/lib/browser.js: runtime code never imports from scripts/.)
 */
import { existsSync } from 'node:fs';

const systemPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** An optional package: named through a variable so the bundler leaves it out. */
const packagedChromium = '@sparticuz/chromium';

export async function findChromium(): Promise<string> {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const system = systemPaths.find((path) => existsSync(path));
  if (system) return system;
  try {
    const { default: chromium } = (await import(packagedChromium)) as { default: { executablePath(): Promise<string> } };
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
