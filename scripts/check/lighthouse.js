// Lighthouse on the generated site: `npm run test:lighthouse`. Builds the
// sample site with `kopiena build` for the loopback server that serves it
// (so canonical and alternate links are the served addresses), then runs
// Lighthouse (the npm package, mobile settings with simulated throttling,
// the CPU slowdown calibrated to the host) in the test setup's headless Chromium against a landing page,
// a language index page and the embed page, five runs each. Prints the
// scores per page (performance: the best of the runs, the median printed
// beside it; the others: the worst run);
// exit 1 when accessibility, best practices or SEO is below 100, listing the
// failing audits. Performance is a timing: below 95 it is printed with its
// audits, never a failure (CI's machines are shared).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../lib/browser.js';
import { serve } from '../lib/static-server.js';

const out = join(mkdtempSync(join(tmpdir(), 'kopiena-lighthouse-')), 'site');
const minimum = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const pages = {
  'landing page': '/lv/2020-05-07-daugavpils-iedvesmo/',
  'language index': '/lv/',
  'embed page': '/embed/',
};

// What a static host sends: compressed text, a cache lifetime.
const site = await serve(out, { headers: { 'cache-control': 'public, max-age=3600' }, compress: true });
execFileSync(process.execPath, ['cli/bin/kopiena.js', 'build', 'demo/feed.json', '--out', out, '--base-url', site.origin, '--lang', 'lv,en,ru'], {
  stdio: 'inherit',
});
const browser = await puppeteer.launch({ executablePath: await findChromium(), args: [...chromiumArgs, '--remote-debugging-port=0'] });
const port = Number(new URL(browser.wsEndpoint()).port);
const failures = [];

// Lighthouse's 4x CPU slowdown is calibrated for a high-end desktop (benchmark index 1500-2000) and
// the target is a mid-tier phone; on a slower or busy host it over-throttles, so the multiplier is
// scaled by the host's benchmark index, as Lighthouse's throttling docs advise, measured by the run
// before (a first run on the root page calibrates), never above the default 4x.
const targetIndex = 450;
let benchmarkIndex = 0;
const multiplier = () => Math.min(4, Math.max(1, benchmarkIndex / targetIndex));
const audit = async (url) => {
  const { lhr } = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: Object.keys(minimum),
    throttling: { cpuSlowdownMultiplier: multiplier() },
  });
  benchmarkIndex = lhr.environment.benchmarkIndex;
  return lhr;
};
try {
  await audit(`${site.origin}/`);
  for (const [name, path] of Object.entries(pages)) {
    // Performance varies from run to run on a shared machine: its total blocking time follows whatever
    // else the machine runs (a median of 80 was seen while other builds ran, 100 alone). The page is
    // judged by its best run, which only the page itself can make slow; the median is printed beside it.
    // The other categories must pass in every run.
    const runs = [];
    for (let run = 0; run < 5; run++) {
      const lhr = await audit(`${site.origin}${path}`);
      if (lhr.runtimeError) failures.push(`${name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      runs.push(lhr);
    }
    const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    runs.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
    const median = runs[2];
    const scores = Object.keys(minimum).map((id) => {
      const worst = id === 'performance' ? runs.at(-1) : runs.reduce((low, lhr) => (score(lhr, id) < score(low, id) ? lhr : low));
      return [id, score(worst, id), worst];
    });
    const metrics = Object.entries({
      FCP: 'first-contentful-paint',
      LCP: 'largest-contentful-paint',
      TBT: 'total-blocking-time',
      CLS: 'cumulative-layout-shift',
      SI: 'speed-index',
    }).map(([short, id]) => `${short} ${median.audits[id].displayValue}`);
    console.log(
      `${name.padEnd(15)} ${path}\n  ${scores.map(([id, value]) => `${id} ${value}`).join(' · ')} (performance median ${score(median, 'performance')}; runs: ${runs.map((lhr) => `${score(lhr, 'performance')} at ${lhr.configSettings.throttling.cpuSlowdownMultiplier.toFixed(1)}x CPU`).join(', ')})\n  median run: ${metrics.join(' · ')}`
    );
    for (const [id, value, lhr] of scores) {
      if (value >= minimum[id]) continue;
      const audits = lhr.categories[id].auditRefs
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
        .map((ref) => `${ref.id} (${lhr.audits[ref.id].displayValue || lhr.audits[ref.id].score})`);
      if (id === 'performance') console.log(`note (not a failure): ${name}: performance ${value} < ${minimum[id]}: ${audits.join(', ')}`);
      else failures.push(`${name}: ${id} ${value} < ${minimum[id]}: ${audits.join(', ')}`);
    }
  }
} finally {
  await browser.close();
  site.close();
}
for (const failure of failures) console.log(`FAIL ${failure}`);
console.log(`lighthouse: ${Object.keys(pages).length} pages, ${failures.length} below the bar`);
process.exit(failures.length ? 1 : 0);
