// The pages `kopiena build` writes meet their own Content-Security-Policy:
// builds the site from the sample feed, serves it over HTTP, and loads a
// landing page, a language index, the root chooser and the embed pages in
// Chromium. Each page must carry a strict policy (no 'unsafe-inline', no
// 'unsafe-hashes', default-src 'none'), cause zero securitypolicyviolation
// events and zero CSP or Trusted Types console errors, and still show its
// widgets (text read from their shadow roots: server-rendered and hydrated
// on the landing pages, rendered by the script on the embed page, for each
// element). Finally an inline <style> added to a page must be refused, so
// the policy is known to be in force. The site is served with the headers
// its own _headers file gives, so those are shown to fit the policy. Needs `npm run build`. Exit 1 on failure.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs } from '../lib/browser.js';
import { writeMediaKitSample } from '../lib/media-kit-sample.js';
import { serve } from '../lib/static-server.js';

const scratch = mkdtempSync(join(tmpdir(), 'kopiena-site-csp-'));
const out = join(scratch, 'site');
const id = '2020-05-07-daugavpils-iedvesmo';
// The sample feed with a media kit (scripts/lib/media-kit-sample.js).
await writeMediaKitSample(scratch);
execFileSync(
  process.execPath,
  ['cli/bin/kopiena.js', 'build', join(scratch, 'feed.json'), '--out', out, '--base-url', 'https://example.org/news', '--lang', 'lv,en,ru'],
  { stdio: ['ignore', 'ignore', 'inherit'] }
);

let passed = 0;
const failures = [];
const check = (what, ok, detail = '') => {
  if (ok) passed++;
  else failures.push(what);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${!ok && detail ? ` (${detail})` : ''}`);
};

/** The visible text of the first `selector` element's shadow root, once it holds `expected`. */
async function shadowText(tab, selector, expected) {
  try {
    await tab.waitForFunction(
      (selector, expected) => document.querySelector(selector)?.shadowRoot?.textContent.includes(expected),
      { timeout: 15_000 },
      selector,
      expected
    );
  } catch {
    // Reported below with what the page did show.
  }
  return tab.evaluate((selector) => {
    const root = document.querySelector(selector)?.shadowRoot;
    const visible = [...(root?.querySelectorAll('*') ?? [])].some((node) => node.getBoundingClientRect().height > 0);
    return { text: root?.textContent.replace(/\s+/g, ' ').trim() ?? '', visible };
  }, selector);
}

const pages = [
  { path: `lv/${id}/`, widgets: [['community-release', 'Daugavpils darbīgā kopiena iedvesmo']] },
  { path: 'en/', widgets: [['community-release', 'Daugavpils active community inspires']] },
  { path: '', widgets: [] },
  {
    path: 'embed/',
    widgets: [['#preview community-release', 'Daugavpils darbīgā kopiena iedvesmo']],
    // The preview for each element the form offers.
    choices: [
      ['activity-timeline', '#preview activity-timeline', 'Pašu izaudzēti zaļumi Sociālā dienesta klientiem'],
      ['contact-card', '#preview contact-card', 'Arvita Jukša'],
    ],
  },
  { path: 'embed/en/', widgets: [['#preview community-release', 'Daugavpils active community inspires']] },
];

// With the headers the site's own _headers gives each file, as Netlify or Cloudflare Pages would send them:
// the pages must meet their policy with those headers too.
const server = await serve(out, { hostHeaders: true });
const browser = await puppeteer.launch({ executablePath: await findChromium(), args: chromiumArgs });
try {
  for (const { path, widgets, choices = [] } of pages) {
    const tab = await browser.newPage();
    const consoleErrors = [];
    tab.on('console', (message) => {
      if (/Content Security Policy|Trusted Type/i.test(message.text())) consoleErrors.push(message.text());
    });
    tab.on('pageerror', (error) => consoleErrors.push(`page error: ${/** @type {Error} */ (error).message}`));
    // Added by the browser's debugging protocol, so the page's own policy does not apply to it.
    await tab.evaluateOnNewDocument(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.__violations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`.trim())
      );
    });
    const response = await tab.goto(`${server.origin}/${path}`, { waitUntil: 'networkidle0' });
    const sent = response.headers();
    check(
      `/${path}: served with the site's _headers (nosniff, CORS), none that overrides its own policy or forbids framing`,
      sent['x-content-type-options'] === 'nosniff' &&
        sent['access-control-allow-origin'] === '*' &&
        !('content-security-policy' in sent) &&
        !('x-frame-options' in sent),
      JSON.stringify(sent)
    );
    const policy = await tab.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
    // A language index page has the search box, whose Pagefind needs WebAssembly: 'wasm-unsafe-eval' there, nothing else unsafe anywhere.
    const searchPage = /^[a-z]{2}\/$/.test(path);
    check(
      `/${path}: a strict policy (default-src 'none', nothing unsafe${searchPage ? " but 'wasm-unsafe-eval' for search" : ''})`,
      policy.startsWith("default-src 'none';") &&
        !policy.replace("'wasm-unsafe-eval'", '').includes('unsafe-') &&
        policy.includes("script-src 'self'" + (searchPage ? " 'wasm-unsafe-eval'" : ';')) &&
        /style-src 'self'/.test(policy),
      policy
    );
    for (const [selector, expected] of widgets) {
      const shown = await shadowText(tab, selector, expected);
      check(`/${path}: ${selector} shows “${expected}”`, shown.visible && shown.text.includes(expected), shown.text.slice(0, 80));
    }
    if (path.startsWith(`lv/${id}`)) {
      const hydrated = await tab.evaluate(async () => {
        await customElements.whenDefined('community-release');
        const element = document.querySelector('community-release');
        await element.updateComplete;
        return element.hasUpdated === true;
      });
      check(`/${path}: the widget hydrated`, hydrated);
    }
    for (const [element, selector, expected] of choices) {
      await tab.select('#element', element);
      const shown = await shadowText(tab, selector, expected);
      check(`/${path}: the ${element} preview shows “${expected}”`, shown.visible && shown.text.includes(expected), shown.text.slice(0, 80));
    }
    const violations = await tab.evaluate(() => window.__violations);
    check(`/${path}: no CSP violation`, violations.length === 0, violations.join('; '));
    check(`/${path}: no CSP or Trusted Types console error`, consoleErrors.length === 0, consoleErrors.join('; '));
    // The policy is in force: an inline style the page did not ship is refused.
    const refused = await tab.evaluate(async () => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red; }';
      document.head.append(style);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return window.__violations.filter((line) => line.startsWith('style-src')).length;
    });
    check(`/${path}: an inline style added later is refused`, refused === 1, `${refused} style-src violations`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`site CSP: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
