// Search on the built site, in Chromium: builds a site of two releases with
// `kopiena build`, serves it, and on a language index page types words into
// the search box with the keyboard (Enter). A word of one release's body
// lists exactly that release, linking its landing page; a word of no release
// lists nothing and says so in the status region. Nothing is fetched before
// the first search, every request stays on the site, the page's strict CSP
// (with 'wasm-unsafe-eval' for Pagefind) has no violation, and axe finds
// nothing on the page with results shown. Needs `npm run build`. Exit 1 on failure.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs } from '../lib/browser.js';
import { serve } from '../lib/static-server.js';

const scratch = mkdtempSync(join(tmpdir(), 'kopiena-search-'));
const out = join(scratch, 'site');
const feed = JSON.parse(readFileSync('test/fixtures/feed.json', 'utf8'));
const [first] = feed.releases;
const other = {
  ...first,
  id: '2021-03-01-koris',
  published: '2021-03-01',
  title: { lv: 'Koris dzied bibliotēkā', en: 'A choir sings in the library' },
  summary: { lv: 'Senioru koris uzstājās.', en: 'The seniors’ choir performed.' },
  body: [{ lv: 'Klausītāji dziedāja līdzi harmonikai.', en: 'The listeners sang along with the accordion.' }],
};
delete other.image;
feed.releases.push(other);
writeFileSync(join(scratch, 'feed.json'), JSON.stringify(feed));
execFileSync(process.execPath, ['cli/bin/kopiena.js', 'build', join(scratch, 'feed.json'), '--out', out, '--lang', 'lv,en'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});

let passed = 0;
const failures = [];
const check = (what, ok, detail = '') => {
  if (ok) passed++;
  else failures.push(what);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${!ok && detail ? ` (${detail})` : ''}`);
};

/** Types `words` into the search box by keyboard, presses Enter, and reads what the page then says and lists. */
async function search(tab, words) {
  await tab.$eval('#search-words', (input) => /** @type {HTMLInputElement} */ (input).select());
  await tab.keyboard.press('Backspace');
  await tab.keyboard.type(words);
  // What the last search said is cleared here, so waiting for a status waits for this search.
  await tab.evaluate(() => (document.querySelector('#search-status').textContent = ''));
  await tab.keyboard.press('Enter');
  await tab.waitForFunction(() => document.querySelector('#search-status').textContent !== '', { timeout: 30_000 });
  return tab.evaluate(() => ({
    status: document.querySelector('#search-status').textContent,
    results: [...document.querySelectorAll('#search-results li')].map((item) => ({
      href: item.querySelector('a').getAttribute('href'),
      title: item.querySelector('a').textContent,
      marked: [...item.querySelectorAll('mark')].map((mark) => mark.textContent),
    })),
  }));
}

const server = await serve(out);
const { origin } = server;
const browser = await puppeteer.launch({ executablePath: await findChromium(), args: chromiumArgs });
try {
  for (const [lang, word, title, none] of [
    ['en', 'preschools', 'Daugavpils active community inspires', 'No release matches these words. Try other or fewer words.'],
    ['lv', 'harmonikai', 'Koris dzied bibliotēkā', 'Neviena preses relīze neatbilst šiem vārdiem. Mēģiniet citus vai mazāk vārdu.'],
  ]) {
    const tab = await browser.newPage();
    const requests = [];
    const errors = [];
    tab.on('request', (request) => requests.push(request.url()));
    tab.on('pageerror', (error) => errors.push(/** @type {Error} */ (error).message));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await tab.evaluateOnNewDocument(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });
    await tab.goto(`${origin}/${lang}/`, { waitUntil: 'networkidle0' });
    const shown = await tab.evaluate(
      () =>
        !(/** @type {HTMLFormElement} */ (document.querySelector('#search')).hidden) &&
        document.querySelector('label[for="search-words"]').textContent
    );
    check(`/${lang}/: the search box is shown, labelled`, typeof shown === 'string' && shown.length > 0, String(shown));
    check(
      `/${lang}/: nothing of the index is fetched before a search`,
      !requests.some((url) => url.includes('/pagefind/')),
      requests.filter((url) => url.includes('/pagefind/')).join(', ')
    );
    await tab.focus('#search-words');

    const found = await search(tab, word);
    const expectedId = title === 'Koris dzied bibliotēkā' ? other.id : first.id;
    check(
      `/${lang}/: “${word}” finds exactly the release whose body has it, linking its landing page`,
      found.results.length === 1 && found.results[0].title === title && found.results[0].href === `/${lang}/${expectedId}/`,
      JSON.stringify(found)
    );
    check(
      `/${lang}/: the matched word is marked in the excerpt`,
      found.results[0]?.marked.some((text) => text.toLowerCase().includes(word)),
      JSON.stringify(found)
    );
    const link = await tab.evaluate(async (href) => (await fetch(href)).status, found.results[0]?.href ?? '/');
    check(`/${lang}/: the result's link resolves`, link === 200, String(link));

    const nothing = await search(tab, 'xylofonkvarcs');
    check(
      `/${lang}/: a word of no release lists nothing and says so`,
      nothing.results.length === 0 && nothing.status === none,
      JSON.stringify(nothing)
    );

    const offSite = requests.filter((url) => !url.startsWith(origin));
    check(`/${lang}/: every request stays on the site (${requests.length} requests)`, offSite.length === 0, offSite.join(', '));
    check(
      `/${lang}/: the index was fetched for the search`,
      requests.some((url) => url.includes('/pagefind/') && url.includes(`${lang}_`)),
      requests.join(', ')
    );
    const violations = await tab.evaluate(() => window.__violations);
    check(`/${lang}/: no CSP violation while searching`, violations.length === 0, violations.join('; '));
    check(`/${lang}/: no page errors`, errors.length === 0, errors.join('; '));
    await tab.close();
  }

  // axe is the test's own script, which the page's CSP rightly refuses: it audits the page with the policy bypassed, results shown.
  const audit = await browser.newPage();
  await audit.setBypassCSP(true);
  await audit.goto(`${origin}/en/`, { waitUntil: 'networkidle0' });
  await search(audit, 'choir');
  await audit.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const violations = await audit.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.length}`));
  check('axe finds no violations on the index page with search results', violations.length === 0, violations.join(', '));
} finally {
  await browser.close();
  server.close();
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`search: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
