import { expect } from '@open-wc/testing';
import * as core from 'zod/v4/core';
import * as z from 'zod/mini';
import type { Schema } from './zod.js';
import { check, pathToString } from './check.js';
import { activitySchema, envelopeSchema, organizationSchema, personSchema, releaseSchema } from './schema.js';
import type { FeedIssue } from './errors.js';
import { seedFeed } from '../../test/helpers.js';

/** zod's own verdict and issues, the reference the fast path must agree with. */
function zodIssues(schema: Schema, input: unknown) {
  const result = core.safeParse(schema, input);
  return result.success ? undefined : result.error.issues.map((issue) => pathToString(issue.path));
}

const activity = {
  id: 'webinar',
  when: '2020-04',
  part: 'late',
  title: { lv: 'Vebinārs', en: 'Webinar' },
  description: 'Par **kopienām**.',
  participants: 12,
  occurrences: 2,
  ongoing: false,
  organizations: ['org-a'],
  people: ['anna'],
  place: 'Daugavpils',
};
const values = [undefined, null, 0, -1, 1.5, '', 'x', 'late', '2020-13', '2020-04-31', [], ['x'], ['Bad Id'], {}, { lv: 1 }, { lv: 'x' }, true];

describe('check', () => {
  it('returns a valid item as it is: the fast path, no copy by zod', async () => {
    const feed = await seedFeed();
    const releases = feed.releases as Array<Record<string, unknown>>;
    const issues: FeedIssue[] = [];
    expect(check(envelopeSchema, feed, [], issues)).to.equal(feed);
    for (const release of releases) {
      expect(check(releaseSchema, release, [], issues)).to.equal(release);
      for (const item of release.activities as unknown[]) expect(check(activitySchema, item, [], issues)).to.equal(item);
    }
    for (const person of Object.values(feed.people as object)) expect(check(personSchema, person, [], issues)).to.equal(person);
    for (const organization of Object.values(feed.organizations as object))
      expect(check(organizationSchema, organization, [], issues)).to.equal(organization);
    expect(issues).to.deep.equal([]);
  });

  it('agrees with zod on every field of an activity set to every kind of wrong value', () => {
    let refused = 0;
    for (const key of Object.keys(activity)) {
      for (const value of values) {
        const input = { ...activity, [key]: value };
        const issues: FeedIssue[] = [];
        const result = check(activitySchema, input, ['a'], issues);
        const expected = zodIssues(activitySchema, input);
        expect(result === undefined, `${key}: ${JSON.stringify(value)}`).to.equal(expected !== undefined);
        expect(issues.map((issue) => issue.path)).to.deep.equal((expected ?? []).map((path) => (path.startsWith('[') ? `a${path}` : `a.${path}`)));
        // What passes returns the very input only when zod accepts it too.
        if (result === input) expect(expected).to.equal(undefined);
        if (expected) refused++;
      }
    }
    expect(refused).to.be.greaterThan(100);
  });

  it('agrees with zod on nested objects and arrays of a release', () => {
    const release = {
      id: 'r',
      published: '2020-05-07',
      title: 'T',
      image: { src: 'https://example.org/a.jpg', width: 10, height: 5 },
      contacts: { inquiries: 'anna', labels: { inquiries: 'Jautājumi' } },
      links: [{ url: 'https://example.org/' }],
      hashtags: ['Kopienas'],
    };
    const inputs = [
      release,
      { ...release, image: { ...release.image, width: 0 } },
      { ...release, image: { src: 'javascript:alert(1)' } },
      { ...release, contacts: { labels: { inquiries: 3 } } },
      { ...release, links: [{ url: 'https://example.org/' }, { label: 'x' }] },
      { ...release, hashtags: ['a', ''] },
      { ...release, body: ['a', { lv: 'b' }, 7] },
    ];
    for (const input of inputs) {
      const issues: FeedIssue[] = [];
      const result = check(releaseSchema, input, [], issues);
      const expected = zodIssues(releaseSchema, input);
      expect(result === undefined).to.equal(expected !== undefined);
      expect(issues.map((issue) => issue.path)).to.deep.equal(expected ?? []);
    }
    expect(check(releaseSchema, release, [], [])).to.equal(release);
  });

  it('reads only the schema’s own keys when a host page put one on Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = 'yes';
    try {
      const input = { ...activity };
      expect(check(activitySchema, input, [], [])).to.equal(input);
    } finally {
      delete proto.polluted;
    }
  });

  it('leaves kinds of schema it does not know to zod, with the same result', () => {
    const schema = z.object({ name: z.string() });
    const input = { name: 'a', extra: 1 };
    const result = check(schema, input, [], []);
    // zod decided: its copy without the unknown key, not the input itself.
    expect(result).to.deep.equal({ name: 'a' });
    expect(result).not.to.equal(input);
    const issues: FeedIssue[] = [];
    expect(check(schema, { name: 1 }, ['x'], issues)).to.equal(undefined);
    expect(issues).to.deep.equal([{ path: 'x.name', message: 'must be a string' }]);
  });
});
