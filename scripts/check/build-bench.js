// Benchmark: `kopiena build` (the built command's main(), in this process)
// for synthetic feeds of 1, 100 and 1,000 releases in lv, en and ru, share
// images included (one per release and language). Prints wall time and CPU
// time (all threads: the share images are drawn on a worker per core) and
// never fails on them: the machine is shared, so speed is read, not
// asserted. CPU time ÷ cores is what the build takes on an idle machine.
// The goal is 1,000 releases under 60 s on 2 cores.
//   node scripts/check/build-bench.js            1, 100 and 1,000 releases
//   node scripts/check/build-bench.js 1 100      only these sizes (CI)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticFeed } from '../../cli/test/synthetic-feed.js';

// The bundle is built code: loaded by URL so the type-checker does not read it as a source file.
const { main } = await import(new URL('../../cli/dist/cli.js', import.meta.url).href);
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((size) => size > 0);
const cores = availableParallelism();
const scratch = mkdtempSync(join(tmpdir(), 'kopiena-build-bench-'));
console.log(
  `kopiena build benchmark: 3 languages, releases of one short paragraph and two activities, ${cores} cores, load average ${loadavg()[0].toFixed(1)}`
);
const print = console.log;
for (const releases of sizes.length ? sizes : [1, 100, 1000]) {
  const input = join(scratch, `${releases}.json`);
  writeFileSync(input, JSON.stringify(syntheticFeed(releases, ['lv', 'en', 'ru'], { compact: true })));
  const said = [];
  console.log = (...words) => said.push(words.join(' '));
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const status = await main([
    'build',
    input,
    '--out',
    join(scratch, `site-${releases}`),
    '--base-url',
    'https://example.org/news',
    '--lang',
    'lv,en,ru',
  ]);
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const { user, system } = process.cpuUsage(cpu);
  console.log = print;
  if (status !== 0) {
    console.error(`build of ${releases} releases failed (exit ${status})`);
    process.exit(1);
  }
  const seconds = (user + system) / 1e6;
  const images = said.join(' ').match(/(\d+) share images?/)?.[1];
  console.log(
    `${String(releases).padStart(5)} releases × 3 languages: ${wall.toFixed(1).padStart(6)} s wall, ${seconds.toFixed(1).padStart(6)} s CPU ` +
      `(≈ ${(seconds / cores).toFixed(1)} s on ${cores} idle cores; ${images} share images)`
  );
}
rmSync(scratch, { recursive: true, force: true });
