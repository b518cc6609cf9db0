// Storybook as a designer meets it: opens the built Storybook's manager UI
// (storybook-static/) in headless Chromium and, for the first story of every
// element in custom-elements.json, reads the Controls panel: each attribute is
// one row (not a second one for its property), with the control of its kind
// (a text field, a radio or select, a number field, a toggle; never "Set
// object", "Set string" or "Edit … as JSON"), and `.feed` has none. Then it
// edits controls and counts what the preview shows: a `from` date narrows the
// timeline, another `contact` id changes the card, `layout` turns the release
// into a teaser, and the locale toolbar changes the widget's language.
// Prints one line per check; exit 1 on any failure.
import { existsSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../lib/browser.js';
import { serve } from '../lib/static-server.js';

if (!existsSync('storybook-static/index.json')) {
  console.error('storybook-static/ is missing: run npm run build-storybook first.');
  process.exit(1);
}

/** What a designer should get for each attribute; an attribute not named here is judged by the type the manifest records. */
const expectedKinds = {
  text: ['src', 'from', 'to', 'href', 'release-href', 'contact', 'name', 'job-title', 'role', 'organization', 'phone', 'email', 'topic'],
  choice: ['release', 'order', 'group', 'layout'],
  number: ['limit', 'count', 'heading-level', 'timeout'],
  toggle: ['share', 'saved-copy'],
};

function expectedKind(attribute) {
  const named = Object.entries(expectedKinds).find(([, names]) => names.includes(attribute.name));
  if (named) return named[0];
  const members = (attribute.type?.text ?? 'string').split('|').map((member) => member.trim());
  const wanted = members.filter((member) => member !== 'undefined' && member !== 'null');
  if (wanted.length && wanted.every((member) => /^['"].*['"]$/.test(member))) return 'choice';
  return { number: 'number', boolean: 'toggle' }[wanted.join()] ?? 'text';
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);
const stories = Object.values(JSON.parse(readFileSync('storybook-static/index.json', 'utf8')).entries).filter((entry) => entry.type === 'story');

const server = await serve('storybook-static');
const browser = await puppeteer.launch({ executablePath: await findChromium(), args: chromiumArgs });
const failures = [];
function check(name, problems) {
  if (problems.length) failures.push(name);
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${name}${problems.length ? `: ${problems.join('; ')}` : ''}`);
}

/** The Controls panel as rows: section (attributes, properties, events…), the name shown, and the control's kind. */
function readControls(page) {
  return page.evaluate(() => {
    let section = '';
    const rows = [];
    for (const row of document.querySelectorAll('#storybook-panel-root table tbody tr')) {
      // A section's heading row: "Hide attributes items", "Show css shadow parts items"…
      const heading = /^(?:Hide|Show) (.+) items$/.exec(row.querySelector('td[colspan] > button')?.textContent ?? '');
      if (heading) {
        section = heading[1];
        continue;
      }
      const cells = row.querySelectorAll(':scope > td');
      const control = cells[cells.length - 1];
      const kinds = [];
      if (control.querySelector('textarea, input[type="text"]')) kinds.push('text');
      if (control.querySelector('select, input[type="radio"]')) kinds.push('choice');
      if (control.querySelector('input[type="number"]')) kinds.push('number');
      if (control.querySelector('input[type="checkbox"]')) kinds.push('toggle');
      const buttons = [...control.querySelectorAll('button')].map((button) =>
        `${button.textContent} ${button.getAttribute('aria-label') ?? ''}`.trim()
      );
      const labels = [...control.querySelectorAll('label')].map((label) => label.textContent);
      rows.push({ section, name: cells[0].textContent.trim(), kinds, odd: [...buttons, ...labels].filter((text) => /^Set |as JSON/.test(text)) });
    }
    return rows;
  });
}

async function preview(page) {
  return (await page.$('#storybook-preview-iframe')).contentFrame();
}

/** Settled: the element's shadow root shows its content, not the skeleton. */
async function settled(frame, tag) {
  await frame.waitForFunction(
    (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]:not([aria-busy])'),
    { timeout: 20_000 },
    tag
  );
}

async function shadowText(frame, tag, selector) {
  return frame.evaluate(
    (tag, selector) => [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll(selector) ?? [])].map((node) => node.textContent.trim()),
    tag,
    selector
  );
}

async function typeInto(page, selector, text) {
  await page.focus(selector);
  await page.$eval(selector, (field) => field.select());
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Waits until `read()` returns a value that `done` accepts; that value, or undefined after 10 s. */
async function until(read, done) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const now = await read();
    if (done(now)) return now;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

/** Per element: edit controls as a designer would and see the preview follow, at once (no reload). */
const edits = {
  async 'activity-timeline'(page, frame, id) {
    const count = () => frame.evaluate(() => document.querySelector('activity-timeline').shadowRoot.querySelectorAll('[part~="item"]').length);
    const before = await count();
    await typeInto(page, '#control-from', '2020-05');
    const after = await until(count, (now) => now > 0 && now < before);
    check(`${id}: from=2020-05 narrows the timeline (${before} → ${after} items)`, after ? [] : ['the item count did not go down']);

    const text = () => shadowText(frame, 'activity-timeline', '[part~="base"]');
    const inLatvian = await text();
    await page.click('button[aria-label^="Language of the widgets"]');
    await (await page.waitForSelector('::-p-text(English)', { timeout: 10_000 })).click();
    const inEnglish = await until(text, (now) => now.join() !== inLatvian.join());
    const lang = await frame.evaluate(() => document.querySelector('activity-timeline').closest('[lang]')?.getAttribute('lang'));
    check(`${id}: the locale toolbar changes the timeline's language`, inEnglish && lang === 'en' ? [] : [`text unchanged, lang=${lang}`]);
  },
  async 'contact-card'(page, frame, id) {
    const name = () => shadowText(frame, 'contact-card', '[part~="name"]');
    const before = await name();
    await typeInto(page, '#control-contact', 'kristine-liepina');
    const after = await until(name, (now) => now.length === 1 && now[0] && now[0] !== before[0]);
    check(`${id}: another contact id changes the card (${before} → ${after})`, after ? [] : ['the name did not change']);
  },
  async 'release-list'(page, frame, id) {
    const titles = () => shadowText(frame, 'release-list', '[part~="title"]');
    const before = await titles();
    await typeInto(page, '#control-count', '2');
    const after = await until(titles, (now) => now.length === 2);
    check(`${id}: count=2 shows two teasers (${before.length} → ${after?.length})`, after ? [] : ['the teaser count did not change']);
    await typeInto(page, '#control-topic', 'libraries');
    const ofTopic = await until(titles, (now) => now.length === 2 && now.join() !== after?.join());
    check(`${id}: topic=libraries shows that topic's releases (${ofTopic?.join(', ')})`, ofTopic ? [] : ['the teasers did not change']);
  },
  async 'community-release'(page, frame, id) {
    const summary = () => shadowText(frame, 'community-release', '[part~="summary"]');
    const before = await summary();
    const teaser = await page.$$eval('input[type="radio"][id^="control-layout-"]', (radios) => radios.find((radio) => radio.value === 'teaser')?.id);
    if (teaser) await page.click(`#${teaser}`);
    const after = teaser && (await until(summary, (now) => now.length === 1));
    check(`${id}: layout=teaser turns the release into a teaser`, before.length === 0 && after ? [] : ['no teaser summary appeared']);
  },
};

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(/** @type {Error} */ (error).message));

  for (const element of elements) {
    const tag = element.tagName;
    const story = stories.find((entry) => entry.title.split('/').at(-1) === tag);
    if (!story) {
      check(`${tag}: has a story`, ['no story titled …/' + tag]);
      continue;
    }
    await page.goto(`${server.origin}/?path=/story/${story.id}`, { waitUntil: 'load' });
    await page.waitForSelector('#storybook-panel-root table tbody tr td', { timeout: 30_000 });
    await settled(await preview(page), tag);
    const rows = await readControls(page);
    const settable = rows.filter((row) => !['events', 'slots', 'css shadow parts', 'css custom properties'].includes(row.section));
    for (const attribute of element.attributes ?? []) {
      const problems = [];
      const shown = settable.filter((row) => row.name === attribute.name);
      if (shown.length !== 1) problems.push(`listed ${shown.length} times`);
      if (attribute.fieldName && attribute.fieldName !== attribute.name && settable.some((row) => row.name === attribute.fieldName))
        problems.push(`also listed as its property ${attribute.fieldName}`);
      const want = expectedKind(attribute);
      for (const row of shown) {
        if (row.kinds.join() !== want) problems.push(`control is ${row.kinds.join('+') || 'none'}, not ${want}`);
        if (row.odd.length) problems.push(`shows ${row.odd.join(', ')}`);
      }
      check(`${story.id}: ${attribute.name} is one ${want} control`, problems);
    }
    for (const member of (element.members ?? []).filter((member) => member.kind === 'field' && !member.attribute && !member.static)) {
      const shown = settable.filter((row) => row.name === member.name || row.name === `.${member.name}`);
      check(
        `${story.id}: .${member.name} is listed without a control`,
        shown.length !== 1 ? [`listed ${shown.length} times`] : shown[0].kinds.length || shown[0].odd.length ? [`has a control`] : []
      );
    }
    const everywhere = rows.filter((row) => row.odd.length).map((row) => `${row.section} ${row.name}: ${row.odd.join(', ')}`);
    check(`${story.id}: no "Set …" button or JSON editor anywhere`, everywhere);

    try {
      await edits[tag]?.(page, await preview(page), story.id);
    } catch (error) {
      check(`${story.id}: editing its controls`, [String(/** @type {Error} */ (error).message).split('\n')[0]]);
    }
  }
  check('no page error in the manager', pageErrors);
} finally {
  await browser.close();
  server.close();
}
console.log(`storybook controls: ${failures.length ? `${failures.length} failed` : 'all passed'}`);
process.exit(failures.length ? 1 : 0);
