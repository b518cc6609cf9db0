// The embed page's "Iframe" snippet and oEmbed link, in Chromium (included
// by embed-test.js, which builds the site and starts the browser): the
// iframe snippet copied with its own button and pasted as is into a page on
// another origin shows the widget's text inside the frame, and a new choice
// in the form gives a new snippet that shows the new widget. The oEmbed link
// follows the form too. (The page's width at 320 px and axe are checked by
// embed-test.js on the whole page, these sections included.)
import { strict as assert } from 'node:assert';
import { it } from 'node:test';
import { serve } from '../lib/static-server.js';

/** Shadow text of `tag` inside the pasted page's iframe from `siteOrigin`, once it has rendered. */
async function frameText(page, siteOrigin, tag) {
  const frame = await page.waitForFrame((candidate) => candidate.url().startsWith(`${siteOrigin}/frame/`), { timeout: 15_000 });
  await frame.waitForFunction(
    (name) => document.querySelector(name)?.shadowRoot?.querySelector('[part~="base"]:not([aria-busy])'),
    { timeout: 15_000 },
    tag
  );
  return frame.evaluate((name) => document.querySelector(name).shadowRoot.textContent.replace(/\s+/g, ' ').trim(), tag);
}

/** `context()`: embed-test.js's browser, the site's origin and its `open(path)`, once its `before` has run. */
export function iframeSnippetTests(context) {
  it('copies the iframe snippet, which pasted on another site shows the widget and follows the choice', { timeout: 120_000 }, async () => {
    const { browser, origin, open } = context();
    const page = await open('/embed/en/');
    await browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const partners = [];
    try {
      const cases = [
        { choose: async () => {}, tag: 'community-release', expected: /Daugavpils active community inspires/, path: '/frame/en/release/latest/' },
        {
          choose: async () => {
            await page.select('#element', 'release-list');
          },
          tag: 'release-list',
          expected: /Daugavpils active community inspires/,
          path: '/frame/en/list/',
        },
        {
          choose: async () => {
            await page.select('#element', 'contact-card');
            await page.select('#contact', 'kristine-liepina');
          },
          tag: 'contact-card',
          expected: /Liepi/,
          path: '/frame/en/contact/kristine-liepina/',
        },
      ];
      for (const { choose, tag, expected, path } of cases) {
        await choose();
        await page.evaluate(() => (document.querySelector('[data-snippet="iframe"] [role="status"]').textContent = ''));
        await page.click('button[data-copy="snippet-iframe"]');
        await page.waitForFunction(() => document.querySelector('[data-snippet="iframe"] [role="status"]').textContent === 'Copied');
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        assert.equal(copied, await page.$eval('#snippet-iframe', (textarea) => textarea.value));
        assert.ok(copied.startsWith(`<iframe src="${origin}${path}" title="`), copied);
        assert.ok(copied.endsWith(`<script src="${origin}/frame/resizer.js" async></script>\n`), copied);

        const partner = await serve('test/fixtures', {
          extra: {
            '/': [
              'text/html; charset=utf-8',
              `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head><body>${copied}</body></html>`,
            ],
          },
        });
        partners.push(partner);
        const pasted = await browser.newPage();
        try {
          await pasted.goto(`${partner.origin}/`, { waitUntil: 'networkidle0' });
          assert.match(await frameText(pasted, origin, tag), expected);
        } finally {
          await pasted.close();
        }
      }
      assert.deepEqual(await page.problems(), []);
    } finally {
      for (const partner of partners) partner.close();
      await page.close();
    }
  });

  it('offers the link for WordPress (oEmbed): the release’s landing page, or the frame page of another widget', async () => {
    const { origin, open } = context();
    const page = await open('/embed/en/');
    const link = () => page.$eval('#snippet-oembed', (textarea) => textarea.value);
    assert.equal(await link(), `${origin}/en/2020-05-07-daugavpils-iedvesmo/`);
    await page.select('#element', 'activity-timeline');
    await page.select('#release', '*');
    await page.select('#lang', 'ru');
    assert.equal(await link(), `${origin}/frame/ru/timeline/`);
    await page.select('#element', 'release-list');
    assert.equal(await link(), `${origin}/frame/ru/list/`);
    assert.ok(await page.$('button[data-copy="snippet-oembed"]'), 'with its own copy button');
    await page.close();
  });
}
