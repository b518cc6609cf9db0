// Finds a Chromium for tests on any machine: CHROME_PATH, else a system
// Chromium, else the one packaged in @sparticuz/chromium (npm, no download).
import { existsSync } from 'node:fs';

const systemPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export async function findChromium() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const system = systemPaths.find((path) => existsSync(path));
  if (system) return system;
  const { default: chromium } = await import('@sparticuz/chromium');
  return chromium.executablePath();
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
