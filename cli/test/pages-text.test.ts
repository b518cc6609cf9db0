// The static pages' own words come from the widgets' message catalogue, in
// every language the site is built in (lt, et and uk pages too).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildSite } from '../src/site/pages.js';
import { validateFeed } from '../../src/feed/validate.js';
import type { Locale } from '../../src/i18n/messages.js';
import { templates as lv } from '../../src/generated/pages/lv.js';
import { templates as ru } from '../../src/generated/pages/ru.js';
import { templates as lt } from '../../src/generated/pages/lt.js';
import { templates as et } from '../../src/generated/pages/et.js';
import { templates as uk } from '../../src/generated/pages/uk.js';

const source = JSON.parse(readFileSync(new URL('../../test/fixtures/feed.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const locales: Locale[] = ['lv', 'en', 'ru', 'lt', 'et', 'uk'];
const id = '2020-05-07-daugavpils-iedvesmo';

describe('landing pages in six languages', async () => {
  // Without a partnership line an index page describes itself with the catalogue's sentence.
  const { partnership: _, ...project } = source.project as Record<string, unknown>;
  const plain = { ...source, project };
  const site = await buildSite({ source: plain, feed: validateFeed(plain).feed, locales });
  const file = (path: string) => site.files.find((candidate) => candidate.path === path)!.content;

  it('labels the navigation in the page’s language', () => {
    const expected = { en: 'Navigation', lv: 'Navigācija', ru: 'Навигация', lt: 'Navigacija', et: 'Navigatsioon', uk: 'Навігація' };
    for (const locale of locales) {
      for (const path of [`${locale}/index.html`, `${locale}/${id}/index.html`]) {
        assert.ok(file(path).includes(`<nav aria-label="${expected[locale]}">`), `${path}`);
      }
    }
  });

  it("names the author in the JSON-LD as the page's language writes the name", () => {
    const author = (locale: string) => {
      const html = file(`${locale}/${id}/index.html`);
      const start = html.indexOf('<script type="application/ld+json">') + '<script type="application/ld+json">'.length;
      const ld = JSON.parse(html.slice(start, html.indexOf('</script>', start)));
      return ld.author.find((entry: { '@type': string }) => entry['@type'] === 'Person');
    };
    assert.equal(author('ru').name, 'Арвита Юкша');
    assert.equal(author('lv').name, 'Arvita Jukša');
    assert.equal(author('lv').jobTitle, 'projekta „Darbīgās kopienas” vietējās kopienas koordinatore Daugavpilī');
  });

  it('takes every string of its own from the catalogue the widgets use', () => {
    const catalogue = { lv, ru, lt, et, uk };
    for (const [locale, templates] of Object.entries(catalogue)) {
      const index = file(`${locale}/index.html`);
      assert.ok(index.includes(`<nav aria-label="${templates['page-navigation']}">`), locale);
      assert.ok(index.includes(`index.html">${templates['page-embed']}</a>`), locale);
      const description = (templates['page-description'] as { strings: readonly string[] }).strings;
      assert.ok(index.includes(`<meta name="description" content="${description[0]}`), locale);
      for (const english of ['Navigation', 'Embed on your site', 'Press releases, activities'])
        assert.ok(!index.includes(english), `${locale}: ${english}`);
    }
    assert.ok(
      file('lt/index.html').includes('<meta name="description" content="Projekto „Darbīgās kopienas“ pranešimai spaudai, veiklos ir kontaktai.">')
    );
    assert.ok(file('en/index.html').includes('<meta name="description" content="Press releases, activities and contacts of Active Communities.">'));
    assert.ok(
      file('index.html').includes('<meta name="description" content="Projekta „Darbīgās kopienas” preses relīzes, aktivitātes un kontakti.">')
    );
  });
});
