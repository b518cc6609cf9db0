// Landing pages, end to end: generates the site from the sample feed with
// `kopiena build`, checks every meta tag and the JSON-LD, the share image,
// the page without JavaScript (server-rendered text visible), with
// JavaScript (hydration with no feed request, no layout shift, no error),
// axe on the page and on a topic page, and that a bad feed fails cleanly.
// The sample feed is given a topic here, as a newsroom's feed has.
// Exit 1 on failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs } from '../lib/browser.js';
import { writeMediaKitSample } from '../lib/media-kit-sample.js';
import { serve } from '../lib/static-server.js';

const scratch = mkdtempSync(join(tmpdir(), 'kopiena-pages-'));
const out = join(scratch, 'site');
const base = 'https://example.org/news';
const id = '2020-05-07-daugavpils-iedvesmo';
let passed = 0;
const failures = [];
const check = (what, ok, detail = '') => {
  if (ok) passed++;
  else failures.push(`${what}${detail ? `: ${detail}` : ''}`);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${!ok && detail ? ` (${detail})` : ''}`);
};

// The sample with a topic, and a media kit (scripts/lib/media-kit-sample.js).
const sampleFile = await writeMediaKitSample(scratch, (sample) => {
  sample.topics = { kopienas: { lv: 'Kopienas', en: 'Communities', ru: 'Сообщества' } };
  sample.releases[0].topics = ['kopienas'];
});
execFileSync(process.execPath, ['cli/bin/kopiena.js', 'build', sampleFile, '--out', out, '--base-url', `${base}/`, '--lang', 'lv,en,ru'], {
  stdio: 'inherit',
});

// The head, as a crawler reads it.
const html = readFileSync(join(out, 'lv', id, 'index.html'), 'utf8');
const metaContent = (key) => [...html.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)">/g)].filter((m) => m[1] === key).map((m) => m[2]);
check('title', /<title>Daugavpils darbīgā kopiena iedvesmo · Darbīgās kopienas<\/title>/.test(html));
check('meta description', (metaContent('description')[0] ?? '').startsWith('Daugavpils pirmsskolas'));
check('canonical URL', html.includes(`<link rel="canonical" href="${base}/lv/${id}/">`));
for (const lang of ['lv', 'en', 'ru'])
  check(`hreflang ${lang}`, html.includes(`<link rel="alternate" hreflang="${lang}" href="${base}/${lang}/${id}/">`));
check('hreflang x-default', html.includes(`hreflang="x-default" href="${base}/lv/${id}/"`));
const expectedMeta = {
  'og:type': ['article'],
  'og:title': ['Daugavpils darbīgā kopiena iedvesmo'],
  'og:url': [`${base}/lv/${id}/`],
  'og:image': [`${base}/lv/${id}/share.png`],
  'og:image:width': ['1200'],
  'og:image:height': ['630'],
  'og:locale': ['lv_LV'],
  'og:locale:alternate': ['en_GB', 'ru_RU'],
  'article:published_time': ['2020-05-07'],
  'article:tag': ['DarbīgāsKopienas', 'PeopleToPeople'],
  'twitter:card': ['summary_large_image'],
};
for (const [key, values] of Object.entries(expectedMeta))
  check(key, JSON.stringify(metaContent(key)) === JSON.stringify(values), JSON.stringify(metaContent(key)));
check('og:description', metaContent('og:description')[0]?.length > 50);
const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)[1]);
check('JSON-LD NewsArticle', ld['@context'] === 'https://schema.org' && ld['@type'] === 'NewsArticle');
check(
  'JSON-LD headline, date, language',
  ld.headline === 'Daugavpils darbīgā kopiena iedvesmo' && ld.datePublished === '2020-05-07' && ld.inLanguage === 'lv'
);
check(
  'JSON-LD author and publisher organizations',
  ld.author?.[0]?.['@type'] === 'Organization' && ld.author[0].name === 'Izglītības iniciatīvu centrs' && ld.publisher?.['@type'] === 'Organization'
);
check('JSON-LD image', ld.image?.[0]?.url === `${base}/lv/${id}/share.png` && ld.image[0].width === 1200);
check('the share link points at the landing page', html.includes(`sharer.php?u=${encodeURIComponent(`${base}/lv/${id}/`)}`));
const png = readFileSync(join(out, 'lv', id, 'share.png'));
check('share image is a 1200×630 PNG', png.toString('latin1', 1, 4) === 'PNG' && png.readUInt32BE(16) === 1200 && png.readUInt32BE(20) === 630);
const indexHtml = readFileSync(join(out, 'en', 'index.html'), 'utf8');
check(
  'index page meta description (the partnership line)',
  indexHtml.includes(
    '<meta name="description" content="The project “Active Communities” is implemented in cooperation with the British Council in Latvia.">'
  )
);
check('index page links the embed page', indexHtml.includes('<a href="../embed/en/index.html">Embed on your site</a>'));
check(
  'root page meta description',
  readFileSync(join(out, 'index.html'), 'utf8').includes('<meta name="description" content="Projekts „Darbīgās kopienas” tiek īstenots')
);
check('the feed itself, for partners', JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8')).releases[0].id === id);
check(
  'index per language and a root chooser',
  ['lv', 'en', 'ru'].every((lang) => existsSync(join(out, lang, 'index.html'))) &&
    readFileSync(join(out, 'index.html'), 'utf8').includes('href="ru/index.html"')
);

// A bad feed: a readable list of problems, a non-zero exit, nothing written.
const badFeed = join(scratch, 'bad.json');
const feed = JSON.parse(readFileSync('test/fixtures/feed.json', 'utf8'));
feed.releases[0].activities[0].when = '2020-13';
writeFileSync(badFeed, JSON.stringify(feed));
const bad = spawnSync(process.execPath, ['cli/bin/kopiena.js', 'build', badFeed, '--out', join(scratch, 'bad-site')], { encoding: 'utf8' });
check('a bad feed exits non-zero', bad.status === 1, `exit ${bad.status}`);
check(
  '…naming the release, the activity and the value found, in the feed’s language',
  [feed.releases[0].id, feed.releases[0].activities[0].id, '"2020-13"', 'nav datums'].every((part) => bad.stderr.includes(part)),
  bad.stderr.trim()
);
check(
  '…and leaves nothing half-written',
  !existsSync(join(scratch, 'bad-site')) && readdirSync(scratch).every((name) => !name.includes('bad-site')),
  readdirSync(scratch).join(', ')
);

// In a browser, from a static server.
const server = await serve(out);
const { origin } = server;
const browser = await puppeteer.launch({ executablePath: await findChromium(), args: chromiumArgs });
try {
  const noScript = await browser.newPage();
  await noScript.setJavaScriptEnabled(false);
  await noScript.goto(`${origin}/lv/${id}/`, { waitUntil: 'load' });
  const visible = await noScript.evaluate(() => {
    const title = document.querySelector('community-release')?.shadowRoot?.querySelector('[part="title"]');
    return { text: title?.textContent.trim(), height: title?.getBoundingClientRect().height ?? 0 };
  });
  check(
    'without JavaScript the release text is visible (declarative shadow DOM)',
    visible.text === 'Daugavpils darbīgā kopiena iedvesmo' && visible.height > 0,
    JSON.stringify(visible)
  );

  const page = await browser.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(/** @type {Error} */ (error).message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.evaluateOnNewDocument(() => {
    window.__shift = 0;
    new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => (window.__shift += /** @type {PerformanceEntry & { value: number }} */ (entry).value))
    ).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${origin}/lv/${id}/`, { waitUntil: 'networkidle0' });
  const hydrated = await page.evaluate(async () => {
    const element = document.querySelector('community-release');
    await customElements.whenDefined('community-release');
    await element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return {
      upgraded: element.hasUpdated === true,
      title: element.shadowRoot.querySelector('[part="title"]').textContent.trim(),
      shift: window.__shift,
      share: !!element.shadowRoot.querySelector('[part="share"] button'),
    };
  });
  check(
    'with JavaScript the element hydrates in place',
    hydrated.upgraded && hydrated.title === 'Daugavpils darbīgā kopiena iedvesmo' && hydrated.share,
    JSON.stringify(hydrated)
  );
  check('no layout shift', hydrated.shift === 0, String(hydrated.shift));
  check(
    'no feed request (the feed is inline)',
    !requests.some((url) => url.endsWith('.json')),
    requests.filter((url) => url.endsWith('.json')).join(', ')
  );
  check('no page errors', errors.length === 0, errors.join('; '));
  check(
    'no request leaves the site',
    requests.every((url) => url.startsWith(origin)),
    requests.filter((url) => !url.startsWith(origin)).join(', ')
  );
  // axe is the test's own script, which the page's CSP (Trusted Types included) rightly refuses: it audits the same page with the policy bypassed.
  const audit = await browser.newPage();
  await audit.setBypassCSP(true);
  await audit.goto(`${origin}/lv/${id}/`, { waitUntil: 'networkidle0' });
  await audit.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const violations = await audit.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.length}`));
  check('axe finds no violations on the page', violations.length === 0, violations.join(', '));
  const kit = await audit.evaluate(() => {
    const image = /** @type {HTMLImageElement | null} */ (document.querySelector('.media-kit img'));
    return { links: document.querySelectorAll('.media-kit a').length, preview: image?.complete === true && image.naturalWidth > 0 };
  });
  check('the media kit lists its files, the preview shown', kit.links === 2 && kit.preview, JSON.stringify(kit));
  // The release's topic link leads to its topic page, which axe audits too.
  const topicHref = await audit.evaluate(
    () =>
      document.querySelector('nav.topics a')?.getAttribute('href') &&
      new URL(document.querySelector('nav.topics a').getAttribute('href'), document.baseURI).href
  );
  check('the landing page links its topic page', topicHref === `${origin}/lv/topics/kopienas/index.html`, String(topicHref));
  const topicPage = await browser.newPage();
  await topicPage.setBypassCSP(true);
  const topicResponse = await topicPage.goto(String(topicHref), { waitUntil: 'networkidle0' });
  check('the topic page is served', topicResponse?.status() === 200, String(topicResponse?.status()));
  const teasers = await topicPage.evaluate(() =>
    [...document.querySelectorAll('community-release')].map((element) => element.getAttribute('release'))
  );
  check('the topic page lists its release', teasers.length === 1 && teasers[0] === id, teasers.join(', '));
  await topicPage.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const topicViolations = await topicPage.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.length}`));
  check('axe finds no violations on the topic page', topicViolations.length === 0, topicViolations.join(', '));
} finally {
  await browser.close();
  server.close();
}
console.log(`landing pages: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
