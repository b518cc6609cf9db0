// Fails when a generated file that is committed has drifted from its source:
// xliff/ and src/generated/ (lit-localize extract, then our localize build,
// from the msg() calls and the translations), custom-elements.json (from the
// elements' JSDoc) and feed.schema.json (from src/feed/schema.ts). Run after
// `npm run build`, which writes the last two. Prints what to run to fix it.
import { execFileSync } from 'node:child_process';

const run = (command, args) => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const paths = ['xliff', 'src/generated', 'custom-elements.json', 'feed.schema.json'];

run(process.execPath, ['node_modules/@lit/localize-tools/bin/lit-localize.js', 'extract']);
run(process.execPath, ['scripts/build/localize.js']);
// Changed against what is committed (or staged), and new files nobody committed.
const changed = [
  ...run('git', ['diff', '--name-only', '--', ...paths])
    .split('\n')
    .filter(Boolean)
    .map((path) => `changed: ${path}`),
  ...run('git', ['ls-files', '--others', '--exclude-standard', '--', ...paths])
    .split('\n')
    .filter(Boolean)
    .map((path) => `not committed: ${path}`),
];
if (changed.length) {
  console.error(`FAIL: generated files differ from their sources:\n${changed.map((line) => `  ${line}`).join('\n')}`);
  console.error('Run `npm run build && npm run localize:extract && npm run localize:build` and commit the result.');
  console.error(run('git', ['diff', '--stat', '--', ...paths]));
  process.exit(1);
}
console.log(`generated files: ${paths.join(', ')} match their sources`);
