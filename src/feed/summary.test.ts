import { expect } from '@open-wc/testing';
import { Resolver } from './resolve.js';
import { releaseSummary } from './summary.js';
import { validateFeed } from './validate.js';
import { smallFeed } from '../../test/fixtures/feeds.js';

/** The release `id` of the small feed with `changes`, read in `locale`. */
function read(id: string, changes: Record<string, unknown>, locale = 'lv') {
  const source = smallFeed();
  Object.assign(
    source.releases.find((release) => release.id === id)!,
    changes
  );
  const { feed } = validateFeed(source);
  return { release: feed.releases.find((release) => release.id === id)!, resolver: new Resolver(feed, locale) };
}

const words = (count: number) => Array.from({ length: count }, (_, index) => `vārds${index}`).join(' ');

describe('releaseSummary', () => {
  it('is the summary, marked with its language when the reader has another', () => {
    const { release, resolver } = read('newer', {});
    expect(releaseSummary(release, resolver, 'teaser')).to.deep.equal({ text: 'A short summary.', lang: 'en' });
  });

  it('falls back to the first paragraph of the body', () => {
    const { release, resolver } = read('older', {});
    expect(releaseSummary(release, resolver, 'teaser')).to.deep.equal({ text: 'Pirmā rindkopa.', lang: undefined });
  });

  it('is undefined for a release with neither summary nor body', () => {
    const { release, resolver } = read('older', { body: undefined });
    expect(releaseSummary(release, resolver, 'teaser')).to.equal(undefined);
  });

  it('cuts at a word, to 240 characters for a teaser, 200 for a description, and not for syndication', () => {
    const { release, resolver } = read('older', { summary: words(60) });
    const teaser = releaseSummary(release, resolver, 'teaser')!.text;
    const description = releaseSummary(release, resolver, 'description')!.text;
    expect(teaser.length).to.be.within(200, 241);
    expect(teaser).to.match(/ vārds\d+…$/);
    expect(description.length).to.be.within(150, 201);
    expect(description).to.match(/ vārds\d+…$/);
    expect(releaseSummary(release, resolver, 'syndication')!.text).to.equal(words(60));
  });

  it('counts the text as the place shows it', () => {
    const { release, resolver } = read('older', { summary: `[${words(24)}](https://example.org/)` });
    const plain = (text: string) => text.replace(/^\[|\]\(.*\)$/g, '');
    expect(releaseSummary(release, resolver, 'description', plain)!.text).to.equal(words(24));
  });
});
