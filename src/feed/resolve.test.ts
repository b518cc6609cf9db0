import { expect } from '@open-wc/testing';
import { findRelease, foreignLang, pickText, Resolver, sortReleases } from './resolve.js';
import { validateFeed } from './validate.js';
import { smallFeed } from '../../test/fixtures/feeds.js';

describe('resolve', () => {
  const text = { lv: 'Sveiki', en: 'Hello', 'pt-BR': 'Olá' };

  it('picks the exact tag, then the base language, then fallbacks, then the first entry', () => {
    expect(pickText(text, 'en', ['lv'])).to.deep.equal({ text: 'Hello', lang: 'en' });
    expect(pickText(text, 'en-GB', ['lv'])).to.deep.equal({ text: 'Hello', lang: 'en' });
    expect(pickText(text, 'pt', ['lv'])).to.deep.equal({ text: 'Olá', lang: 'pt-BR' });
    expect(pickText(text, 'ru', ['lv', 'en'])).to.deep.equal({ text: 'Sveiki', lang: 'lv' });
    expect(pickText({ de: 'Hallo', fr: 'Salut' }, 'ru', ['lv'])).to.deep.equal({ text: 'Hallo', lang: 'de' });
  });

  it('gives plain strings the release or feed language', () => {
    expect(pickText('Labdien', 'en', ['lv'])).to.deep.equal({ text: 'Labdien', lang: 'lv' });
  });

  it('marks text whose language differs from the reader’s', () => {
    expect(foreignLang({ text: 'x', lang: 'lv' }, 'en')).to.equal('lv');
    expect(foreignLang({ text: 'x', lang: 'en-GB' }, 'en')).to.equal(undefined);
  });

  it('orders releases newest first and finds latest or by id', () => {
    const { feed } = validateFeed(smallFeed());
    expect(sortReleases(feed.releases).map((release) => release.id)).to.deep.equal(['newer', 'older']);
    expect(findRelease(feed)?.id).to.equal('newer');
    expect(findRelease(feed, 'older')?.id).to.equal('older');
    expect(findRelease(feed, 'missing')).to.equal(undefined);
  });

  it('puts the release language before the feed language', () => {
    const source = smallFeed();
    (source.releases[0] as Record<string, unknown>).language = 'en';
    source.releases[0].title = { lv: 'LV', en: 'EN' } as never;
    const { feed } = validateFeed(source);
    const resolver = new Resolver(feed, 'ru');
    expect(resolver.text(feed.releases[0].title, feed.releases[0]).text).to.equal('EN');
    expect(resolver.text(feed.releases[0].title).text).to.equal('LV');
    expect(resolver.person('anna-berzina')?.name).to.equal('Anna Bērziņa');
  });
});
