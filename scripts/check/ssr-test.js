// Server rendering check: the elements render with @lit-labs/ssr in
// Node (declarative shadow DOM), from a `.feed`, in the locale of their
// `lang`, with no DOM and no network (<release-list> from its own module, a
// lazy chunk in the browser). Prints a result line; exit 1 on failure.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const entry = `
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { loadMessages } from './src/i18n/messages.ts';
import './src/index.ts';
import './src/release-list/release-list.ts';
export async function renderAll(feed) {
  await loadMessages('lv');
  await loadMessages('ru');
  return collectResultSync(render(html\`
    <community-release lang="lv" .feed=\${feed}></community-release>
    <activity-timeline lang="ru" .feed=\${feed}></activity-timeline>
    <contact-card lang="lv" contact="arvita-juksa" .feed=\${feed}></contact-card>
    <release-list lang="ru" href="/ru/{id}/" .feed=\${feed}></release-list>\`));
}`;
const output = await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  conditions: ['node'],
  external: ['@lit-labs/ssr', '@lit-labs/ssr/*', 'lit', 'lit/*', '@lit/localize', '@lit/localize/*', 'zod', 'zod/*'],
  tsconfig: 'tsconfig.json',
  logLevel: 'error',
});
mkdirSync('node_modules/.cache/kopiena', { recursive: true });
const modulePath = 'node_modules/.cache/kopiena/ssr-test.mjs';
writeFileSync(modulePath, output.outputFiles[0].text);
const { renderAll } = await import(pathToFileURL(modulePath).href);
const page = (await renderAll(JSON.parse(readFileSync('test/fixtures/feed.json', 'utf8')))).replace(/<!--[^>]*-->/g, '');

const expected = [
  ['declarative shadow DOM', '<template shadowroot="open" shadowrootmode="open">'],
  ['the Latvian date line', 'Preses relīze 07.05.2020.'],
  ['the Latvian title', 'Daugavpils darbīgā kopiena iedvesmo'],
  ['a Latvian label', 'Informāciju sagatavoja:'],
  ['a Russian fuzzy date', 'в конце апреля 2020 г.'],
  ['a Russian plural', '12 участников'],
  ['the contact’s tel: link', 'href="tel:+37126825598"'],
  ['the Latvian Save contact', 'Saglabāt kontaktu'],
  ['a list teaser linking its release', '<a href="/ru/2020-05-07-daugavpils-iedvesmo/">'],
  ['the list’s own styles', '.item__summary'],
];
const missing = expected.filter(([, text]) => !page.includes(text));
for (const [what, text] of expected) console.log(`${page.includes(text) ? 'ok  ' : 'FAIL'} ${what}: ${text}`);
if (page.includes('aria-busy')) missing.push(['no skeleton', 'aria-busy']);
console.log(
  `server rendering: ${expected.length - missing.length} of ${expected.length} checks passed${page.includes('aria-busy') ? ', but a skeleton was rendered' : ''}`
);
process.exit(missing.length ? 1 : 0);
