import { expect } from '@open-wc/testing';
import { pageOutcome, pagesFor } from './archives.js';
import { loadPage } from './archive-load.js';
import { FeedError } from './errors.js';
import { load, textOf } from './load.js';
import { checkArchives, type ArchivePage } from './archive-index.js';
import type { FeedIssue } from './errors.js';
import { validateFeed, type Feed } from './validate.js';
import { validatePage } from './validate-page.js';
import { smallFeed } from '../../test/fixtures/feeds.js';
import { historyUrl, serveFiles, serverCount } from '../../test/helpers.js';

const BASE = `${location.origin}/feeds/index.json`;

function indexWith(archives: unknown[]) {
  return { ...smallFeed(), archives };
}

/** An index as the widgets will read it: the feed, and its archive pages resolved against `base`. */
function readIndex(input: { archives: unknown[] }, base = BASE): { feed: Feed; archives: ArchivePage[]; issues: FeedIssue[] } {
  const issues: FeedIssue[] = [];
  const archives = checkArchives(input.archives, base, issues);
  return { feed: validateFeed(input).feed, archives, issues };
}

const page2019 = { url: 'archive/2019.json', from: '2019-01-01', to: '2019-12-31', releases: 2, activities: { count: 2, from: '2019', to: '2019' } };

async function rejection(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('archive pages: the index', () => {
  it('resolves archive URLs against the index and keeps their ranges', () => {
    const { archives, issues } = readIndex(indexWith([page2019]));
    expect(issues).to.deep.equal([]);
    expect(archives).to.have.length(1);
    expect(archives[0].url).to.equal(`${location.origin}/feeds/archive/2019.json`);
    expect(archives[0].name).to.equal('archive/2019.json');
    expect(archives[0].low).to.equal(Date.UTC(2019, 0, 1));
    expect(archives[0].high).to.equal(Date.UTC(2020, 0, 1) - 1);
  });

  it('refuses pages on another origin, with a javascript: or data: scheme, or looping back to the index', () => {
    const { archives, issues } = readIndex(
      indexWith([
        { url: 'https://elsewhere.example/2019.json' },
        { url: 'javascript:alert(1)' },
        { url: 'data:application/json,{}' },
        { url: 'index.json' },
        { url: './index.json#again' },
        { url: 'archive/2018.json' },
        { url: 'archive/./2018.json' },
      ])
    );
    expect(archives.map((page) => page.name)).to.deep.equal(['archive/2018.json']);
    expect(issues.map((issue) => issue.path)).to.deep.equal([0, 1, 2, 3, 4, 6].map((index) => `archives[${index}].url`));
  });

  it('reports malformed entries with their paths and keeps the rest', () => {
    const { archives, issues } = readIndex(
      indexWith([{ url: 'a.json', from: 'yesterday' }, { url: 'b.json', activities: { from: 'spring' } }, { url: 'c.json' }])
    );
    expect(archives.map((page) => page.name)).to.deep.equal(['c.json']);
    expect(issues.map((issue) => issue.path)).to.deep.equal(['archives[0].from', 'archives[1].activities.from']);
  });

  it('reads at most 10,000 archive entries and reports the rest, quickly enough to stay usable', () => {
    const archives = Array.from({ length: 10_005 }, (_, index) => ({ url: `archive/${index}.json`, from: '2001-01-01', to: '2001-12-31' }));
    const { feed, archives: pages, issues } = readIndex(indexWith(archives));
    expect(pages).to.have.length(10_000);
    expect(issues).to.have.length(1);
    expect(issues[0].path).to.equal('archives[10000]');
    expect(feed.releases).to.have.length(2);
  });

  it('goes straight to the page whose range holds a date-prefixed id; other ids search newest first', () => {
    const { archives } = readIndex(indexWith([page2019, { url: 'archive/2018.json', from: '2018-01-01', to: '2018-12-31' }]));
    expect(pagesFor(archives, '2018-03-14-spring').map((page) => page.name)).to.deep.equal(['archive/2018.json']);
    expect(pagesFor(archives, '2017-03-14-before')).to.deep.equal([]);
    expect(pagesFor(archives, 'no-date').map((page) => page.name)).to.deep.equal(['archive/2019.json', 'archive/2018.json']);
  });
});

describe('archive pages: a page', () => {
  const index = () => readIndex(indexWith([page2019])).feed;
  const page = () => readIndex(indexWith([page2019])).archives[0];

  it('shares the index’s people and organizations and reports issues with the page in the path', () => {
    const { feed, issues } = validatePage(
      {
        version: 1,
        releases: [
          {
            id: '2019-05-01-a',
            published: '2019-05-01',
            title: 'A',
            contacts: { inquiries: 'anna-berzina' },
            activities: [{ id: 'x', when: '2019-04', title: 'X', people: ['anna-berzina'] }],
          },
          { id: '2019-06-01-b', published: '2019-06-01' },
        ],
      },
      index(),
      page()
    );
    expect(feed.releases.map((release) => release.id)).to.deep.equal(['2019-05-01-a']);
    expect(feed.people.get('anna-berzina')?.name).to.equal('Anna Bērziņa');
    expect(issues.map((issue) => issue.path)).to.deep.equal(['archive/2019.json#releases[1].title']);
  });

  it('reports a page that repeats project, organizations or people, and still uses its releases', () => {
    const { feed, issues } = validatePage(
      { version: 1, project: { id: 'other', name: 'Other' }, people: {}, releases: [{ id: 'a', published: '2019-05-01', title: 'A' }] },
      index(),
      page()
    );
    expect(feed.project.id).to.equal('test-project');
    expect(feed.releases).to.have.length(1);
    expect(issues.map((issue) => issue.path)).to.deep.equal(['archive/2019.json#project', 'archive/2019.json#people']);
  });

  it('skips releases and activities outside the range the index declares, and reports them', () => {
    const { feed, issues } = validatePage(
      {
        version: 1,
        releases: [
          { id: 'early', published: '2018-12-31', title: 'Too early' },
          { id: 'late', published: '2020-01-01T10:00:00+02:00', title: 'Too late' },
          {
            id: 'in',
            published: '2019-12-31',
            title: 'In',
            activities: [
              { id: 'ok', when: '2019-21', title: 'OK' },
              { id: 'out', when: '2019/2020', title: 'Out' },
            ],
          },
        ],
      },
      index(),
      page()
    );
    expect(feed.releases.map((release) => release.id)).to.deep.equal(['in']);
    expect(feed.releases[0].activities.map((activity) => activity.id)).to.deep.equal(['ok']);
    expect(issues.map((issue) => issue.path)).to.deep.equal([
      'archive/2019.json#releases[0].published',
      'archive/2019.json#releases[1].published',
      'archive/2019.json#releases[2].activities[1].when',
    ]);
  });

  it('refuses a page that is not a page, naming it', () => {
    let error: unknown;
    try {
      validatePage({ version: 1, releases: 'none' }, index(), page());
    } catch (caught) {
      error = caught;
    }
    expect((error as FeedError).code).to.equal('schema');
    expect((error as FeedError).issues[0].path).to.equal('archive/2019.json#releases');
  });
});

describe('archive pages: loading', () => {
  /** Loads an index through the shared loader and resolves its archive pages against its URL. */
  async function loadIndex(url: string) {
    const result = await load(url);
    const raw = JSON.parse(textOf(result)!) as { archives: unknown[] };
    return { feed: result.feed, archives: checkArchives(raw.archives, url, []) };
  }

  it('requests each page once however many callers ask, and shares the result', async () => {
    const url = historyUrl(60, 20);
    const { feed, archives } = await loadIndex(url);
    expect(archives.map((page) => page.name)).to.deep.equal(['archive/1.json', 'archive/2.json']);
    const results = await Promise.all([loadPage(feed, archives[0]), loadPage(feed, archives[0])]);
    const later = await loadPage(feed, archives[0]);
    expect(results[0]).to.equal(later);
    expect(pageOutcome(archives[0])).to.equal(later);
    expect(later.feed.releases).to.have.length(20);
    expect(await serverCount(archives[0].url)).to.equal(1);
    expect(await serverCount(archives[1].url)).to.equal(0);
  });

  it('names the failing page, and does not request it again', async () => {
    const base = await serveFiles({
      'index.json': { json: indexWith([page2019]) },
    });
    const { feed, archives } = await loadIndex(`${base}index.json`);
    const first = await rejection(loadPage(feed, archives[0]));
    expect(first.code).to.equal('http');
    expect(first.message).to.contain('archive/2019.json');
    const second = await rejection(loadPage(feed, archives[0]));
    expect(second.code).to.equal('http');
    expect(await serverCount(archives[0].url)).to.equal(1);
  });

  it('reports a page that answers HTML with code parse', async () => {
    const base = await serveFiles({
      'index.json': { json: indexWith([page2019]) },
      'archive/2019.json': { text: '<!doctype html><p>Oops', type: 'text/html' },
    });
    const { feed, archives } = await loadIndex(`${base}index.json`);
    expect((await rejection(loadPage(feed, archives[0]))).code).to.equal('parse');
  });
});
