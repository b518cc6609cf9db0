// The iframe embed and oEmbed (frame/), driven in Chromium as part of `npm
// run test:embed`. Builds two sites with --base-url set to the loopback
// server that serves them (the sample feed, and a 30-activity history whose
// timeline has "Show more"), then embeds their frame pages in pages on
// another origin: a plain iframe; the iframe of the oEmbed JSON in a
// WordPress-style parent (the iframe made as WordPress makes it:
// `sandbox="allow-scripts"`, a secret in the URL; sized by a copy of what
// wp-embed.js does: the height message with the matching secret, clamped to
// 200–1000 px); the partner's optional resizer script; no script at all.
// Checks what the reader sees in the frame, that the height the frame
// reports is its content's (±2 px) after a language change and "Show more",
// the oEmbed JSON's fields, and axe inside the frame.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../lib/browser.js';
import { makeHistory } from '../lib/history-feed.js';
import { serve } from '../lib/static-server.js';

const scratch = mkdtempSync(join(tmpdir(), 'kopiena-frames-'));
const releaseId = '2020-05-07-daugavpils-iedvesmo';
const secret = 'Ab3dE6gH9k';
let browser;
/** The sample site and the history site, each served with CORS (as GitHub Pages and the site's host files do). */
let sample;
let history;
/** The partner's pages: another origin. */
let partner;
const partnerPages = {};

function build(feed, out, origin) {
  execFileSync(process.execPath, ['cli/bin/kopiena.js', 'build', feed, '--out', out, '--base-url', origin, '--lang', 'lv,en,ru'], {
    stdio: 'ignore',
  });
}

/** A WordPress post holding an oEmbed `html`, made into an embed as WordPress does it, with the parent side of wp-embed.js. */
const wordpressPost = (oembedHtml) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A WordPress post</title></head><body>
<h1>A post</h1>
<template id="oembed">${oembedHtml}</template>
<script>
  window.__reports = [];
  window.__links = [];
  // wp_filter_oembed_result(): the iframe sandboxed, with a secret in its URL and as data-secret.
  var iframe = document.getElementById('oembed').content.querySelector('iframe').cloneNode(true);
  iframe.className = 'wp-embedded-content';
  iframe.setAttribute('sandbox', 'allow-scripts');
  iframe.setAttribute('security', 'restricted');
  iframe.setAttribute('data-secret', '${secret}');
  iframe.src = iframe.getAttribute('src') + '#?secret=${secret}';
  document.body.append(iframe);
  // wp-embed.js: resize the iframe whose secret matches, clamped to 200–1000 px; say 'ready' once loaded.
  window.addEventListener('message', function (e) {
    var data = e.data;
    if (!data || !(data.secret || data.message || data.value)) return;
    if (/[^a-zA-Z0-9]/.test(data.secret)) return;
    var iframes = document.querySelectorAll('iframe[data-secret="' + data.secret + '"]');
    for (var i = 0; i < iframes.length; i++) {
      var source = iframes[i];
      if (e.source !== source.contentWindow) continue;
      source.removeAttribute('style');
      if ('height' === data.message) {
        window.__reports.push(data.value);
        var height = parseInt(data.value, 10);
        if (height > 1000) height = 1000;
        else if (~~height < 200) height = 200;
        source.height = height;
      }
      if ('link' === data.message) window.__links.push(data.value);
    }
  });
  window.addEventListener('load', function () {
    iframe.contentWindow.postMessage({ message: 'ready', secret: '${secret}' }, '*');
  });
</script>
</body></html>`;

/** A partner page at `path` on the partner's origin. */
function partnerPage(path, body) {
  partnerPages[path] = [
    'text/html; charset=utf-8',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head><body>${body}</body></html>`,
  ];
  return `${partner.origin}${path}`;
}

/** A WordPress post at `path` on the partner's origin, embedding oEmbed `html`. */
function wordpressPage(path, html) {
  partnerPages[path] = ['text/html; charset=utf-8', wordpressPost(html)];
  return `${partner.origin}${path}`;
}

async function open(url) {
  const page = await browser.newPage();
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && page.problems.push(`console: ${message.text()}`));
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** The frame of `site` in `page`, once its widget has rendered. */
async function frameOf(page, site, tag) {
  let frame;
  for (let tries = 0; tries < 100 && !frame; tries++) {
    frame = page.frames().find((candidate) => candidate.url().startsWith(`${site.origin}/frame/`));
    if (!frame) await page.waitForFrame((candidate) => candidate.url().startsWith(`${site.origin}/frame/`), { timeout: 15_000 });
  }
  await frame.waitForFunction(
    (name) => document.querySelector(name)?.shadowRoot?.querySelector('[part~="base"]:not([aria-busy])'),
    { timeout: 15_000 },
    tag
  );
  return frame;
}

const contentHeight = (frame) => frame.evaluate(() => document.body.getBoundingClientRect().height);
const widgetText = (frame, tag) =>
  frame.evaluate((name) => document.querySelector(name).shadowRoot.querySelector('[part~="base"]').textContent.replace(/\s+/g, ' ').trim(), tag);

/** Waits until the parent's last height report is the frame's content height (±2 px) and stays so; resolves to it. */
async function reportedHeight(page, frame) {
  for (let tries = 0; tries < 20; tries++) {
    const height = await contentHeight(frame);
    await page.waitForFunction((expected) => Math.abs((window.__reports.at(-1) ?? -99) - expected) <= 2, { timeout: 10_000 }, height);
    if (Math.abs((await contentHeight(frame)) - height) <= 2) return page.evaluate(() => window.__reports.at(-1));
  }
  throw new Error('the frame’s height never settled');
}

/** The iframe's height as WordPress set it, clamped as wp-embed.js clamps. */
const clamped = (height) => Math.min(1000, Math.max(200, parseInt(String(height), 10)));
const iframeHeight = (page) => page.$eval('iframe', (iframe) => Number(iframe.getAttribute('height')));

before(async () => {
  sample = await serve(join(scratch, 'sample'), { headers: { 'access-control-allow-origin': '*' } });
  history = await serve(join(scratch, 'history'), { headers: { 'access-control-allow-origin': '*' } });
  partner = await serve(scratch, { extra: partnerPages });
  build('test/fixtures/feed.json', join(scratch, 'sample'), sample.origin);
  const feed = join(scratch, 'history.json');
  writeFileSync(feed, JSON.stringify(makeHistory({ releases: 3, perPage: 0, activities: 10 }).index));
  build(feed, join(scratch, 'history'), history.origin);
  browser = await puppeteer.launch({ executablePath: await findChromium(), args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  for (const server of [sample, history, partner]) server?.close();
});

describe('iframe embed', () => {
  it('shows the widget as a plain iframe on another origin', async () => {
    const page = await open(
      partnerPage('/plain', `<iframe src="${sample.origin}/frame/lv/release/latest/" title="Relīze" width="600" height="700"></iframe>`)
    );
    const frame = await frameOf(page, sample, 'community-release');
    assert.match(await widgetText(frame, 'community-release'), /Daugavpils darbīgā kopiena iedvesmo/);
    assert.equal(await frame.evaluate(() => document.title), 'Daugavpils darbīgā kopiena iedvesmo · Darbīgās kopienas');
    // No parent script: the frame keeps its own height and scrolls inside.
    assert.equal(await iframeHeight(page), 700);
    const scrolled = await frame.evaluate(() => {
      window.scrollTo(0, 200);
      return { scrollY: window.scrollY, content: document.documentElement.scrollHeight, shown: window.innerHeight };
    });
    assert.ok(scrolled.content > scrolled.shown && scrolled.scrollY === 200, JSON.stringify(scrolled));
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  it('reads without JavaScript (server-rendered), noindex for search engines', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${sample.origin}/frame/ru/contact/kristine-liepina/`, { waitUntil: 'load' });
    const text = await page.evaluate(() => document.querySelector('contact-card').shadowRoot.textContent);
    assert.match(text, /Кристине Лиепиня/);
    assert.equal(await page.$eval('meta[name="robots"]', (meta) => meta.content), 'noindex, indexifembedded');
    await page.close();
  });
});

/** The oEmbed JSON a landing page announces (read as WordPress discovers it: the link in the page's head). */
async function discover(site, landing) {
  const page = await browser.newPage();
  await page.goto(`${site.origin}/${landing}`, { waitUntil: 'load' });
  const href = await page.$eval('link[rel="alternate"][type="application/json+oembed"]', (link) => link.href);
  await page.close();
  const response = await fetch(href);
  assert.equal(response.status, 200);
  return { href, json: await response.json() };
}

describe('oEmbed and WordPress', () => {
  it('a landing page announces an oEmbed JSON that validates, its html one iframe of the release’s frame page', async () => {
    const { href, json } = await discover(sample, `lv/${releaseId}/`);
    assert.equal(href, `${sample.origin}/frame/lv/release/${releaseId}/oembed.json`);
    assert.equal(json.version, '1.0');
    assert.equal(json.type, 'rich');
    for (const field of ['html', 'title', 'provider_name', 'provider_url', 'thumbnail_url']) assert.equal(typeof json[field], 'string', field);
    for (const field of ['width', 'height', 'thumbnail_width', 'thumbnail_height'])
      assert.ok(Number.isInteger(json[field]) && json[field] > 0, field);
    assert.equal(json.title, 'Daugavpils darbīgā kopiena iedvesmo · Darbīgās kopienas');
    assert.equal(json.provider_name, 'Darbīgās kopienas');
    assert.equal(json.provider_url, `${sample.origin}/lv/`);
    assert.equal(json.thumbnail_url, `${sample.origin}/lv/${releaseId}/share.png`);
    // Parsed by a browser's HTML parser: exactly one element, the iframe, with the oEmbed's size and title.
    const page = await browser.newPage();
    const parsed = await page.evaluate((html) => {
      const body = new DOMParser().parseFromString(html, 'text/html').body;
      const iframe = /** @type {HTMLIFrameElement} */ (body.firstElementChild);
      return {
        count: body.querySelectorAll('*').length,
        tag: iframe.localName,
        src: iframe.src,
        title: iframe.title,
        width: iframe.width,
        height: iframe.height,
      };
    }, json.html);
    await page.close();
    assert.deepEqual(parsed, {
      count: 1,
      tag: 'iframe',
      src: `${sample.origin}/frame/lv/release/${releaseId}/`,
      title: json.title,
      width: String(json.width),
      height: String(json.height),
    });
    assert.equal((await fetch(parsed.src)).status, 200);
  });

  it('in WordPress’s sandbox it renders, reports its content’s height with the secret, and again after a language change', async () => {
    const { json } = await discover(sample, `lv/${releaseId}/`);
    // The teaser's frame is shorter than WordPress's 1000 px cap, so the iframe is exactly its content's height.
    const teaser = JSON.parse(readFileSync(join(scratch, `sample/frame/lv/release/${releaseId}/teaser/oembed.json`), 'utf8'));
    assert.equal(JSON.parse(readFileSync(join(scratch, `sample/frame/lv/release/${releaseId}/oembed.json`), 'utf8')).html, json.html);
    const post = await open(wordpressPage('/wordpress-teaser', teaser.html));
    let frame = await frameOf(post, sample, 'community-release');
    assert.equal(await frame.evaluate(() => origin), 'null', 'the sandbox gives the frame an opaque origin');
    assert.match(await widgetText(frame, 'community-release'), /Daugavpils darbīgā kopiena iedvesmo/);
    const reported = await reportedHeight(post, frame);
    assert.ok(reported > 200 && reported < 1000, `${reported}`);
    assert.equal(await iframeHeight(post), reported);

    // The reader picks English in the frame: the frame goes to the English page, the secret with it.
    await Promise.all([frame.waitForNavigation(), frame.click('footer a[hreflang="en"]')]);
    frame = await frameOf(post, sample, 'community-release');
    assert.equal(new URL(frame.url()).hash, `#?secret=${secret}`);
    assert.match(await widgetText(frame, 'community-release'), /Daugavpils active community inspires/);
    const english = await reportedHeight(post, frame);
    assert.ok(Math.abs(english - (await contentHeight(frame))) <= 2);
    assert.equal(await iframeHeight(post), english);

    // A link to the site goes to WordPress, which opens it in the page (the sandbox forbids the frame to).
    await frame.click('footer a:not([hreflang])');
    await frame.click(`community-release >>> a[href$="/en/${releaseId}/"]`);
    await post.waitForFunction(() => window.__links.length === 2);
    assert.deepEqual(await post.evaluate(() => window.__links), [`${sample.origin}/en/${releaseId}/`, `${sample.origin}/en/${releaseId}/`]);
    assert.equal(new URL(frame.url()).pathname, `/frame/en/release/${releaseId}/teaser/index.html`, 'the frame stayed where it was');
    assert.deepEqual(post.problems, []);
    await post.close();
  });

  it('reports its new height after “Show more”; WordPress clamps the iframe to 1000 px', async () => {
    // Each embed configuration announces its own oEmbed too: here the timeline of every release.
    const { href, json } = await discover(history, 'frame/en/timeline/');
    assert.equal(href, `${history.origin}/frame/en/timeline/oembed.json`);
    const post = await open(wordpressPage('/wordpress-history', json.html));
    const frame = await frameOf(post, history, 'activity-timeline');
    const items = () => frame.evaluate(() => document.querySelector('activity-timeline').shadowRoot.querySelectorAll('[part~="item"]').length);
    assert.equal(await items(), 20);
    const before = await reportedHeight(post, frame);
    assert.equal(await iframeHeight(post), 1000, `${before} px of content, clamped`);
    // Once the widget has hydrated (its module script came with CORS), "Show more" shows the other 10.
    await frame.waitForFunction(() => document.querySelector('activity-timeline').hasUpdated, { timeout: 15_000 });
    await frame.click('activity-timeline >>> [part~="more"]');
    await frame.waitForFunction(() => document.querySelector('activity-timeline').shadowRoot.querySelectorAll('[part~="item"]').length === 30);
    const after = await reportedHeight(post, frame);
    assert.ok(after > before + 200, `${before} → ${after}`);
    assert.equal(await iframeHeight(post), 1000);
    assert.deepEqual(post.problems, []);
    await post.close();
  });
});

describe('the list in a frame', () => {
  it('in WordPress’s sandbox the list of the newest releases renders its teasers and reports its content’s height', async () => {
    const { json } = await discover(history, 'frame/ru/list/');
    const post = await open(wordpressPage('/wordpress-list', json.html));
    const frame = await frameOf(post, history, 'release-list');
    // Server-rendered, then defined by the hydrating script's autoloader (its chunk fetched from the site).
    await frame.waitForFunction(() => document.querySelector('release-list').hasUpdated, { timeout: 15_000 });
    const titles = await frame.evaluate(() =>
      [...document.querySelector('release-list').shadowRoot.querySelectorAll('[part~="title"]')].map((title) => title.textContent.trim())
    );
    assert.deepEqual(titles, ['Релиз номер 0', 'Релиз номер 1', 'Релиз номер 2']);
    assert.equal(json.title, 'Новости проекта «История»');
    assert.equal(await frame.evaluate(() => document.title), json.title);
    const reported = await reportedHeight(post, frame);
    assert.ok(reported > 200 && reported < 1000, `${reported}`);
    assert.equal(await iframeHeight(post), reported);
    assert.deepEqual(post.problems, []);
    await post.close();
  });
});

describe('other parents', () => {
  it('the one-line resizer sizes a plain iframe to its content, after “Show more” too', async () => {
    const src = `${history.origin}/frame/en/timeline/`;
    const page = await open(
      partnerPage(
        '/resizer',
        `<iframe src="${src}" title="Activities" width="600" height="700" loading="lazy" style="width: 100%; max-width: 600px; border: 0;"></iframe>\n` +
          `<script src="${history.origin}/frame/resizer.js" async></script>`
      )
    );
    const frame = await frameOf(page, history, 'activity-timeline');
    const shown = () => page.$eval('iframe', (iframe) => iframe.getBoundingClientRect().height);
    const fits = async () => {
      const content = await contentHeight(frame);
      await page.waitForFunction(
        (expected) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - expected) <= 2,
        { timeout: 10_000 },
        content
      );
      return content;
    };
    const before = await fits();
    assert.ok(before > 1000, `${before}: no 1000 px cap here`);
    await frame.waitForFunction(() => document.querySelector('activity-timeline').hasUpdated, { timeout: 15_000 });
    await frame.click('activity-timeline >>> [part~="more"]');
    await frame.waitForFunction(() => document.querySelector('activity-timeline').shadowRoot.querySelectorAll('[part~="item"]').length === 30);
    const after = await fits();
    assert.ok(after > before + 200 && Math.abs((await shown()) - after) <= 2, `${before} → ${after}`);
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  it('on a host without CORS the sandboxed frame still shows the server-rendered widget and reports its height', async () => {
    const plain = await serve(join(scratch, 'sample'));
    try {
      const html = JSON.parse(readFileSync(join(scratch, 'sample/frame/en/contact/kristine-liepina/oembed.json'), 'utf8')).html;
      const post = await open(wordpressPage('/wordpress-no-cors', html.replace(sample.origin, plain.origin)));
      const frame = await frameOf(post, plain, 'contact-card');
      assert.match(await widgetText(frame, 'contact-card'), /Kristīne Liepiņa/);
      const reported = await reportedHeight(post, frame);
      assert.equal(await iframeHeight(post), clamped(reported));
      await post.close();
    } finally {
      plain.close();
    }
  });

  for (const [path, tag] of [
    [`lv/release/${releaseId}`, 'community-release'],
    ['en/release/latest/teaser', 'community-release'],
    ['ru/timeline', 'activity-timeline'],
    ['en/list', 'release-list'],
    ['lv/contact/arvita-juksa', 'contact-card'],
    ['en/contact/arvita-juksa/compact', 'contact-card'],
  ]) {
    it(`axe finds nothing inside the frame frame/${path}/, in WordPress’s sandbox`, async () => {
      const { html } = JSON.parse(readFileSync(join(scratch, `sample/frame/${path}/oembed.json`), 'utf8'));
      const post = await open(wordpressPage(`/axe-${path.replaceAll('/', '-')}`, html));
      const frame = await frameOf(post, sample, tag);
      await frame.waitForFunction((name) => document.querySelector(name).hasUpdated, { timeout: 15_000 }, tag);
      assert.deepEqual(post.problems, [], 'no error and no CSP violation (axe itself, added below, sets inline styles)');
      // Evaluated through CDP: a script tag would be refused by the frame's policy.
      await frame.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
      const violations = await frame.evaluate(async () =>
        (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`)
      );
      assert.deepEqual(violations, []);
      await post.close();
    });
  }
});
