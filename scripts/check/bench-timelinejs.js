// Side by side with TimelineJS 3.9.11 (issue #29): the same activities, 100,
// 2,000 and 10,000 of them, shown by <activity-timeline> (the built
// dist/kopiena.js) and by TimelineJS (its npm package's dist/), in fresh
// pages of one headless Chromium, cache off, each page fetching its script
// and its JSON from the same loopback server. A figure is the time from the
// page's navigation start to the frame that shows the first items: for
// kopiena the frame after the first item is in the shadow root, for
// TimelineJS the frame after its `loaded` event. Printed, never a failure
// (shared machines are noisy); not in CI: TimelineJS takes seconds a page
// at 10,000 items. Usage: npm run bench:timelinejs [-- runs] (default 5).
// With BENCH_BASE=<a folder holding another build's kopiena.js and chunks/>
// it also shows that build, page for page beside this one (before and after);
// BENCH_LANG sets the pages' language (default lv), BENCH_SIZES=100,2000 the sizes.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs } from '../lib/browser.js';
import { serve } from '../lib/static-server.js';
import { makeLeanFeed } from '../lib/bench-feed.js';

const TIMELINEJS = '/node_modules/@knight-lab/timelinejs/dist';
const SIZES = process.env.BENCH_SIZES?.split(',').map(Number) ?? [100, 2_000, 10_000];
const RUNS = Number(process.argv[2] ?? 5);
const LANG = process.env.BENCH_LANG ?? 'lv';
/** TimelineJS at 10,000 items takes about 12 s a page: fewer runs there. */
const runsFor = (tool, size) => (tool === 'TimelineJS' && size >= 10_000 ? Math.min(RUNS, 3) : RUNS);

if (!existsSync('dist/kopiena.js') || !existsSync(`.${TIMELINEJS}/js/timeline.js`)) {
  console.error('dist/kopiena.js or @knight-lab/timelinejs is missing: run npm install and npm run build first.');
  process.exit(1);
}

/** The lean feed of `size` activities (releases of 20) and the same activities as TimelineJS events. */
function feeds(size) {
  const feed = makeLeanFeed(size / 20, 20);
  const events = feed.releases.flatMap((release) =>
    release.activities.map((activity) => {
      const [year, month, day] = activity.when.split('-').map(Number);
      return { start_date: { year, month, day }, text: { headline: activity.title.lv } };
    })
  );
  return { kopiena: JSON.stringify(feed), timelinejs: JSON.stringify({ events }) };
}

/** Reports the time of the frame after `shown()` first becomes true (checked at each DOM change). */
const report = `window.shownAt = new Promise((resolve) => {
  window.shown = () => requestAnimationFrame(() => resolve(performance.now()));
});`;

const kopienaPage = (kit) => (size) => `<!doctype html><html lang="${LANG}"><head><meta charset="utf-8"><script>${report}
customElements.whenDefined('activity-timeline').then(() => {
  const root = document.querySelector('activity-timeline').shadowRoot;
  const observer = new MutationObserver(() => {
    if (!root.querySelector('[part~="item"]')) return;
    observer.disconnect();
    window.shown();
  });
  observer.observe(root, { childList: true, subtree: true });
});</script><script type="module" src="${kit}/kopiena.js"></script></head>
<body><activity-timeline src="/feeds/kopiena-${size}.json"></activity-timeline></body></html>`;

const base = process.env.BENCH_BASE;
const pages = {
  kopiena: kopienaPage('/dist'),
  ...(base && { 'kopiena (BENCH_BASE)': kopienaPage('/base') }),
  TimelineJS: (size) => `<!doctype html><html lang="${LANG}"><head><meta charset="utf-8"><script>${report}</script>
<link rel="stylesheet" href="${TIMELINEJS}/css/timeline.css"><script src="${TIMELINEJS}/js/timeline.js"></script></head>
<body><div id="timeline" style="width: 800px; height: 600px"></div><script>
const timeline = new TL.Timeline('timeline', '/feeds/timelinejs-${size}.json', { language: '${LANG}' });
timeline.on('loaded', () => window.shown());
</script></body></html>`,
};

const extra = {};
if (base) {
  for (const file of readdirSync(base, { recursive: true })) {
    if (String(file).endsWith('.js')) extra[`/base/${file}`] = ['text/javascript', readFileSync(join(base, String(file)))];
  }
}
for (const size of SIZES) {
  const { kopiena, timelinejs } = feeds(size);
  extra[`/feeds/kopiena-${size}.json`] = ['application/json', kopiena];
  extra[`/feeds/timelinejs-${size}.json`] = ['application/json', timelinejs];
  for (const [tool, page] of Object.entries(pages)) extra[`/${tool}-${size}.html`] = ['text/html', page(size)];
}

const server = await serve('.', { extra });
const browser = await puppeteer.launch({ executablePath: await findChromium(), args: chromiumArgs });
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;

try {
  console.log(`From navigation start to the frame that shows the first items, fresh pages, cache off (best, median of ${RUNS}):`);
  for (const size of SIZES) {
    const figures = {};
    for (const tool of Object.keys(pages)) figures[tool] = [];
    // Page after page in turn, so that a change in the machine's load falls on each alike.
    for (let run = 0; run < RUNS; run++) {
      for (const [tool, times] of Object.entries(figures)) {
        if (run >= runsFor(tool, size)) continue;
        const tab = await browser.newPage();
        await tab.setCacheEnabled(false);
        await tab.goto(`${server.origin}/${tool}-${size}.html`);
        times.push(await tab.evaluate(() => window.shownAt));
        await tab.close();
      }
    }
    const ours = median(figures.kopiena);
    const shown = Object.entries(figures).map(([tool, times]) => `${tool} ${ms(Math.min(...times))}, ${ms(median(times))}`);
    console.log(
      `  ${size.toLocaleString('en')} items: ${shown.join('; ')} (TimelineJS 3.9.11: ${(median(figures.TimelineJS) / ours).toFixed(1)}× kopiena's median)`
    );
  }
} finally {
  await browser.close();
  server.close();
}
