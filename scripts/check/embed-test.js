// The embed page (embed/), driven in Chromium: `npm run test:embed` (a node
// --test suite; JUnit in test-results/embed-junit.xml). Builds the sample
// site with --base-url set to the loopback server that serves it under a
// strict CSP, then picks element, release, language and layout with the
// form, reads the live widget's shadow DOM, copies the snippet (clipboard
// permission granted through CDP, and refused), pastes the copied snippet
// into a fresh page on another origin and checks it renders the same
// widget from the site's own script with no request to any third origin,
// checks the page has no sideways scroll at 320 px with a 200-character
// title, walks the page with the keyboard only, and runs axe. The iframe
// snippet and the oEmbed link: embed-iframe-test.js.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../lib/browser.js';
import { serve } from '../lib/static-server.js';
import { iframeSnippetTests } from './embed-iframe-test.js';

const out = join(mkdtempSync(join(tmpdir(), 'kopiena-embed-')), 'site');
const policy =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html kopiena 'allow-duplicates'";
/** The snippet's script tag: the site's own bundle (set once the site is built). */
let script;
let bundlePath;
const releaseId = '2020-05-07-daugavpils-iedvesmo';
let site;
let browser;
let origin;

/** The chosen widget in the preview, once it has rendered: its tag, attributes and shadow text. */
async function previewWidget(page) {
  await page.waitForFunction(() => document.querySelector('#preview > *')?.shadowRoot?.querySelector('[part~="base"]:not([aria-busy])'), {
    timeout: 15_000,
  });
  return page.evaluate(() => {
    const widget = document.querySelector('#preview > *');
    return { tag: widget.localName, text: widget.shadowRoot.textContent.replace(/\s+/g, ' ').trim() };
  });
}

async function open(path = '/embed/') {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  // Added through CDP, so the strict policy does not block the watcher itself.
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    // Counts widgets taken out of the preview (each rebuild is a new widget rendering from scratch).
    window.__previewRemovals = 0;
    new MutationObserver((records) =>
      records.forEach((record) => /** @type {Element} */ (record.target).id === 'preview' && (window.__previewRemovals += record.removedNodes.length))
    ).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
  page.problems = async () => [...problems, ...(await page.evaluate(() => window.__violations))];
  return page;
}

const snippetText = (page) => page.$eval('#snippet-script', (textarea) => textarea.value);

before(async () => {
  // The server comes first so the site can be built for its address (the snippet's absolute feed URL).
  // Served with the headers the site's own _headers gives (CORS included), as Netlify or Cloudflare Pages would.
  site = await serve(out, { headers: { 'content-security-policy': policy }, hostHeaders: true });
  origin = site.origin;
  execFileSync(
    process.execPath,
    ['cli/bin/kopiena.js', 'build', 'test/fixtures/feed.json', '--out', out, '--base-url', origin, '--lang', 'lv,en,ru'],
    { stdio: 'inherit' }
  );
  const folder = readdirSync(join(out, 'assets')).find((name) => name.startsWith('kopiena-') && !name.startsWith('kopiena-hydrate'));
  bundlePath = `/assets/${folder}/kopiena.js`;
  script = `<script type="module" src="${origin}${bundlePath}"></script>`;
  browser = await puppeteer.launch({ executablePath: await findChromium(), args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  site?.close();
});

describe('embed page', () => {
  it('shows the newest release live and its snippet, with no CSP violation or error', async () => {
    const page = await open();
    const widget = await previewWidget(page);
    assert.equal(widget.tag, 'community-release');
    assert.match(widget.text, /Daugavpils darbīgā kopiena iedvesmo/);
    assert.equal(await snippetText(page), `${script}\n<community-release src="${origin}/feed.json" lang="lv"></community-release>\n`);
    assert.equal(await page.evaluate(() => window.__previewRemovals), 0, 'the widget written into the page is kept, not rebuilt');
    await page.select('#lang', 'lv'); // a change event that changes nothing
    assert.equal(await page.evaluate(() => window.__previewRemovals), 0, 'an event that changes nothing rebuilds nothing');
    await page.select('#lang', 'en');
    assert.equal(await page.evaluate(() => window.__previewRemovals), 1);
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  it('updates the preview and the snippet as element, release, language and layout are picked', async () => {
    const page = await open();
    await page.select('#release', releaseId);
    await page.select('#lang', 'en');
    await page.select('#release-layout', 'teaser');
    let widget = await previewWidget(page);
    assert.match(widget.text, /Daugavpils active community inspires/);
    assert.match(widget.text, /Read more/);
    assert.equal(
      await snippetText(page),
      `${script}\n<community-release src="${origin}/feed.json" lang="en" release="${releaseId}" layout="teaser" href="${origin}/en/{id}/"></community-release>\n`
    );

    await page.select('#element', 'release-list');
    assert.equal(await page.$eval('fieldset[data-for="release-list"]', (fieldset) => fieldset.hidden), false);
    assert.equal(await page.$eval('fieldset[data-for="community-release"]', (fieldset) => fieldset.hidden), true);
    assert.equal(await page.$('#topic'), null, 'the sample feed has no topics: no choice of topic');
    await page.select('#count', '3');
    widget = await previewWidget(page);
    assert.equal(widget.tag, 'release-list');
    assert.match(widget.text, /Daugavpils active community inspires/);
    assert.equal(
      await snippetText(page),
      `${script}\n<release-list src="${origin}/feed.json" lang="en" count="3" href="${origin}/en/{id}/"></release-list>\n`
    );

    await page.select('#element', 'activity-timeline');
    assert.equal(await page.$eval('fieldset[data-for="activity-timeline"]', (fieldset) => fieldset.hidden), false);
    assert.equal(await page.$eval('fieldset[data-for="community-release"]', (fieldset) => fieldset.hidden), true);
    await page.select('#release', '*');
    await page.select('#group', 'year');
    await page.select('#limit', '5');
    widget = await previewWidget(page);
    assert.equal(widget.tag, 'activity-timeline');
    assert.match(widget.text, /2020/);
    assert.match(widget.text, /Birdhouses from the Social Shelter for the preschool/);
    assert.equal(
      await snippetText(page),
      `${script}\n<activity-timeline src="${origin}/feed.json" lang="en" group="year" limit="5"></activity-timeline>\n`
    );

    await page.select('#element', 'contact-card');
    await page.select('#contact', 'kristine-liepina');
    await page.select('#lang', 'ru');
    await page.select('#contact-layout', 'compact');
    widget = await previewWidget(page);
    assert.equal(widget.tag, 'contact-card');
    assert.match(widget.text, /Кристине Лиепиня/); // the name as the feed writes it in Russian
    assert.match(widget.text, /руководитель проектов/);
    assert.equal(
      await snippetText(page),
      `${script}\n<contact-card src="${origin}/feed.json" lang="ru" contact="kristine-liepina" layout="compact"></contact-card>\n`
    );

    // "All releases" belongs to the timeline only: back on the press release it is gone and "latest" is chosen.
    await page.select('#element', 'activity-timeline');
    await page.select('#release', '*');
    await page.select('#element', 'community-release');
    assert.deepEqual(await page.$eval('#release', (select) => [select.value, select.querySelector('option[value="*"]').disabled]), ['latest', true]);
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  it('copies the exact snippet, and the pasted snippet renders the same widget on another site', async () => {
    const page = await open();
    await browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await page.select('#element', 'activity-timeline');
    await page.select('#release', 'latest');
    // Russian: the widget on the partner's page must also fetch its locale chunk from the site.
    await page.select('#lang', 'ru');
    await page.select('#order', 'asc');
    const preview = await previewWidget(page);
    await page.click('button[data-copy="snippet-script"]');
    await page.waitForFunction(() => document.querySelector('[data-snippet="script"] [role="status"]').textContent === 'Nokopēts');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, `${script}\n<activity-timeline src="${origin}/feed.json" lang="ru" release="latest" order="asc"></activity-timeline>\n`);

    // The partner's page: another origin, the snippet pasted as is; the script comes from the site itself.
    const partner = await serve('test/fixtures', {
      extra: {
        '/': [
          'text/html; charset=utf-8',
          `<!doctype html><html lang="lv"><head><meta charset="utf-8"><title>Partner</title></head><body>${copied}</body></html>`,
        ],
      },
    });
    const pasted = await browser.newPage();
    const requested = [];
    const answered = new Map();
    pasted.on('request', (request) => requested.push(request.url()));
    pasted.on('response', (response) => answered.set(response.url(), response.headers()));
    try {
      await pasted.goto(`${partner.origin}/`, { waitUntil: 'networkidle0' });
      await pasted.waitForFunction(() => document.querySelector('activity-timeline')?.shadowRoot?.querySelector('[part~="base"]:not([aria-busy])'), {
        timeout: 15_000,
      });
      const text = await pasted.evaluate(() => document.querySelector('activity-timeline').shadowRoot.textContent.replace(/\s+/g, ' ').trim());
      assert.equal(text, preview.text);
      // Every request went to the partner's page or to the site: the bundle, its Russian chunk, the feed.
      const origins = new Set(requested.map((url) => new URL(url).origin));
      assert.deepEqual([...origins].sort(), [origin, partner.origin].sort(), requested.join('\n'));
      assert.ok(requested.includes(`${origin}${bundlePath}`), 'the widget ran the site’s own script');
      // A module script across origins needs CORS: the site's _headers gives it, with its type and a long cache.
      const bundleHeaders = answered.get(`${origin}${bundlePath}`);
      assert.deepEqual(
        [bundleHeaders['access-control-allow-origin'], bundleHeaders['content-type'], bundleHeaders['cache-control']],
        ['*', 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable']
      );
      assert.ok(requested.includes(`${origin}/feed.json`), 'and read the site’s feed');
      const bundleFolder = bundlePath.slice(0, -'kopiena.js'.length);
      assert.ok(
        requested.some((url) => url.startsWith(`${origin}${bundleFolder}chunks/ru-`)),
        'and loaded the Russian chunk from beside it'
      );
    } finally {
      partner.close();
      await pasted.close();
      await page.close();
    }
  });

  it('has no sideways scroll at 320 px with a 200-character release title, which each option keeps in full', async () => {
    // A site of its own: the fixture with a title of 200 characters (words of ordinary length) in every language.
    const long = JSON.parse(readFileSync('test/fixtures/feed.json', 'utf8'));
    const title = Array.from({ length: 40 }, (_, index) => `vārds${index % 10}`)
      .join(' ')
      .slice(0, 200);
    assert.equal(title.length, 200);
    long.releases[0].title = { lv: title, en: title, ru: title };
    const folder = mkdtempSync(join(tmpdir(), 'kopiena-embed-long-'));
    writeFileSync(join(folder, 'feed.json'), JSON.stringify(long));
    const longSite = join(folder, 'site');
    const server = await serve(longSite, { headers: { 'content-security-policy': policy } });
    execFileSync(
      process.execPath,
      ['cli/bin/kopiena.js', 'build', join(folder, 'feed.json'), '--out', longSite, '--base-url', server.origin, '--lang', 'lv,en,ru'],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      }
    );
    const page = await browser.newPage();
    await page.setViewport({ width: 320, height: 640 });
    try {
      await page.goto(`${server.origin}/embed/en/`, { waitUntil: 'networkidle0' });
      const overflow = () => page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      for (const element of ['community-release', 'release-list', 'activity-timeline', 'contact-card']) {
        await page.select('#element', element);
        if (element === 'community-release' || element === 'activity-timeline') await page.select('#release', long.releases[0].id);
        await previewWidget(page);
        const [scrollWidth, clientWidth] = await overflow();
        assert.ok(clientWidth <= 320 && scrollWidth <= clientWidth, `${element}: scrollWidth ${scrollWidth} > clientWidth ${clientWidth}`);
      }
      const option = await page.$eval(`#release option[value="${long.releases[0].id}"]`, (node) => [node.textContent, node.title]);
      assert.ok(option[0].endsWith(title) && option[1] === option[0], `the option keeps its full text, as its title too: ${option}`);
    } finally {
      await page.close();
      server.close();
    }
  });

  it('when copying is refused, leaves the snippet selected and says how to copy it', async () => {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', {
        get: () => ({ writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) }),
      });
    });
    await page.goto(`${origin}/embed/en/`, { waitUntil: 'networkidle0' });
    await page.click('button[data-copy="snippet-script"]');
    await page.waitForFunction(() => document.querySelector('[data-snippet="script"] [role="status"]').textContent !== '');
    const state = await page.evaluate(() => {
      const textarea = /** @type {HTMLTextAreaElement} */ (document.querySelector('#snippet-script'));
      return {
        status: document.querySelector('[data-snippet="script"] [role="status"]').textContent,
        focused: document.activeElement === textarea,
        selected: textarea.value.slice(textarea.selectionStart, textarea.selectionEnd) === textarea.value,
      };
    });
    assert.deepEqual(state, {
      status: 'Copying was not allowed. The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
      focused: true,
      selected: true,
    });
    await page.close();
  });

  it('works with the keyboard only: choose with the arrow keys, copy with Enter', async () => {
    const page = await open('/embed/en/');
    await browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const focusedId = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.localName);
    const tabTo = async (id) => {
      for (let step = 0; step < 40 && (await focusedId()) !== id; step++) await page.keyboard.press('Tab');
      assert.equal(await focusedId(), id);
    };
    await tabTo('element');
    await page.keyboard.press('ArrowDown'); // release-list
    await page.keyboard.press('ArrowDown'); // activity-timeline
    await page.keyboard.press('ArrowDown'); // contact-card
    await tabTo('lang');
    await page.keyboard.press('ArrowDown'); // ru
    await tabTo('contact');
    await page.keyboard.press('ArrowDown'); // inese-nastajus
    const widget = await previewWidget(page);
    assert.equal(widget.tag, 'contact-card');
    assert.match(widget.text, /Инесе Настаюс/);
    await tabTo('copy-script');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-snippet="script"] [role="status"]').textContent === 'Copied');
    assert.equal(
      await page.evaluate(() => navigator.clipboard.readText()),
      `${script}\n<contact-card src="${origin}/feed.json" lang="ru" contact="inese-nastajus"></contact-card>\n`
    );
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  iframeSnippetTests(() => ({ browser, origin, open }));

  for (const [path, lang, heading, project] of [
    ['/embed/', 'lv', 'Ievietot savā vietnē', 'Darbīgās kopienas'],
    ['/embed/en/', 'en', 'Embed on your site', 'Active Communities'],
    ['/embed/ru/', 'ru', 'Встроить на свой сайт', 'Активные сообщества'],
  ]) {
    it(`speaks ${lang} at ${path}, and axe finds no violations with each element`, async () => {
      const page = await open(path);
      assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.querySelector('h1').textContent]), [lang, heading]);
      assert.ok((await page.$eval('meta[name="description"]', (meta) => meta.content)).includes(project));
      // Evaluated through CDP: a script tag would be an inline script, which the policy refuses.
      await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
      for (const element of ['community-release', 'release-list', 'activity-timeline', 'contact-card']) {
        await page.select('#element', element);
        await previewWidget(page);
        const violations = await page.evaluate(async () =>
          (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`)
        );
        assert.deepEqual(violations, [], `${element}: ${violations.join('; ')}`);
      }
      await page.close();
    });
  }
});
