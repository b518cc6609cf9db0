/** The feed controller on its own, in a bare host element (no kopiena element involved). */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FeedError } from '../feed/errors.js';
import type { ValidationResult } from '../feed/validate.js';
import { smallFeed } from '../../test/fixtures/feeds.js';
import { testServer } from '../../test/helpers.js';
import { FeedController } from './feed-controller.js';

class TestHost extends LitElement {
  static override properties = { src: {}, feed: { attribute: false } };
  src?: string;
  feed?: unknown;
  timeout = 5000;
  readonly locale = { ready: true };
  readonly controller = new FeedController(this, this.locale);
  /** What `ready` returns instead of its template, when set. */
  refuse?: (result: ValidationResult) => FeedError | undefined;
  readonly heard: string[] = [];

  constructor() {
    super();
    this.addEventListener('kopiena-load', (event) => this.heard.push(`load ${event.detail.feed.releases.length}`));
    this.addEventListener('kopiena-error', (event) => this.heard.push(`error ${event.detail.code}`));
  }

  protected override render() {
    return this.controller.render({
      loading: () => html`<p id="shown">loading</p>`,
      error: (error) => html`<p id="shown">error ${error.code}</p>`,
      ready: (result, failure) =>
        this.refuse?.(result) ?? html`<p id="shown">ready ${result.feed.releases.length}${failure ? ` after ${failure.code}` : ''}</p>`,
    });
  }
}
customElements.define('feed-controller-test-host', TestHost);

async function host(setup: (element: TestHost) => void = () => {}, children = '') {
  const element = document.createElement('feed-controller-test-host') as TestHost;
  element.innerHTML = children;
  setup(element);
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  holder.append(element);
  await element.updateComplete;
  return element;
}
const shown = (element: TestHost) => element.shadowRoot!.querySelector('#shown')!.textContent;
const inline = (feed: unknown) => `<script type="application/json">${JSON.stringify(feed)}</script>`;

describe('FeedController', () => {
  it('shows loading, then ready, for a src, and announces once', async () => {
    const element = await host((element) => (element.src = testServer.slow(300)));
    expect(shown(element)).to.equal('loading');
    expect(element.heard).to.deep.equal([]);
    element.src = testServer.body(JSON.stringify(smallFeed()));
    await waitUntil(() => shown(element) === 'ready 2', 'the feed was never shown');
    expect(element.heard).to.deep.equal(['load 2']);
  });

  it('prefers .feed over an inline script, and an inline script over src', async () => {
    const one = { ...smallFeed(), releases: [smallFeed().releases[0]] };
    const element = await host((element) => {
      element.feed = smallFeed();
      element.src = testServer.status(500);
    }, inline(one));
    expect(shown(element)).to.equal('ready 2');
    element.feed = undefined;
    await element.updateComplete;
    expect(shown(element)).to.equal('ready 1');
    element.querySelector('script')!.remove();
    // The src fails; the last good feed stays on screen with the failure.
    await waitUntil(() => shown(element) === 'ready 1 after http', 'src was not used once the inline feed went');
    expect(element.heard).to.deep.equal(['load 2', 'load 1', 'error http']);
  });

  it('follows an inline script edited after connecting', async () => {
    const element = await host(() => {}, inline(smallFeed()));
    expect(shown(element)).to.equal('ready 2');
    element.querySelector('script')!.textContent = '{"version": 1,,}';
    await waitUntil(() => shown(element) === 'error parse', 'the edit was not noticed');
  });

  it('without any source renders the error template with not-found', async () => {
    const element = await host();
    expect(shown(element)).to.equal('error not-found');
    expect(element.heard).to.deep.equal(['error not-found']);
  });

  it('renders loading, and announces nothing, while the locale is not ready', async () => {
    const element = await host((element) => {
      element.locale.ready = false;
      element.feed = smallFeed();
    });
    await element.updateComplete;
    expect(shown(element)).to.equal('loading');
    expect(element.heard).to.deep.equal([]);
    element.locale.ready = true;
    element.requestUpdate();
    await element.updateComplete;
    expect(shown(element)).to.equal('ready 2');
    expect(element.heard).to.deep.equal(['load 2']);
  });

  it('renders and announces the FeedError that ready returns, once per distinct error', async () => {
    let wanted = 'a';
    const element = await host((element) => {
      element.refuse = () => new FeedError('not-found', `no ${wanted}`);
      element.feed = smallFeed();
    });
    for (let index = 0; index < 3; index++) {
      element.requestUpdate();
      await element.updateComplete;
    }
    expect(shown(element)).to.equal('error not-found');
    wanted = 'b';
    element.requestUpdate();
    await element.updateComplete;
    expect(element.heard).to.deep.equal(['error not-found', 'error not-found']);
  });

  it('keeps the last feed when a later source fails, and hands the failure to ready', async () => {
    const element = await host((element) => (element.src = testServer.body(JSON.stringify(smallFeed()))));
    await waitUntil(() => shown(element) === 'ready 2');
    element.src = testServer.status(503);
    await waitUntil(() => shown(element) === 'ready 2 after http', 'the failure was not handed over');
    expect(element.heard).to.deep.equal(['load 2', 'error http']);
  });

  it('stops waiting for a request when the host leaves the page and asks again when it comes back', async () => {
    const element = await host((element) => (element.src = testServer.slow(400)));
    const holder = element.parentElement!;
    element.remove();
    holder.append(element);
    await waitUntil(() => element.heard.length > 0, 'nothing was announced after coming back');
    expect(element.heard).to.deep.equal(['error schema']); // the slow endpoint answers {"version":1}
  });
});
