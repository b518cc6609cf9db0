import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { CommunityRelease } from '../src/community-release/community-release.js';
import { freshUrl, nextEvent, requestsTo, seedFeed, shadow } from './helpers.js';
import { smallFeed } from './fixtures/feeds.js';
import { templates as lv } from '../src/generated/locales/lv.js';
import { templates as ru } from '../src/generated/locales/ru.js';
import { templates as lt } from '../src/generated/locales/lt.js';
import { templates as et } from '../src/generated/locales/et.js';
import { templates as uk } from '../src/generated/locales/uk.js';

const dateline = (element: Element) => shadow(element).querySelector('[part="dateline"]')?.textContent?.trim();
const titleOf = (element: Element) => shadow(element).querySelector('[part="title"]')?.textContent?.trim();

/** Resolves once the element has rendered in `locale` (its base wrapper carries lang). */
async function renderedIn(element: Element, locale: string) {
  for (let frame = 0; frame < 100; frame++) {
    if (shadow(element).querySelector(`[part="base"][lang="${locale}"]`)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${element.localName} never rendered in ${locale}`);
}

async function releaseIn(lang: string, feed: unknown) {
  const element = await fixture<CommunityRelease>(html`<community-release lang=${lang} .feed=${feed}></community-release>`);
  await renderedIn(element, lang);
  return element;
}

describe('localization', () => {
  it('gives every message an explicit id, which is what kopiena\'s msg() looks translations up by', () => {
    // lit-localize names a message without an id by its hash ("s" and 16 hex digits);
    // such a message would silently show in English in every locale.
    for (const [locale, templates] of Object.entries({ lv, ru, lt, et, uk })) {
      const ids = Object.keys(templates);
      expect(ids.length, locale).to.be.greaterThan(40);
      expect(ids.filter((id) => /^s[0-9a-f]{16}$/.test(id)), locale).to.deep.equal([]);
    }
  });

  it('writes the date line as each locale does', async () => {
    const feed = await seedFeed();
    const expected: Record<string, string> = {
      en: 'Press release, 7 May 2020',
      lv: 'Preses relīze 07.05.2020.',
      ru: 'Пресс-релиз, 07.05.2020',
      lt: 'Pranešimas spaudai, 2020-05-07',
      et: 'Pressiteade, 07.05.2020',
      uk: 'Прес-реліз, 07.05.2020',
    };
    for (const [lang, line] of Object.entries(expected)) expect(dateline(await releaseIn(lang, feed))).to.equal(line);
  });

  it('shows an lv and an ru release side by side on one page', async () => {
    const feed = await seedFeed();
    const holder = await fixture<HTMLDivElement>(html`<div>
      <community-release lang="lv" .feed=${feed}></community-release>
      <community-release lang="ru" .feed=${feed}></community-release>
    </div>`);
    const [lv, ru] = [...holder.querySelectorAll('community-release')];
    await Promise.all([renderedIn(lv, 'lv'), renderedIn(ru, 'ru')]);
    expect(titleOf(lv)).to.equal('Daugavpils darbīgā kopiena iedvesmo');
    expect(titleOf(ru)).to.equal('Активное сообщество Даугавпилса вдохновляет');
    expect(dateline(lv)).to.equal('Preses relīze 07.05.2020.');
    expect(dateline(ru)).to.equal('Пресс-релиз, 07.05.2020');
    expect(shadow(ru).textContent).to.contain('Материал подготовил(а):');
    expect(shadow(lv).textContent).to.contain('Informāciju sagatavoja:');
  });

  it('takes the locale from an ancestor, then <html lang>, and maps lv-LV to lv', async () => {
    const feed = smallFeed();
    const holder = await fixture<HTMLDivElement>(html`<div lang="lv-LV"><section><community-release .feed=${feed}></community-release></section></div>`);
    const element = holder.querySelector('community-release')!;
    await renderedIn(element, 'lv');
    expect(titleOf(element)).to.equal('Jaunāka ziņa');
    const unsupported = await fixture<HTMLDivElement>(html`<div lang="fr"><community-release .feed=${feed}></community-release></div>`);
    await renderedIn(unsupported.firstElementChild!, 'en');
  });

  it('re-renders when lang changes on the element, an ancestor or <html>, without fetching again', async () => {
    const url = freshUrl('/demo/feed.json');
    const holder = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const element = Object.assign(document.createElement('community-release'), { src: url });
    const loaded = nextEvent(element, 'kopiena-load');
    holder.append(element);
    await loaded;
    await renderedIn(element, 'en');
    expect(dateline(element)).to.equal('Press release, 7 May 2020');
    holder.lang = 'ru';
    await renderedIn(element, 'ru');
    expect(dateline(element)).to.equal('Пресс-релиз, 07.05.2020');
    element.lang = 'lv';
    await renderedIn(element, 'lv');
    expect(dateline(element)).to.equal('Preses relīze 07.05.2020.');
    element.removeAttribute('lang');
    holder.removeAttribute('lang');
    const original = document.documentElement.lang;
    document.documentElement.lang = 'ru';
    try {
      await renderedIn(element, 'ru');
    } finally {
      document.documentElement.lang = original;
    }
    expect(requestsTo(url)).to.equal(1);
  });

  it('keeps its language when an in-page translator rewrites <html lang>', async () => {
    const html_ = document.documentElement;
    const original = html_.lang;
    html_.lang = 'lv';
    const element = document.createElement('community-release');
    element.feed = smallFeed();
    document.body.append(element);
    try {
      await renderedIn(element, 'lv');
      html_.classList.add('translated-ltr');
      html_.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(shadow(element).querySelector('[part="base"]')?.getAttribute('lang')).to.equal('lv');
    } finally {
      html_.classList.remove('translated-ltr');
      html_.lang = original;
      element.remove();
    }
  });

  it('marks feed text that falls back to another language with lang', async () => {
    const element = await releaseIn('ru', smallFeed());
    const title = shadow(element).querySelector('[part="title"]')!;
    expect(title.textContent?.trim()).to.equal('Jaunāka ziņa');
    expect(title.getAttribute('lang')).to.equal('lv');
    const partnership = shadow(element).querySelector('[part="partnership"]')!;
    expect(partnership.getAttribute('lang')).to.equal('lv');
  });
});
