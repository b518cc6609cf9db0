// What npm and TypeScript users get from the two packages, checked as their
// tarballs (`npm run test:publish`, after `npm run build`; one of the Node
// checks): packs kopiena and @kopiena/cli (without `prepack`'s rebuild, so
// the build just made is what is packed), then runs
//   - arethetypeswrong (`attw --profile esm-only`): every export of an ESM
//     package resolves to types under node16 and bundler resolution;
//   - publint --strict: package.json's fields name files that are in the
//     tarball and mean what they say.
// Exit 1 when either finds a problem in either package.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'kopiena-publish-'));
const pack = (...workspace) =>
  JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch, ...workspace], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    })
  )[0].filename;
const tool = (name, args) => spawnSync(join('node_modules', '.bin', name), args, { stdio: 'inherit' }).status === 0;

let failed = false;
try {
  for (const tarball of [pack(), pack('-w', 'cli')]) {
    const path = join(scratch, tarball);
    console.log(`\n${tarball}`);
    if (!tool('attw', [path, '--profile', 'esm-only', '--format', 'ascii'])) failed = true;
    if (!tool('publint', [path, '--strict'])) failed = true;
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (failed) console.error('FAIL: a package has a problem its users would meet (above)');
process.exit(failed ? 1 : 0);
