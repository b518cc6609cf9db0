// (Run with node: npm run test:csp. Lives beside the browser suites it completes.)
// Strict CSP and Trusted Types: serves a partner page and dist/ with
//   default-src 'self'; script-src 'self'; style-src 'self';
//   require-trusted-types-for 'script'; trusted-types lit-html kopiena 'allow-duplicates'
// and checks in Chromium that all three elements render with zero CSP
// violations, console errors or page errors. Exit 1 on failure.
import { existsSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs } from '../../scripts/lib/browser.js';
import { serve } from '../../scripts/lib/static-server.js';

if (!existsSync('dist/kopiena.js')) {
  console.error('dist/kopiena.js is missing: run npm run build first.');
  process.exit(1);
}
const policy =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html kopiena 'allow-duplicates'";
const page = `<!doctype html><html lang="lv"><head><meta charset="utf-8"><title>CSP</title>
<script src="/watch.js"></script>
<script type="module" src="/dist/kopiena.js"></script></head><body>
<community-release src="/feed.json" share></community-release>
<activity-timeline src="/feed.json"></activity-timeline>
<contact-card src="/feed.json" contact="arvita-juksa"></contact-card>
<contact-card name="Anna Bērziņa" phone="+371 20000000" lang="ru"></contact-card>
</body></html>`;
// Inline scripts are blocked by the policy itself, so the watcher is a file too.
const watch = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(event.violatedDirective + ' ' + event.blockedURI));`;
const server = await serve('.', {
  headers: { 'content-security-policy': policy },
  extra: {
    '/': ['text/html; charset=utf-8', page],
    '/watch.js': ['text/javascript', watch],
    '/feed.json': ['application/json', readFileSync('test/fixtures/feed.json')],
  },
});
const browser = await puppeteer.launch({ executablePath: await findChromium(), args: chromiumArgs });
let failed = false;
try {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(`page error: ${/** @type {Error} */ (error).message}`));
  tab.on('console', (message) => message.type() === 'error' && errors.push(`console: ${message.text()}`));
  await tab.goto(`${server.origin}/`, { waitUntil: 'networkidle0' });
  await tab.waitForFunction(
    () =>
      [...document.querySelectorAll('community-release, activity-timeline, contact-card')].every((element) =>
        element.shadowRoot?.querySelector('[part~="base"]:not([aria-busy])')
      ),
    { timeout: 15_000 }
  );
  const result = await tab.evaluate(() => ({
    violations: window.__violations,
    texts: [...document.querySelectorAll('community-release, activity-timeline, contact-card')].map((element) =>
      element.shadowRoot.textContent.replace(/\s+/g, ' ').trim().slice(0, 40)
    ),
    trustedTypes: typeof window.trustedTypes !== 'undefined',
  }));
  console.log(`policy: ${policy}`);
  for (const text of result.texts) console.log(`  rendered: ${text}…`);
  const expected = ['Projekts „Darbīgās kopienas”', '2020. gada 29. aprīlī', 'Arvita Jukša', 'Anna Bērziņa'];
  const missing = expected.filter((text, index) => !result.texts[index]?.includes(text));
  failed = result.violations.length > 0 || errors.length > 0 || missing.length > 0 || !result.trustedTypes;
  console.log(
    `CSP and Trusted Types: ${result.violations.length} violations, ${errors.length} errors, ${expected.length - missing.length} of ${expected.length} elements rendered`
  );
  for (const line of [...result.violations, ...errors, ...missing.map((text) => `not rendered: ${text}`)]) console.log(`  FAIL ${line}`);
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
