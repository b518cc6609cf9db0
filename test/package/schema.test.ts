import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';

async function json(path: string) {
  const response = await fetch(path);
  expect(response.ok, path).to.equal(true);
  return response.json();
}

describe('feed.schema.json', () => {
  it('is exported from the zod schema and accepts the sample feed', async () => {
    const schema = await json('/feed.schema.json');
    expect(schema.title).to.equal('kopiena feed, version 1');
    const result = new Validator(schema, '2020-12').validate(await json('/test/fixtures/feed.json'));
    expect(result.errors).to.deep.equal([]);
    expect(result.valid).to.equal(true);
  });

  it('rejects what the widgets reject: another version, a non-text title, a bad id, a bad part', async () => {
    const validator = new Validator(await json('/feed.schema.json'), '2020-12');
    const feed = await json('/test/fixtures/feed.json');
    const broken = (change: (copy: typeof feed) => void) => {
      const copy = structuredClone(feed);
      change(copy);
      return validator.validate(copy).valid;
    };
    expect(broken((copy) => (copy.version = 2))).to.equal(false);
    expect(broken((copy) => (copy.releases[0].title = 42))).to.equal(false);
    expect(broken((copy) => (copy.releases[0].id = 'Not An Id'))).to.equal(false);
    expect(broken((copy) => (copy.releases[0].activities[1].part = 'sometime'))).to.equal(false);
    expect(broken((copy) => (copy.releases[0].futureField = { any: 'thing' }))).to.equal(true);
    // Localized person names and a release's own contact labels (the sample feed has both).
    expect(feed.people['arvita-juksa'].name.ru).to.equal('Арвита Юкша');
    expect(broken((copy) => (copy.people['arvita-juksa'].name = {}))).to.equal(false);
    expect(broken((copy) => (copy.people['arvita-juksa'].name = { ru: '' }))).to.equal(false);
    expect(broken((copy) => (copy.people['arvita-juksa'].name = 'Arvita Jukša'))).to.equal(true);
    expect(broken((copy) => (copy.releases[0].contacts.labels.inquiries = 42))).to.equal(false);
    expect(broken((copy) => (copy.releases[0].contacts.labels.preparedBy = 'Sagatavoja:'))).to.equal(true);
  });
});
