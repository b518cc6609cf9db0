// The minified bundle renders what the source says: the same page of all
// three elements (full and teaser, three languages, a contact from
// attributes) rendered by dist/kopiena.js (templates minified by
// scripts/build/vite-plugins-compact.js) and by dist/hydrate (templates as
// written), compared in Chromium: every shadow root's visible text
// (innerText, so spaces and line breaks count) and, for every element in it,
// its part, tag and computed style (so a changed CSS selector or value
// shows). Prints a result line; exit 1 on any difference.
import { existsSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs } from '../lib/browser.js';
import { serve } from '../lib/static-server.js';

const bundles = { minified: '/dist/kopiena.js', 'as written': '/dist/hydrate/kopiena-hydrate.js' };
for (const path of Object.values(bundles)) {
  if (!existsSync(`.${path}`)) {
    console.error(`.${path} is missing: run npm run build first.`);
    process.exit(1);
  }
}
const elements = `
<community-release src="/feed.json" share href="https://example.org/{id}"></community-release>
<community-release src="/feed.json" layout="teaser" href="https://example.org/{id}" lang="ru"></community-release>
<community-release src="/feed.json" release="no-such-release"></community-release>
<activity-timeline src="/feed.json" group="year" limit="3" lang="en"></activity-timeline>
<activity-timeline src="/feed.json" release="latest"></activity-timeline>
<contact-card src="/feed.json" contact="arvita-juksa" lang="en"></contact-card>
<contact-card name="Anna Bērziņa" job-title="coordinator" organization="Org" phone="+371 20000000" email="anna@example.org" layout="compact" lang="ru"></contact-card>`;
const page = (bundle) => `<!doctype html><html lang="lv"><head><meta charset="utf-8"><title>parity</title>
<script type="module" src="${bundle}"></script></head><body>${elements}</body></html>`;
const server = await serve('.', {
  extra: {
    '/minified.html': ['text/html; charset=utf-8', page(bundles.minified)],
    '/as-written.html': ['text/html; charset=utf-8', page(bundles['as written'])],
    '/feed.json': ['application/json', readFileSync('test/fixtures/feed.json')],
  },
});

const properties = [
  'display',
  'position',
  'color',
  'background-color',
  'font-size',
  'font-weight',
  'font-style',
  'margin',
  'padding',
  'border',
  'gap',
  'list-style-type',
  'text-decoration-line',
  'outline-style',
  'width',
  'height',
];

async function render(browser, path) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 900, height: 1200 });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`${server.origin}${path}`);
  // Settled: every element past its skeleton, in its own language.
  await tab.waitForFunction(
    () =>
      [...document.querySelectorAll('community-release, activity-timeline, contact-card')].every(
        (element) => element.shadowRoot?.firstElementChild && !element.shadowRoot.querySelector('[aria-busy="true"]')
      ),
    { timeout: 15_000 }
  );
  const rendered = await tab.evaluate((properties) => {
    return [...document.querySelectorAll('community-release, activity-timeline, contact-card')].map((host) => ({
      host: host.outerHTML.slice(0, host.outerHTML.indexOf('>') + 1),
      text: host.shadowRoot.firstElementChild
        ? [...host.shadowRoot.children].map((child) => /** @type {HTMLElement} */ (child).innerText ?? '').join('\n')
        : '',
      nodes: [...host.shadowRoot.querySelectorAll('*')]
        .filter((node) => node.localName !== 'style')
        .map((node) => {
          const style = getComputedStyle(node);
          return `${node.localName}[${node.getAttribute('part') ?? ''}] ${properties.map((name) => style.getPropertyValue(name)).join(' | ')}`;
        }),
    }));
  }, properties);
  await tab.close();
  return { rendered, errors };
}

const browser = await puppeteer.launch({ executablePath: await findChromium(), args: chromiumArgs });
let differences = 0;
try {
  const minified = await render(browser, '/minified.html');
  const written = await render(browser, '/as-written.html');
  for (const errors of [minified.errors, written.errors]) {
    if (!errors.length) continue;
    differences++;
    console.log(`FAIL page errors: ${errors.join('; ')}`);
  }
  minified.rendered.forEach((element, index) => {
    const other = written.rendered[index];
    const before = differences;
    if (element.text !== other.text) {
      differences++;
      console.log(
        `FAIL ${element.host} text differs:\n  minified:   ${JSON.stringify(element.text.slice(0, 400))}\n  as written: ${JSON.stringify(other.text.slice(0, 400))}`
      );
    }
    const count = Math.max(element.nodes.length, other.nodes.length);
    for (let node = 0; node < count; node++) {
      if (element.nodes[node] === other.nodes[node]) continue;
      differences++;
      console.log(`FAIL ${element.host} element ${node}:\n  minified:   ${element.nodes[node]}\n  as written: ${other.nodes[node]}`);
      break;
    }
    if (differences === before) console.log(`ok   ${element.host}: ${element.nodes.length} elements, ${element.text.length} characters alike`);
  });
} finally {
  await browser.close();
  server.close();
}
console.log(`bundle parity: ${differences ? `${differences} difference(s)` : 'the minified bundle renders like the source'}`);
process.exit(differences ? 1 : 0);
