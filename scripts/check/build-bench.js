// Benchmark: `kopiena build` (the built command's main(), in this process)
// for synthetic feeds of 1, 100 and 1,000 releases in lv, en and ru, share
// images included (one per release and language). Prints, per size, wall
// time, CPU time (all threads: the share images are drawn on a worker per
// core while the main thread renders the pages) and releases per second.
//
// The goal is 1,000 releases in under 60 s of wall time on 2 cores: printed,
// never a failure (the machine may be shared). A run that builds 1,000
// releases (or more) prints its share of the goal; a run of smaller sizes
// (CI: 1 100) prints what the largest one projects for 1,000 releases.
// Exit 1 only when a build fails. The machine may be shared:
// compare the load average printed at the start, and CPU time ÷ cores,
// which is what the build takes on idle cores.
//   node scripts/check/build-bench.js            1, 100 and 1,000 releases
//   node scripts/check/build-bench.js 1 100      only these sizes (CI)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticFeed } from '../../cli/test/synthetic-feed.js';

const budget = { releases: 1000, seconds: 60 };

// The bundle is built code: loaded by URL so the type-checker does not read it as a source file.
const { main } = await import(new URL('../../cli/dist/cli.js', import.meta.url).href);
const asked = process.argv
  .slice(2)
  .map(Number)
  .filter((size) => size > 0);
const sizes = asked.length ? asked : [1, 100, 1000];
const cores = availableParallelism();
const scratch = mkdtempSync(join(tmpdir(), 'kopiena-build-bench-'));
console.log(
  `kopiena build benchmark: 3 languages, releases of one short paragraph and two activities, ${cores} cores, load average ${loadavg()[0].toFixed(1)}`
);
const results = [];
for (const releases of sizes) {
  const input = join(scratch, `${releases}.json`);
  writeFileSync(input, JSON.stringify(syntheticFeed(releases, ['lv', 'en', 'ru'], { compact: true })));
  const said = [];
  // The command prints through the io it is given: its summary is kept here to read the share images' count.
  const io = {
    stdout: (line) => said.push(line),
    stderr: (line) => console.error(line),
    now: () => new Date(),
    env: process.env,
    cwd: process.cwd(),
    interrupted: () => new Promise(() => {}),
  };
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const status = await main(
    ['build', input, '--out', join(scratch, `site-${releases}`), '--base-url', 'https://example.org/news', '--lang', 'lv,en,ru'],
    io
  );
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const { user, system } = process.cpuUsage(cpu);
  if (status !== 0) {
    console.error(`build of ${releases} releases failed (exit ${status})`);
    process.exit(1);
  }
  const seconds = (user + system) / 1e6;
  const images = said.join(' ').match(/(\d+) share images?/)?.[1];
  results.push({ releases, wall, seconds });
  console.log(
    `${String(releases).padStart(5)} releases × 3 languages: ${wall.toFixed(1).padStart(6)} s wall, ${seconds.toFixed(1).padStart(6)} s CPU, ` +
      `${(releases / wall).toFixed(1).padStart(5)} releases/s (CPU ÷ ${cores} cores ≈ ${(seconds / cores).toFixed(1)} s; ${images} share images; load average now ${loadavg()[0].toFixed(1)})`
  );
}
rmSync(scratch, { recursive: true, force: true });

const share = (seconds) => `${Math.round((seconds / budget.seconds) * 100)}% of the ${budget.seconds} s budget`;
const full = results.filter((result) => result.releases >= budget.releases);
if (full.length) {
  const over = full.filter((result) => (result.wall * budget.releases) / result.releases > budget.seconds);
  for (const { releases, wall } of full)
    console.log(`${releases} releases: ${wall.toFixed(1)} s wall, ${share((wall * budget.releases) / releases)}`);
  if (over.length) {
    console.log(
      `over the goal: 1,000 releases × 3 languages should build in under ${budget.seconds} s (load average ${loadavg()[0].toFixed(1)}: if the machine is busy, measure again when it is quieter; not a failure)`
    );
  }
} else {
  // From the slope between the two largest sizes (the fixed start-up, workers and fonts, counted once), else linear.
  const [small, large] = [...results].sort((a, b) => a.releases - b.releases).slice(-2);
  const project = (key) =>
    large
      ? large[key] + ((large[key] - small[key]) / (large.releases - small.releases)) * (budget.releases - large.releases)
      : (small[key] * budget.releases) / small.releases;
  const from = large ? `${small.releases} and ${large.releases}` : small.releases;
  console.log(
    `projected for 1,000 releases from ${from}: ≈ ${project('wall').toFixed(0)} s wall (${share(project('wall'))}), ` +
      `≈ ${(project('seconds') / cores).toFixed(0)} s on ${cores} idle cores (${share(project('seconds') / cores)}); not a failure: run \`npm run bench:build\` for the real figure`
  );
}
