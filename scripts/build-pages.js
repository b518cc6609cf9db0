// Bundles the `kopiena pages` command (src/pages) for Node into dist/pages/.
// Lit, @lit-labs/ssr, zod and puppeteer-core stay dependencies.
import { build } from 'esbuild';

await build({
  entryPoints: { pages: 'src/pages/pages.ts' },
  outdir: 'dist/pages',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['node'],
  external: ['lit', 'lit/*', '@lit/localize', '@lit/localize/*', '@lit-labs/ssr', '@lit-labs/ssr/*', 'zod', 'zod/*', '@sparticuz/chromium', '../../bin/find-chromium.js'],
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
console.log('built dist/pages/pages.js');
