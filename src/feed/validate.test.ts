import { expect } from '@open-wc/testing';
import { examineFeed, validateFeed } from './validate.js';
import { FeedError } from './errors.js';
import { smallFeed } from '../../test/fixtures/feeds.js';
import { seedFeed } from '../../test/helpers.js';

function failure(input: unknown): FeedError {
  try {
    validateFeed(input);
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('expected the feed to be refused');
}

describe('validateFeed', () => {
  it('accepts the sample feed of the seed press release with no issues', async () => {
    const { feed, issues } = validateFeed(await seedFeed());
    expect(issues).to.deep.equal([]);
    expect(feed.releases.map((release) => release.id)).to.deep.equal(['2020-05-07-daugavpils-iedvesmo']);
    expect(feed.people.get('arvita-juksa')?.name).to.deep.equal({ lv: 'Arvita Jukša', ru: 'Арвита Юкша' });
    expect(feed.releases[0].contacts?.labels?.inquiries).to.have.keys('lv', 'en', 'ru');
    expect(feed.organizations.get('british-council-latvia')?.about).to.be.an('object');
  });

  it('refuses documents that are not feed objects, with code schema', () => {
    for (const input of [null, [], 'text', 42, true]) expect(failure(input).code).to.equal('schema');
  });

  it('refuses a missing or unknown version with code version', () => {
    expect(failure({}).code).to.equal('version');
    expect(failure({ ...smallFeed(), version: 2 }).message).to.contain('version 2');
    expect(failure({ ...smallFeed(), version: '1' }).code).to.equal('version');
  });

  it('refuses a broken envelope and names the path', () => {
    const feed: Record<string, unknown> = smallFeed();
    delete feed.project;
    const error = failure(feed);
    expect(error.code).to.equal('schema');
    expect(error.issues).to.deep.include({ path: 'project', message: 'is required' });
    const noReleases = { ...smallFeed(), releases: {} };
    expect(failure(noReleases).issues.map((issue) => issue.path)).to.include('releases');
  });

  it('skips an invalid release, keeps the others and reports the path', () => {
    const feed = smallFeed();
    (feed.releases[0] as Record<string, unknown>).title = 42;
    const { feed: valid, issues } = validateFeed(feed);
    expect(valid.releases.map((release) => release.id)).to.deep.equal(['newer']);
    expect(issues).to.have.length(1);
    expect(issues[0].path).to.equal('releases[0].title');
  });

  it('skips an invalid activity with its JSON path, keeping its release', () => {
    const feed = smallFeed();
    feed.releases[1].activities!.push(
      { id: 'bad-date', when: '2020-13', title: 'x' } as never,
      { id: 'bad-count', when: '2020', title: 'x', participants: -1 } as never
    );
    const { feed: valid, issues } = validateFeed(feed);
    expect(valid.releases[1].activities.map((activity) => activity.id)).to.deep.equal(['webinar']);
    expect(issues.map((issue) => issue.path)).to.deep.equal(['releases[1].activities[1].when', 'releases[1].activities[2].participants']);
    expect(issues[1].message).to.equal('must be a whole number of at least 0');
  });

  it('skips releases and activities that refer to unknown people or organizations', () => {
    const feed = smallFeed();
    feed.releases[1].contacts!.preparedBy = 'nobody';
    feed.releases[0] = { ...feed.releases[0], activities: [{ id: 'a', when: '2020', title: 't', people: ['ghost'] }] } as never;
    const { feed: valid, issues } = validateFeed(feed);
    expect(valid.releases.map((release) => release.id)).to.deep.equal(['older']);
    expect(valid.releases[0].activities).to.deep.equal([]);
    expect(issues).to.deep.include({ path: 'releases[1].contacts.preparedBy', message: 'refers to an unknown person "nobody"' });
    expect(issues).to.deep.include({ path: 'releases[0].activities[0].people[0]', message: 'refers to an unknown person "ghost"' });
  });

  it('says in plain words what is wrong with each value', () => {
    const feed = smallFeed();
    Object.assign(feed.releases[1].activities![0], { ongoing: 'yes' });
    Object.assign(feed.releases[0], { body: 'one paragraph', title: 42, published: undefined, image: { src: 'javascript:alert(1)' } });
    const { issues } = validateFeed(feed);
    expect(issues).to.deep.include({ path: 'releases[0].published', message: 'is required' });
    expect(issues).to.deep.include({ path: 'releases[0].image.src', message: 'must be an absolute http, https, mailto or tel URL' });
    expect(issues).to.deep.include({ path: 'releases[1].activities[0].ongoing', message: 'must be a boolean' });
    expect(issues).to.deep.include({ path: 'releases[0].body', message: 'must be an array' });
    expect(issues).to.deep.include({ path: 'releases[0].title', message: 'must be a string or an object of language tags to strings' });
  });

  it('skips repeated release ids and bad ids', () => {
    const feed = smallFeed();
    feed.releases.push({ ...feed.releases[0] });
    feed.releases.push({ ...feed.releases[0], id: 'Not Valid' });
    const { feed: valid, issues } = validateFeed(feed);
    expect(valid.releases).to.have.length(2);
    expect(issues.map((issue) => issue.path)).to.deep.equal(['releases[2].id', 'releases[3].id']);
  });

  it('refuses non-web URLs in the feed (javascript:, data:)', () => {
    const feed = smallFeed();
    feed.organizations['org-a'].url = 'javascript:alert(1)';
    feed.releases[1].links![0].url = 'data:text/html,<script>alert(1)</script>';
    const { feed: valid, issues } = validateFeed(feed);
    expect(valid.organizations.has('org-a')).to.equal(false);
    expect(issues.map((issue) => issue.path)).to.include.members(['organizations.org-a.url', 'releases[1].links[0].url']);
  });

  it("takes localized person names and a release's own contact labels, and reports bad ones with their path", () => {
    const feed = smallFeed() as unknown as { people: Record<string, Record<string, unknown>>; releases: Array<Record<string, unknown>> };
    const person = Object.keys(feed.people)[0];
    feed.people[person].name = { lv: 'Inese Nastajus', ru: 'Инесе Настаюс' };
    feed.releases[0].contacts = {
      inquiries: person,
      labels: { inquiries: { lv: 'Kontaktpersona par aktivitātēm:' }, preparedBy: 'Sagatavoja:' },
    };
    const good = validateFeed(feed);
    expect(good.issues).to.deep.equal([]);
    expect(good.feed.people.get(person)?.name).to.deep.equal({ lv: 'Inese Nastajus', ru: 'Инесе Настаюс' });
    // A label is text, not a person id: it is never looked up among the people.
    expect(good.feed.releases[0].contacts?.labels?.preparedBy).to.equal('Sagatavoja:');

    const bad = structuredClone(feed);
    bad.people.other = { name: { lv: '' } };
    bad.people.third = { name: {} };
    (bad.releases[0].contacts as Record<string, unknown>).labels = { inquiries: 42 };
    const { issues } = validateFeed(bad);
    expect(issues.map((issue) => issue.path)).to.deep.equal(['people.other.name', 'people.third.name', 'releases[0].contacts.labels.inquiries']);
  });

  it('ignores unknown fields (forward compatibility)', () => {
    const feed = { ...smallFeed(), futureField: { x: 1 } };
    (feed.releases[1] as Record<string, unknown>).video = 'https://example.org/v.mp4';
    const { feed: valid, issues } = validateFeed(feed);
    expect(issues).to.deep.equal([]);
    expect(valid.releases).to.have.length(2);
  });

  it('refuses feeds over the item limits with code too-large', () => {
    const feed = smallFeed();
    const releases = Array.from({ length: 10_001 }, (_, index) => ({ ...feed.releases[0], id: `r-${index}` }));
    expect(failure({ ...feed, releases }).code).to.equal('too-large');
    const activities = Array.from({ length: 100_001 }, () => ({}));
    expect(failure({ ...feed, releases: [{ ...feed.releases[0], activities }] }).code).to.equal('too-large');
  });

  it('does not let a __proto__ key reach an object prototype', () => {
    const feed = JSON.parse(JSON.stringify(smallFeed()).replace('"org-a":{', '"__proto__":{"polluted":true},"org-a":{'));
    const { feed: valid } = validateFeed(feed);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(valid.organizations.has('__proto__')).to.equal(false);
  });
});

describe('examineFeed', () => {
  it('reports every problem at once: a missing project does not hide a bad release date', () => {
    const feed: Record<string, unknown> = smallFeed();
    delete feed.project;
    (feed.releases as Array<Record<string, unknown>>)[1].published = '7 May 2020';
    const { feed: valid, issues, error } = examineFeed(feed);
    expect(valid).to.equal(undefined);
    expect(error?.code).to.equal('schema');
    expect(issues.map((issue) => issue.path)).to.deep.equal(['project', 'releases[1].published']);
  });

  it('goes on past a missing version, and stops at an unknown one', () => {
    const missing: Record<string, unknown> = smallFeed();
    delete missing.version;
    (missing.releases as Array<Record<string, unknown>>)[0].title = 42;
    const examined = examineFeed(missing);
    expect(examined.error?.code).to.equal('version');
    expect(examined.issues.map((issue) => issue.path)).to.deep.equal(['version', 'releases[0].title']);
    expect(examineFeed({ ...smallFeed(), version: 2 }).issues).to.deep.equal([
      { path: 'version', message: 'Feed version 2 is not supported; this widget reads version 1.' },
    ]);
  });

  it('returns the feed and its issues when the document as a whole is usable', () => {
    const { feed, issues, error } = examineFeed(smallFeed());
    expect(error).to.equal(undefined);
    expect(issues).to.deep.equal([]);
    expect(feed?.releases).to.have.length(2);
  });

  it('leaves the page’s own feed object as it was, also where it drops an unknown reference', () => {
    const input = smallFeed();
    input.project.organizations.push('nobody');
    const before = JSON.stringify(input);
    const { feed, issues } = validateFeed(input);
    expect(feed.project.organizations).to.deep.equal(['org-a']);
    expect(issues).to.deep.equal([{ path: 'project.organizations[1]', message: 'refers to an unknown organization "nobody"' }]);
    expect(JSON.stringify(input)).to.equal(before);
  });
});
