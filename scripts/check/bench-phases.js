// Where a first render's time goes (issue #29, item 1), phase by phase: the
// kit built with its performance.measure entries (`vite build --mode timing`
// into dist/timing/, src/shared/timing.ts; the published kit has none), in
// fresh pages of headless Chromium, cache off, each loading the kit and one
// <activity-timeline lang="lv" src> as a partner page does. Printed, never
// judged. Phases: the kit's own measures (feed request, JSON.parse,
// validation, date parsing, sort, Intl formatters, the locale chunk, Lit's
// updates) and, measured by this page around the browser's own calls, style
// adoption (constructing the widgets' style sheets and adopting them).
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs } from '../lib/browser.js';
import { serve } from '../lib/static-server.js';
import { makeBenchFeed, makeLeanFeed } from '../lib/bench-feed.js';

const RUNS = 5;
execFileSync('npx', ['vite', 'build', '--mode', 'timing', '--logLevel', 'warn'], { stdio: 'inherit' });

const feeds = {
  'lean, 100 activities': makeLeanFeed(5, 20),
  'lean, 10,000 activities': makeLeanFeed(500, 20),
  'rich, 10,000 activities': makeBenchFeed(500, 20),
};

/** Measures style adoption around the browser's calls, and the frame that shows the first items. */
const harness = `
const wrap = (target, key, name) => {
  const own = Object.getOwnPropertyDescriptor(target, key);
  const around = (call) => function (...args) { const start = performance.now(); try { return call.apply(this, args); } finally { performance.measure(name, { start }); } };
  Object.defineProperty(target, key, own.set ? { ...own, set: around(own.set) } : { ...own, value: around(own.value) });
};
wrap(CSSStyleSheet.prototype, 'replaceSync', 'page:style adoption');
wrap(ShadowRoot.prototype, 'adoptedStyleSheets', 'page:style adoption');
window.shownAt = new Promise((resolve) => {
  customElements.whenDefined('activity-timeline').then(() => {
    performance.measure('page:kit loaded and defined', { start: 0 });
    const root = document.querySelector('activity-timeline').shadowRoot;
    const observer = new MutationObserver(() => {
      if (!root.querySelector('[part~="item"]')) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now()));
    });
    observer.observe(root, { childList: true, subtree: true });
  });
});`;

const extra = {};
for (const [index, feed] of Object.values(feeds).entries()) {
  extra[`/feed-${index}.json`] = ['application/json', JSON.stringify(feed)];
  extra[`/page-${index}.html`] = [
    'text/html',
    `<!doctype html><html lang="lv"><head><meta charset="utf-8"><script>${harness}</script>
<script type="module" src="/dist/timing/kopiena.js"></script></head>
<body><activity-timeline src="/feed-${index}.json"></activity-timeline></body></html>`,
  ];
}

const server = await serve('.', { extra });
const browser = await puppeteer.launch({ executablePath: await findChromium(), args: chromiumArgs });
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

try {
  console.log(
    `Where a cold first render's time goes, <activity-timeline lang="lv" src>, median of ${RUNS} fresh pages (ms; phases may overlap, the network ones run in parallel):`
  );
  for (const [index, name] of Object.keys(feeds).entries()) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const tab = await browser.newPage();
      await tab.setCacheEnabled(false);
      await tab.goto(`${server.origin}/page-${index}.html`);
      runs.push(
        await tab.evaluate(async () => {
          const shown = await window.shownAt;
          const phases = {};
          // What came before that frame; the rest of a large feed's check comes at idle, after it.
          for (const entry of performance.getEntriesByType('measure').filter((measure) => measure.startTime < shown)) {
            const phase = entry.name.replace(/^(kopiena|page):/, '');
            phases[phase] ??= { time: 0, count: 0 };
            phases[phase].time += entry.duration;
            phases[phase].count++;
          }
          return { shown, phases };
        })
      );
      await tab.close();
    }
    const names = [...new Set(runs.flatMap((run) => Object.keys(run.phases)))];
    console.log(`  ${name}: the first items shown ${median(runs.map((run) => run.shown)).toFixed(1)} ms after navigation start`);
    for (const phase of names) {
      const times = runs.map((run) => run.phases[phase]?.time ?? 0);
      const counts = runs.map((run) => run.phases[phase]?.count ?? 0);
      console.log(`    ${phase.padEnd(44)} ${median(times).toFixed(1).padStart(7)}${median(counts) > 1 ? ` (${median(counts)} times)` : ''}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
