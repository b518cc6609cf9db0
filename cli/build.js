// Bundles the `kopiena` command (cli/src, with the widgets' feed, i18n and
// element code it shares from ../src) into cli/dist/cli.js for Node, and
// copies the landing pages' hydrating client (the root's dist/hydrate), the
// script-tag bundle that a built site serves to partners (the root's
// dist/kopiena.js with its lazy chunks, into dist/kopiena) and
// the Noto Sans files the share images are drawn with (so the fonts ship in
// the package and nothing is looked up on the user's machine).
// Run after the root build: `npm run build` does both in order.
import { cp, mkdir, rm } from 'node:fs/promises';
import { build } from 'esbuild';

const here = (path) => new URL(path, import.meta.url);

await rm(here('dist'), { recursive: true, force: true });
await build({
  entryPoints: { cli: here('src/main.ts').pathname, 'share-worker': here('src/site/share-worker.ts').pathname },
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
/**
 * A minified script for the browser that the command writes into a site or serves: `source` to `dist/<outfile>`.
 * @param {string} source
 * @param {string} outfile
 * @param {{ format?: import('esbuild').Format, target?: string }} [options]
 */
const browserScript = (source, outfile, { format = 'esm', target = 'es2022' } = {}) =>
  build({
    entryPoints: [here(source).pathname],
    outfile: here(`dist/${outfile}`).pathname,
    bundle: true,
    platform: 'browser',
    format,
    target,
    minify: true,
    tsconfig: here('../tsconfig.json').pathname,
    logLevel: 'warning',
  });
// The embed page's own script (cli/src/site/embed.ts writes it into the site).
await browserScript('src/site/embed-client.ts', 'embed/embed.js');
// The script kopiena serve adds to the pages it serves (cli/src/serve/server.ts).
await browserScript('src/serve/live-client.ts', 'serve/live.js', { format: 'iife' });
// The search box's script on index pages (cli/src/site/write-site.ts writes it into the site as assets/search.js).
await browserScript('src/site/search-client.ts', 'search/search.js');
// The iframe embed's scripts (cli/src/site/frames.ts writes them into the site): classic scripts, not
// modules, as a sandboxed frame (an opaque origin) would fetch a module with CORS.
await browserScript('src/site/frame-client.ts', 'frame/frame.js', { format: 'iife', target: 'es2020' });
await browserScript('src/site/frame-resizer.ts', 'frame/resizer.js', { format: 'iife', target: 'es2020' });
await cp(here('../dist/hydrate'), here('dist/hydrate'), { recursive: true });
// The widgets' script-tag bundle and every chunk it imports (locale and feature chunks), without
// source maps: a built site serves these to partners' pages (cli/src/site/widget-bundle.ts), so
// the command's package carries them and a build needs no network.
const { readFile: read, readdir: list, writeFile: write } = await import('node:fs/promises');
const withoutMapComment = (text) => text.replace(/\n\/\/# sourceMappingURL=[^\n]*\n?$/, '\n');
await mkdir(here('dist/kopiena/chunks'), { recursive: true });
const entry = await read(here('../dist/kopiena.js'), 'utf8');
await write(here('dist/kopiena/kopiena.js'), withoutMapComment(entry));
for (const name of await list(here('../dist/chunks'))) {
  if (name.endsWith('.js')) await write(here(`dist/kopiena/chunks/${name}`), withoutMapComment(await read(here(`../dist/chunks/${name}`), 'utf8')));
}
const fontsource = new URL('../node_modules/@fontsource/noto-sans/', import.meta.url);
await mkdir(here('dist/fonts'), { recursive: true });
for (const subset of ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext']) {
  for (const weight of [400, 700]) {
    const file = `noto-sans-${subset}-${weight}-normal.woff`;
    await cp(new URL(`files/${file}`, fontsource), here(`dist/fonts/${file}`));
  }
}
await cp(new URL('LICENSE', fontsource), here('dist/fonts/LICENSE'));
// What `kopiena init` writes: the demo feed as a source folder, made by the
// command's own import (so it always matches demo/feed.json and reads back
// exactly), with the coordinators' README and the CMS form from template/.
const { main } = await import(here('dist/cli.js').href);
const template = here('dist/template').pathname;
// Its summary lines are not this build's: printed nowhere (errors still go to stderr).
const quiet = {
  stdout: () => {},
  stderr: (line) => console.error(line),
  now: () => new Date(),
  env: process.env,
  cwd: process.cwd(),
  interrupted: () => new Promise(() => {}),
};
const status = await main(['import', here('../demo/feed.json').pathname, '--out', template], quiet);
if (status !== 0) throw new Error(`kopiena import of demo/feed.json for the init template exited ${status}`);
await cp(here('template'), template, { recursive: true });
const { readFile, readdir, rename, writeFile } = await import('node:fs/promises');
// The release files get the names the CMS form saves (index.lv.md; see
// CMS_FILE_PREFIX in src/source/layout.ts), so the example opens in the CMS.
for (const release of await readdir(`${template}/releases`)) {
  for (const name of await readdir(`${template}/releases/${release}`)) {
    if (name.endsWith('.md')) await rename(`${template}/releases/${release}/${name}`, `${template}/releases/${release}/index.${name}`);
  }
}
const config = `${template}/kopiena.yml`;
await writeFile(
  config,
  '# Viss, kas nav relīzēs: projekts, organizācijas, cilvēki (skat. README.md).\n# Everything outside releases: the project, organizations, people (see README.md).\n' +
    (await readFile(config, 'utf8'))
);
console.log('built cli/dist/cli.js and the init template');
