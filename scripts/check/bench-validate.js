// Benchmark: `kopiena validate` of a generated feed of 10,000 releases (the
// feed limit), as a feed file and as a source folder (written by `kopiena
// import`). Prints the wall times; the goal is under 5 s each. Not a test:
// shared machines are noisy, so the numbers are printed, not asserted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RELEASES = Number(process.env.BENCH_RELEASES ?? 10_000);
const GOAL_MS = 5_000;
const bin = 'cli/bin/kopiena.js';
if (!existsSync('cli/dist/cli.js')) {
  console.error('cli/dist/cli.js is missing: run npm run build first.');
  process.exit(1);
}

const pad = (n) => String(n).padStart(2, '0');
const feed = {
  version: 1,
  language: 'lv',
  project: { id: 'bench', name: { lv: 'Projekts', en: 'Project' } },
  people: { anna: { name: 'Anna Bērziņa', email: 'anna@example.org' } },
  releases: Array.from({ length: RELEASES }, (_, r) => ({
    id: `${2000 + (r % 25)}-${pad(1 + (r % 12))}-${pad(1 + (r % 28))}-relize-${r}`,
    published: `${2000 + (r % 25)}-${pad(1 + (r % 12))}-${pad(1 + (r % 28))}`,
    title: { lv: `Relīze ${r}`, en: `Release ${r}` },
    body: [{ lv: `Teksts ar [saiti](https://example.org/${r}).`, en: `Text with [a link](https://example.org/${r}).` }],
    contacts: { preparedBy: 'anna' },
    activities: [{ id: `a${r}`, when: `${2000 + (r % 25)}-2${1 + (r % 4)}`, title: { lv: 'Talka', en: 'Clean-up' }, participants: r % 50 }],
  })),
};

const dir = mkdtempSync(join(tmpdir(), 'kopiena-bench-'));
const file = join(dir, 'feed.json');
writeFileSync(file, JSON.stringify(feed));

function time(label, ...args) {
  const start = performance.now();
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (run.status !== 0) {
    console.error(`${label}: exit ${run.status}\n${run.stdout.slice(0, 2000)}${run.stderr.slice(0, 2000)}`);
    process.exit(1);
  }
  return ms;
}

const size = (statSync(file).size / (1024 * 1024)).toFixed(1);
const fileMs = time('validate feed.json', 'validate', file);
time('import', 'import', file, '--out', join(dir, 'folder'));
const folderMs = time('validate folder', 'validate', join(dir, 'folder'));
const say = (label, ms) => console.log(`${label}: ${(ms / 1000).toFixed(2)} s (goal < ${GOAL_MS / 1000} s${ms < GOAL_MS ? '' : ', MISSED'})`);
say(`kopiena validate feed.json, ${RELEASES} releases (${size} MB)`, fileMs);
say(`kopiena validate <folder>, ${RELEASES} releases (${RELEASES * 3 + 1} files)`, folderMs);
