import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { FeedError, type FeedErrorCode } from '../src/feed/errors.js';
import { activateMessages, loadMessages, type Locale } from '../src/i18n/messages.js';
import { formatPublished } from '../src/i18n/published.js';
import { renderError } from '../src/shared/states.js';
import '../src/index.js';
import type { CommunityRelease } from '../src/community-release/community-release.js';
import { freshUrl, nextEvent, requestsTo, seedFeed, shadow, shadowText } from './helpers.js';
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
  await waitUntil(() => shadow(element).querySelector(`[part="base"][lang="${locale}"]`), `${element.localName} never rendered in ${locale}`);
}

async function releaseIn(lang: string, feed: unknown, share = false) {
  const element = await fixture<CommunityRelease>(
    html`<community-release lang=${lang} ?share=${share} href="https://example.org/news/{id}/" .feed=${feed}></community-release>`
  );
  await renderedIn(element, lang);
  return element;
}

const locales: Locale[] = ['en', 'lv', 'ru', 'lt', 'et', 'uk'];
const codes: FeedErrorCode[] = ['network', 'http', 'timeout', 'parse', 'version', 'schema', 'too-large', 'not-found'];

/** The text of the error message an element shows for `code` in `locale`. */
async function errorText(locale: Locale, code: FeedErrorCode): Promise<string> {
  await loadMessages(locale);
  activateMessages(locale);
  const holder = document.createElement('div');
  try {
    render(renderError(new FeedError(code, '')), holder);
  } finally {
    activateMessages('en');
  }
  return holder.textContent!.replace(/\s+/g, ' ').trim();
}

describe('localization', () => {
  it("gives every message an explicit id, which is what kopiena's msg() looks translations up by", () => {
    // lit-localize names a message without an id by its hash ("s" and 16 hex digits);
    // such a message would silently show in English in every locale.
    for (const [locale, templates] of Object.entries({ lv, ru, lt, et, uk })) {
      const ids = Object.keys(templates);
      expect(ids.length, locale).to.be.greaterThan(40);
      expect(
        ids.filter((id) => /^s[0-9a-f]{16}$/.test(id)),
        locale
      ).to.deep.equal([]);
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

  it('builds the Latvian date line from Intl parts, so it never ends in ".." whichever pattern the engine picks', async () => {
    const prototype = Intl.DateTimeFormat.prototype;
    const { formatToParts } = prototype;
    const format = Object.getOwnPropertyDescriptor(prototype, 'format')!;
    // An engine whose numeric pattern ends with a dot ("07.05.2020."), as some ICU versions' Latvian does.
    prototype.formatToParts = function (this: Intl.DateTimeFormat, date?: Date | number) {
      const parts = formatToParts.call(this, date);
      return parts.at(-1)?.type === 'literal' || this.resolvedOptions().month !== '2-digit' ? parts : [...parts, { type: 'literal', value: '.' }];
    };
    Object.defineProperty(prototype, 'format', {
      configurable: true,
      get(this: Intl.DateTimeFormat) {
        return (date?: Date | number) =>
          prototype.formatToParts
            .call(this, date)
            .map((part) => part.value)
            .join('');
      },
    });
    try {
      expect(formatPublished('2020-05-07', 'lv')).to.equal('07.05.2020');
      expect(dateline(await releaseIn('lv', await seedFeed()))).to.equal('Preses relīze 07.05.2020.');
      expect(formatPublished('2020-05-07', 'ru')).to.equal('07.05.2020');
    } finally {
      prototype.formatToParts = formatToParts;
      Object.defineProperty(prototype, 'format', format);
    }
  });

  it('never repeats the headline of an error in its reason, and not-found does not say loading failed', async () => {
    // The word for "news" may stand in both ("Nepavyko įkelti naujienų. Naujienų šaltinis …").
    const news: Partial<Record<Locale, string>> = { lt: 'naujienų' };
    const words = (sentence: string) => new Set(sentence.toLowerCase().match(/[\p{L}ʼ]{5,}/gu) ?? []);
    for (const locale of locales) {
      const network = await errorText(locale, 'network');
      const headline = network.slice(0, network.indexOf('.') + 1);
      for (const code of codes) {
        const text = await errorText(locale, code);
        if (code === 'not-found') {
          expect(text, locale).not.to.contain(headline);
          expect(text.match(/[.!]/g), `${locale}: one sentence`).to.have.length(1);
          continue;
        }
        expect(text.startsWith(`${headline} `), `${locale} ${code}`).to.equal(true);
        const reason = words(text.slice(headline.length));
        const shared = [...words(headline)].filter((word) => reason.has(word) && word !== news[locale]);
        expect(shared, `${locale} ${code}: ${text}`).to.deep.equal([]);
      }
    }
    expect(await errorText('lv', 'network')).to.equal('Ziņas neizdevās ielādēt. Ziņu avots nav sasniedzams.');
    expect(await errorText('ru', 'network')).to.equal('Не удалось загрузить новости. Нет связи с источником новостей.');
    expect(await errorText('en', 'not-found')).to.equal('The requested release is not in the feed.');
    expect(await errorText('lt', 'version')).to.equal('Nepavyko įkelti naujienų. Šis valdiklis nepalaiko šios naujienų šaltinio versijos.');
  });

  it('uses the label and button forms native editors wrote (uk, lt, et)', async () => {
    const feed = await seedFeed();
    const uk = shadowText(await releaseIn('uk', feed));
    expect(uk).to.contain('Матеріал підготував(-ла):');
    expect(uk).not.to.contain('(ла)');
    expect(uk).to.contain('Детальніше про найближчі заходи та можливості долучитися:');
    expect(uk).not.to.match(/ [ву]:/);
    const lt = await releaseIn('lt', feed, true);
    expect(shadow(lt).querySelector('.release__share-link')?.textContent).to.equal('Bendrinti „Facebook“');
    // Estonian: the button and the copy-by-hand instruction in the same person (singular).
    const et = await releaseIn('et', feed, true);
    const share = shadow(et).querySelector('[part="share"]')!;
    expect(share.querySelector('button')?.textContent).to.equal('Kopeeri link');
    const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    try {
      share.querySelector('button')!.click();
      await new Promise((resolve) => setTimeout(resolve));
      await et.updateComplete;
    } finally {
      if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
    expect(share.querySelector('[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Kopeeri see link: https://example.org/news/2020-05-07-daugavpils-iedvesmo/'
    );
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
    const holder = await fixture<HTMLDivElement>(
      html`<div lang="lv-LV"><section><community-release .feed=${feed}></community-release></section></div>`
    );
    const element = holder.querySelector('community-release')!;
    await renderedIn(element, 'lv');
    expect(titleOf(element)).to.equal('Jaunāka ziņa');
    const unsupported = await fixture<HTMLDivElement>(html`<div lang="fr"><community-release .feed=${feed}></community-release></div>`);
    await renderedIn(unsupported.firstElementChild!, 'en');
  });

  it('re-renders when lang changes on the element, an ancestor or <html>, without fetching again', async () => {
    const url = freshUrl('/test/fixtures/feed.json');
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
      // The observer's callback is a microtask queued by the change; English needs no chunk, so a re-render would be immediate.
      await Promise.resolve();
      await (element as CommunityRelease).updateComplete;
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
