import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { CommunityRelease } from '../../src/community-release/community-release.js';
import type { KopienaErrorDetail, KopienaLoadDetail } from '../../src/shared/events.js';
import { templates as latvian } from '../../src/generated/locales/lv.js';
import { freshUrl, seedFeed, shadow, shadowText, testServer } from '../helpers.js';

interface Fault {
  name: string;
  source: Record<string, string | number>;
  release?: string;
  error?: string;
  render?: string;
  issues?: number;
}

type Feed = Record<string, unknown> & { releases: Array<Record<string, unknown> & { activities: Array<Record<string, unknown>> }> };

const mutations: Record<string, (feed: Feed) => unknown> = {
  none: (feed) => feed,
  'delete version': (feed) => (delete feed.version, feed),
  'version 2': (feed) => ({ ...feed, version: 2 }),
  'version string': (feed) => ({ ...feed, version: '1' }),
  'project number': (feed) => ({ ...feed, project: 5 }),
  'releases object': (feed) => ({ ...feed, releases: {} }),
  '10001 releases': (feed) => ({
    ...feed,
    releases: Array.from({ length: 10_001 }, (_, index) => ({ ...feed.releases[0], id: `r-${index}`, activities: [] })),
  }),
  '100001 activities': (feed) => ({ ...feed, releases: [{ ...feed.releases[0], activities: Array.from({ length: 100_001 }, () => ({})) }] }),
  'duplicate release': (feed) => ({ ...feed, releases: [feed.releases[0], { ...feed.releases[0], title: 'Duplicate' }] }),
  'dangling activity person': (feed) => ((feed.releases[0].activities[0].people = ['ghost']), feed),
  'bad activity date': (feed) => ((feed.releases[0].activities[0].when = '2020-02-30'), feed),
  'no releases': (feed) => ({ ...feed, releases: [] }),
  'all releases invalid': (feed) => ({ ...feed, releases: [{ id: 'x' }] }),
  'extra fields': (feed) => ({
    ...feed,
    future: { anything: [1, 2, 3] },
    releases: feed.releases.map((release) => ({ ...release, video: 'https://example.org/v.mp4' })),
  }),
  'proto keys': (feed) => JSON.parse(JSON.stringify(feed).replace('"people":{', '"people":{"__proto__":{"polluted":true},')),
};

/** Sets the case's feed source on the element. */
async function applySource(element: CommunityRelease, source: Fault['source']) {
  const text = () => fetch('/test/fixtures/feed.json').then((response) => response.text());
  const inline = (content: string) => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = content;
    element.append(script);
  };
  if (source.status) element.src = testServer.status(Number(source.status));
  else if (source.slow) Object.assign(element, { src: testServer.slow(Number(source.slow)), timeout: Number(source.timeout) });
  else if (source.url) element.src = String(source.url);
  else if ('body' in source) element.src = testServer.body(String(source.body), source.type ? String(source.type) : undefined);
  else if (source.bom) element.src = testServer.withBom(String(source.bom));
  else if (source.truncate) inline((await text()).slice(0, Math.floor((await text()).length * Number(source.truncate))));
  else if ('inline' in source) inline(String(source.inline));
  else if (source['inline-huge']) inline(`{"version":1,"padding":"${'x'.repeat(Number(source['inline-huge']))}"}`);
  else if (source.nested)
    inline((await text()).replace(/}\s*$/, `,"nested":${'['.repeat(Number(source.nested))}${']'.repeat(Number(source.nested))}}`));
  else if ('feed' in source) element.feed = source.feed;
  else if (source.mutate) element.feed = mutations[String(source.mutate)]((await seedFeed()) as Feed);
}

describe('security: bad feeds and bad networks', function () {
  this.timeout(120_000);
  let faults: Fault[] = [];
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));

  before(async () => {
    faults = (await (await fetch('/test/security/faults.json')).json()).cases;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('has a matrix of at least 30 faults', () => expect(faults.length).to.be.at.least(30));

  it('answers every fault with a partial render or a localized message and the right code, and the page keeps working', async () => {
    const results: string[] = [];
    for (const fault of faults) {
      uncaught.length = 0;
      const holder = await fixture<HTMLDivElement>(
        html`<div lang="lv"><contact-card name="Anna Bērziņa" phone="+371 20000000"></contact-card></div>`
      );
      const element = document.createElement('community-release');
      element.release = fault.release ?? 'latest';
      const outcome = new Promise<{ type: string; detail: KopienaLoadDetail | KopienaErrorDetail }>((resolve) => {
        element.addEventListener('kopiena-load', (event) => resolve({ type: 'load', detail: event.detail }), { once: true });
        element.addEventListener('kopiena-error', (event) => resolve({ type: 'error', detail: event.detail }), { once: true });
        setTimeout(() => resolve({ type: 'nothing', detail: {} as KopienaErrorDetail }), 5000);
      });
      await applySource(element, fault.source);
      holder.prepend(element);
      const { type, detail } = await outcome;
      await element.updateComplete;
      const text = shadowText(element);
      const card = holder.querySelector('contact-card')!;
      await card.updateComplete;
      const problems: string[] = [];
      if (fault.error) {
        if (type !== 'error' || (detail as KopienaErrorDetail).code !== fault.error)
          problems.push(`expected error ${fault.error}, got ${type} ${(detail as KopienaErrorDetail).code ?? ''}`);
        const status = shadow(element).querySelector('[role="status"]')?.textContent?.trim() ?? '';
        // The status is one of the Latvian catalogue's error sentences (headline, or headline and reason).
        const errorSentences = Object.entries(latvian)
          .filter(([id]) => id.startsWith('error-'))
          .map(([, text]) => String(text));
        if (!errorSentences.some((sentence) => status.startsWith(sentence))) problems.push(`no Latvian message: "${status}"`);
      } else {
        if (type !== 'load') problems.push(`expected a render, got ${type} ${(detail as KopienaErrorDetail).code}`);
        if (!text.includes(fault.render!)) problems.push(`"${fault.render}" not shown`);
        if (fault.issues && (detail as KopienaLoadDetail).issues.length < fault.issues) problems.push('issues not reported');
      }
      if (shadow(card).querySelector('[part="name"]')?.textContent !== 'Anna Bērziņa') problems.push('the other widget broke');
      if (uncaught.length) problems.push(`uncaught: ${uncaught.join('; ')}`);
      if (problems.length) results.push(`${fault.name}: ${problems.join(', ')}`);
    }
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(results).to.deep.equal([]);
  });

  it('ignores the answer for an old src when src changes while loading', async () => {
    const element = document.createElement('community-release');
    element.lang = 'en';
    element.src = testServer.slow(400); // would fail validation if it arrived
    document.body.append(element);
    await element.updateComplete;
    const events: string[] = [];
    element.addEventListener('kopiena-error', () => events.push('error'));
    element.addEventListener('kopiena-load', () => events.push('load'));
    element.src = freshUrl('/test/fixtures/feed.json');
    await waitUntil(() => events.length > 0, 'the new src was never shown');
    // A negative check: the old answer (400 ms) would have arrived by now.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(events).to.deep.equal(['load']);
    expect(shadow(element).querySelector('[part="title"]')?.textContent?.trim()).to.equal('Daugavpils active community inspires');
    element.remove();
  });

  it('stops quietly when the element is removed while loading', async () => {
    uncaught.length = 0;
    const url = testServer.slow(300);
    const element = document.createElement('community-release');
    element.src = url;
    const events: string[] = [];
    element.addEventListener('kopiena-error', () => events.push('error'));
    element.addEventListener('kopiena-load', () => events.push('load'));
    document.body.append(element);
    await element.updateComplete;
    element.remove();
    // A negative check: the answer (300 ms) would have arrived by now.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(events).to.deep.equal([]);
    expect(uncaught).to.deep.equal([]);
  });
});
