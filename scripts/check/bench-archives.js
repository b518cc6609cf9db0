// Benchmark figures for feeds that grow (issue #18), printed, not judged:
// a generated 2,000-release history in three languages (scripts/lib/history-feed.js)
// paged by 20, against one 20-release feed: the bytes and requests a page
// with one <community-release> (latest) makes, and its first render; and the
// cold first render of <activity-timeline> on 10,000 activities in one page
// (a lean feed, the history's, npm run bench's rich one) against JSON.parse
// of the same text, with where its time goes (scripts/lib/render-profile.js).
// Each figure is the best of three fresh pages (cache off), in headless
// Chromium on the built dist/kopiena.js; the cold renders also print their median.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs } from '../lib/browser.js';
import { serve } from '../lib/static-server.js';
import { makeHistory } from '../lib/history-feed.js';
import { makeBenchFeed, makeLeanFeed } from '../lib/bench-feed.js';
import { profileRender } from '../lib/render-profile.js';

const RUNS = 3;
/** Fresh pages per cold render of 10,000 activities: best of and median of. */
const COLD_RUNS = 5;
if (!existsSync('dist/kopiena.js')) {
  console.error('dist/kopiena.js is missing: run npm run build first.');
  process.exit(1);
}

const json = (value) => ['application/json', JSON.stringify(value)];
const extra = {};
const history = makeHistory({ releases: 2000, perPage: 20 });
extra['/history/index.json'] = json(history.index);
for (const [path, page] of history.pages) extra[`/history/${path}`] = json(page);
extra['/single/index.json'] = json(makeHistory({ releases: 20, perPage: 0 }).index);
// 10,000 activities in one page: 250 releases of 40 activities.
const bigText = JSON.stringify(makeHistory({ releases: 250, perPage: 0, activities: 40 }).index);
extra['/big/feed.json'] = ['application/json', bigText];
// The same count with npm run bench's richer activities (every kind of date, markdown, people),
// and lean ones (a short title and one day each): what most partner pages show.
const richText = JSON.stringify(makeBenchFeed(500, 20));
const leanText = JSON.stringify(makeLeanFeed(500, 20));
// 100 lean activities: the size of the side-by-side with TimelineJS in issue #29, where the cost that does not grow with the feed is all.
const lean100Text = JSON.stringify(makeLeanFeed(5, 20));
extra['/'] = [
  'text/html',
  `<!doctype html><html lang="en"><body><script type="module">
import '/dist/kopiena.js';
window.show = (tag, attributes) => new Promise((resolve) => {
  const element = document.createElement(tag);
  const start = performance.now();
  element.addEventListener('kopiena-load', () => requestAnimationFrame(() => resolve(performance.now() - start)), { once: true });
  element.addEventListener('kopiena-error', (event) => resolve('error ' + event.detail.code), { once: true });
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
});
window.parse = (text) => { const start = performance.now(); JSON.parse(text); return performance.now() - start; };
// From the feed text to the frame that shows the first items (first), and to the frame after
// kopiena-load (load: every activity checked); with profile, console.profile() spans the first.
window.showParsed = (text, profile) => new Promise((resolve) => {
  const element = document.createElement('activity-timeline');
  element.lang = 'en';
  if (profile) console.profile('first render');
  const start = performance.now();
  let first;
  // Without a first yet, the first items came in the update that announced kopiena-load: the same frame.
  element.addEventListener('kopiena-load', () => requestAnimationFrame(() => resolve({ first: first ?? performance.now() - start, load: performance.now() - start })), {
    once: true,
  });
  element.feed = JSON.parse(text);
  document.body.append(element);
  new MutationObserver((_, observer) => {
    if (!element.shadowRoot.querySelector('[part~="item"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      first = performance.now() - start;
      if (profile) console.profileEnd('first render');
    });
  }).observe(element.shadowRoot, { childList: true, subtree: true });
});
// Presses "Show more" \`presses\` times, each once the page before it is on screen; the items then shown.
window.showMore = (src, presses) => new Promise((resolve) => {
  const element = document.createElement('activity-timeline');
  element.lang = 'en';
  element.setAttribute('src', src);
  document.body.append(element);
  let pressed = 0;
  const started = performance.now();
  const step = () => {
    const shown = element.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0;
    const more = element.shadowRoot?.querySelector('[part~="more"]');
    if (shown >= 20 * (pressed + 1) && pressed === presses) return resolve(shown);
    if (shown >= 20 * (pressed + 1) && more) {
      more.click();
      pressed++;
    }
    if (performance.now() - started > 20000) return resolve('timed out after ' + pressed + ' presses');
    requestAnimationFrame(step);
  };
  step();
});
window.ready = true;
</script></body></html>`,
];

const server = await serve('.', { extra });
const browser = await puppeteer.launch({ executablePath: await findChromium(), args: chromiumArgs });

/** Runs `action` in a fresh page with the cache off; the feed requests it made (under /history, /single, /big) and their bytes. */
async function fresh(action) {
  const tab = await browser.newPage();
  await tab.setCacheEnabled(false);
  const feeds = [];
  // A body can no longer be read once the tab closes (a late response): count its Content-Length instead of crashing.
  const onResponse = (response) => {
    if (!/\/(history|single|big)\//.test(response.url())) return;
    const declared = Number(response.headers()['content-length'] ?? 0);
    feeds.push(
      response.buffer().then(
        (body) => ({ url: response.url(), bytes: body.length }),
        () => ({ url: response.url(), bytes: declared })
      )
    );
  };
  tab.on('response', onResponse);
  await tab.goto(`${server.origin}/`);
  await tab.waitForFunction('window.ready === true');
  const value = await action(tab);
  tab.off('response', onResponse);
  const requests = await Promise.all(feeds);
  await tab.close();
  return { value, requests, bytes: requests.reduce((sum, request) => sum + request.bytes, 0) };
}

async function best(action) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) runs.push(await fresh(action));
  return runs.reduce((a, b) => (typeof b.value === 'number' && b.value < a.value ? b : a));
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value) => (typeof value === 'number' ? `${value.toFixed(1)} ms` : value);

try {
  const release =
    (src, more = {}) =>
    (tab) =>
      tab.evaluate((attributes) => window.show('community-release', attributes), { src, lang: 'en', ...more });
  const single = await best(release('/single/index.json'));
  const indexed = await best(release('/history/index.json'));
  console.log(`history: 2,000 releases in lv/en/ru, index of 20 + ${history.pages.size} archive pages of 20`);
  console.log(
    `<community-release> latest, one 20-release feed: ${single.requests.length} request(s), ${kB(single.bytes)}, first render ${ms(single.value)}`
  );
  console.log(
    `<community-release> latest, the history's index:  ${indexed.requests.length} request(s), ${kB(indexed.bytes)} (${(indexed.bytes / single.bytes).toFixed(2)}×), first render ${ms(indexed.value)} (${(indexed.value / single.value).toFixed(2)}×)`
  );
  const old = await fresh(release('/history/index.json', { release: '1981-04-23-release-1170' }));
  console.log(
    `<community-release release="<old id>">: ${old.requests.length} request(s) (${old.requests.map((request) => new URL(request.url).pathname).join(', ')}), ${ms(old.value)}`
  );
  const more = await fresh((tab) => tab.evaluate(() => window.showMore('/history/index.json', 5)));
  const paths = more.requests.map((request) => new URL(request.url).pathname);
  console.log(
    `<activity-timeline> of all releases, "Show more" pressed 5 times: ${more.value} items shown, ${more.requests.length} request(s) (${paths.join(', ')}) of the ${history.pages.size + 1} files, ${kB(more.bytes)}`
  );
  // Printed, not judged: test/archive-timeline.test.ts asserts that Show more reads each page once.
  if (typeof more.value !== 'number' || new Set(paths).size !== paths.length)
    console.log('note: the timeline did not show 120 items, or asked for a file twice (see npm test)');

  console.log(
    `10,000 activities (and 100) in one page, cold <activity-timeline> in a fresh page (${COLD_RUNS} each; the machine may be shared: best of and median):`
  );
  for (const [name, text] of [
    ['lean: a title and a day each', leanText],
    ['lean, 100 activities (5 releases of 20)', lean100Text],
    ['the history', bigText],
    ['npm run bench’s rich feed', richText],
  ]) {
    const parse = [];
    const first = [];
    const load = [];
    for (let run = 0; run < COLD_RUNS; run++) {
      parse.push((await fresh((tab) => tab.evaluate((feed) => window.parse(feed), text))).value);
      const { value } = await fresh((tab) => tab.evaluate((feed) => window.showParsed(feed), text));
      first.push(value.first);
      load.push(value.load);
    }
    // A small feed parses faster than the browser's clock ticks (0.1 ms): no ratio rather than "Infinity×".
    const timed = Math.min(...parse) >= 0.1;
    const ratio = (list, pick) => `${(pick(list) / pick(parse)).toFixed(1)}×`;
    const figure = (list) =>
      timed
        ? `${ms(Math.min(...list))} → ${ratio(list, (l) => Math.min(...l))} (median ${ms(median(list))} → ${ratio(list, median)})`
        : `${ms(Math.min(...list))} (median ${ms(median(list))})`;
    console.log(`  ${name}, ${(text.length / 1e6).toFixed(2)} MB: JSON.parse ${ms(Math.min(...parse))} (median ${ms(median(parse))})`);
    console.log(
      `    first render (parse + validate + sort + render + frame): ${figure(first)}${timed ? ' JSON.parse (goal 10×)' : ' (JSON.parse is under the clock’s 0.1 ms: no ratio)'}`
    );
    console.log(`    every activity checked (kopiena-load + frame):           ${figure(load)}`);
    const profiled = await fresh((tab) => profileRender(tab, server.origin, (page) => page.evaluate((feed) => window.showParsed(feed, true), text)));
    const { phases, busy, style, layout } = profiled.value;
    console.log(
      `    where a first render's ${ms(busy)} of work went (one profiled page, slower than unprofiled): ${phases
        .map(([phase, time]) => `${phase} ${time.toFixed(1)}`)
        .join(', ')}; Chromium's style ${style.toFixed(1)} and layout ${layout.toFixed(1)} ms`
    );
  }
} finally {
  await browser.close();
  server.close();
}
