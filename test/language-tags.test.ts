/**
 * A feed's and a release's `language` are BCP 47 tags in the widgets too
 * (issue #24, item 2), as `kopiena validate` and `build` read them: a feed
 * whose language is `../../x` or `en_US!` gets a clear, localized message and
 * `kopiena-error`, a release with one is skipped and reported, and a valid tag
 * still renders.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { KopienaErrorDetail, KopienaLoadDetail } from '../src/shared/events.js';
import { templates as latvian } from '../src/generated/locales/lv.js';
import { templates as russian } from '../src/generated/locales/ru.js';
import { isLanguageTag } from '../src/feed/schema.js';
import { seedFeed, shadow, shadowText } from './helpers.js';

type Outcome = { type: 'load'; detail: KopienaLoadDetail } | { type: 'error'; detail: KopienaErrorDetail };

/** Renders `tag` with `feed` inside an element of language `lang`; what it announced, once rendered. */
async function show(tag: 'community-release' | 'activity-timeline', feed: unknown, lang = 'lv') {
  const holder = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const element = document.createElement(tag);
  const outcome = new Promise<Outcome>((resolve) => {
    element.addEventListener('kopiena-load', (event) => resolve({ type: 'load', detail: event.detail }), { once: true });
    element.addEventListener('kopiena-error', (event) => resolve({ type: 'error', detail: event.detail }), { once: true });
  });
  element.feed = feed;
  holder.append(element);
  const announced = await outcome;
  await element.updateComplete;
  return { element, announced };
}

const statusOf = (element: Element) => shadow(element).querySelector('[part~="status"][data-code]')?.textContent?.trim() ?? '';

describe('language tags in the widgets', function () {
  this.timeout(20_000);

  it('accepts BCP 47 tags and refuses what is not one, as the command does', () => {
    for (const tag of ['lv', 'en', 'pt-BR', 'sr-Latn-RS', 'LV', 'zh-Hant']) expect(isLanguageTag(tag), tag).to.equal(true);
    for (const value of ['../../x', 'en_US!', '', 'en-', 'lv lv', 'x'.repeat(9), 'abcdefgh', 7, null, { lv: 'lv' }])
      expect(isLanguageTag(value), String(value)).to.equal(false);
  });

  for (const bad of ['../../x', 'en_US!']) {
    it(`says in the reader's language that a feed's language "${bad}" is not a language tag`, async () => {
      const feed = { ...(await seedFeed()), language: bad };
      for (const [tag, lang, catalogue] of [
        ['community-release', 'lv', latvian],
        ['activity-timeline', 'ru', russian],
      ] as const) {
        const { element, announced } = await show(tag, structuredClone(feed), lang);
        expect(announced.type, tag).to.equal('error');
        const detail = announced.detail as KopienaErrorDetail;
        expect(detail.code).to.equal('schema');
        expect(detail.issues).to.deep.include({ path: 'language', message: 'must be a language tag such as lv, en or pt-BR' });
        expect(statusOf(element)).to.equal(`${catalogue['error-generic']} ${catalogue['error-language']}`);
        expect(shadowText(element)).not.to.include(bad);
      }
    });
  }

  it('in English too', async () => {
    const { element } = await show('community-release', { ...(await seedFeed()), language: '../../x' }, 'en');
    expect(statusOf(element)).to.equal('The news could not be loaded. The feed’s language code is not valid.');
  });

  it("skips a release whose language is not a tag, reports it, and shows the rest; the feed's other errors keep their words", async () => {
    const seed = (await seedFeed()) as { releases: Array<Record<string, unknown>> };
    const second = { ...seed.releases[0], id: 'second', published: '2019-01-01', title: 'Second', activities: [] };
    const feed = { ...seed, releases: [{ ...seed.releases[0], language: 'en_US!' }, second] };
    const { element, announced } = await show('community-release', feed, 'en');
    expect(announced.type).to.equal('load');
    expect((announced.detail as KopienaLoadDetail).issues).to.deep.include({
      path: 'releases[0].language',
      message: 'must be a language tag such as lv, en or pt-BR',
    });
    expect(shadow(element).querySelector('[part~="title"]')?.textContent?.trim()).to.equal('Second');

    const { element: broken } = await show('community-release', { ...seed, project: 5 }, 'en');
    expect(statusOf(broken)).to.equal('The news could not be loaded. The feed is not in the expected format.');
  });

  it('renders a feed and a release with valid tags as before', async () => {
    const seed = (await seedFeed()) as { releases: Array<Record<string, unknown>> };
    const feed = { ...seed, language: 'pt-BR', releases: [{ ...seed.releases[0], language: 'lv' }] };
    const { element, announced } = await show('community-release', feed, 'lv');
    expect(announced.type).to.equal('load');
    expect((announced.detail as KopienaLoadDetail).issues.filter((issue) => issue.path.endsWith('language'))).to.deep.equal([]);
    expect(shadow(element).querySelector('[part~="title"]')?.textContent?.trim()).to.equal('Daugavpils darbīgā kopiena iedvesmo');
  });
});
