// Benchmark: time to first render of <activity-timeline> on a feed of 10,000
// activities across 500 releases, as a ratio to JSON.parse of the same feed
// text, measured in one headless Chromium run on the built dist/kopiena.js.
// Prints the numbers; the ratio is a goal, printed, never a failure (shared
// machines are noisy). Fails only when the DOM is over its size budget, which
// does not depend on the machine's speed.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs } from '../lib/browser.js';
import { serve } from '../lib/static-server.js';
import { makeBenchFeed } from '../lib/bench-feed.js';

const GOAL = { ratio: 25 };
const BUDGET = { nodes: 1_000 };
const RELEASES = 500;
const PER_RELEASE = 20;
const makeFeed = () => makeBenchFeed(RELEASES, PER_RELEASE);
const RUNS = 5;

if (!existsSync('dist/kopiena.js')) {
  console.error('dist/kopiena.js is missing: run npm run build first.');
  process.exit(1);
}

const page = `<!doctype html><html lang="en"><body><script type="module">
import '/dist/kopiena.js';
window.bench = async (text, runs) => {
  const parse = [];
  for (let i = 0; i < runs; i++) { const t = performance.now(); JSON.parse(text); parse.push(performance.now() - t); }
  const render = [];
  let nodes = 0;
  for (let i = 0; i <= runs; i++) {
    const element = document.createElement('activity-timeline');
    element.lang = 'lv';
    document.body.append(element);
    await element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const t = performance.now();
    element.feed = JSON.parse(text);
    await element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (i > 0) render.push(performance.now() - t); // run 0 warms up (locale chunk, JIT)
    nodes = element.shadowRoot.querySelectorAll('*').length;
    element.remove();
  }
  const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return { parse: median(parse), render: median(render), nodes, total: document.querySelectorAll('*').length };
};
window.ready = true;
</script></body></html>`;

const server = await serve('.', { extra: { '/': ['text/html', page] } });
const browser = await puppeteer.launch({ executablePath: await findChromium(), args: chromiumArgs });
try {
  const tab = await browser.newPage();
  await tab.goto(`${server.origin}/`);
  await tab.waitForFunction('window.ready === true');
  const text = JSON.stringify(makeFeed());
  const result = await tab.evaluate((feed, runs) => window.bench(feed, runs), text, RUNS);
  const ratio = result.render / result.parse;
  console.log(`feed: ${RELEASES} releases, ${RELEASES * PER_RELEASE} activities, ${(text.length / 1e6).toFixed(2)} MB`);
  console.log(`JSON.parse: ${result.parse.toFixed(1)} ms (median of ${RUNS})`);
  console.log(
    `first render (parse + validate + sort + render + frame): ${result.render.toFixed(1)} ms → ${ratio.toFixed(1)}× JSON.parse (goal ${GOAL.ratio}×${ratio > GOAL.ratio ? ', missed: not a failure' : ''})`
  );
  console.log(
    `DOM: ${result.nodes} elements in the shadow root (budget ${BUDGET.nodes}); TimelineJS 3.9: ≈ 20 s and ≈ 210,000 nodes for 10,000 events`
  );
  const failed = result.nodes > BUDGET.nodes;
  if (failed) console.error('FAIL: the DOM is over its size budget');
  process.exitCode = failed ? 1 : 0;
} finally {
  await browser.close();
  server.close();
}
