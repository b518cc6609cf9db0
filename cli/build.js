// Bundles the `kopiena` command (cli/src, with the widgets' feed, i18n and
// element code it shares from ../src) into cli/dist/cli.js for Node, and
// copies the landing pages' hydrating client (the root's dist/hydrate).
// Run after the root build: `npm run build` does both in order.
import { cp, rm } from 'node:fs/promises';
import { build } from 'esbuild';

const here = (path) => new URL(path, import.meta.url);

await rm(here('dist'), { recursive: true, force: true });
await build({
  entryPoints: { cli: here('src/main.ts').pathname },
  outdir: here('dist').pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['node'],
  packages: 'external',
  tsconfig: here('../tsconfig.json').pathname,
  logLevel: 'warning',
});
await cp(here('../dist/hydrate'), here('dist/hydrate'), { recursive: true });
console.log('built cli/dist/cli.js');
