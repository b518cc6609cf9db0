import { expect } from '@open-wc/testing';
import { load } from './load.js';
import { FeedError } from './errors.js';
import { freshUrl, requestsTo, testServer } from '../../test/helpers.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('load', () => {
  it('makes one request for many callers of one URL and shares the parsed result', async () => {
    const url = freshUrl('/test/fixtures/feed.json');
    const results = await Promise.all([load(url), load(url), load(url)]);
    expect(results[0]).to.equal(results[1]);
    expect(results[1]).to.equal(results[2]);
    expect(requestsTo(url)).to.equal(1);
  });

  it('gives up after the timeout with code timeout', async () => {
    const error = await rejection(load(testServer.slow(2000), { timeout: 100 }));
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).code).to.equal('timeout');
  });

  it('aborts the request when its only caller aborts', async () => {
    const url = testServer.slow(1500);
    const controller = new AbortController();
    const pending = load(url, { signal: controller.signal });
    controller.abort();
    const error = await rejection(pending);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('keeps the request for the callers that stay when one aborts', async () => {
    const url = testServer.slow(200);
    const leaving = new AbortController();
    const first = load(url, { signal: leaving.signal });
    const second = load(url, { signal: new AbortController().signal });
    leaving.abort();
    expect(((await rejection(first)) as DOMException).name).to.equal('AbortError');
    // The slow endpoint answers `{"version":1}`: reaching validation proves the request went on.
    expect(((await rejection(second)) as FeedError).code).to.equal('schema');
  });

  it('reports HTTP errors, non-JSON bodies and unreachable hosts with their codes', async () => {
    const codeOf = async (url: string) => ((await rejection(load(url))) as FeedError).code;
    expect(await codeOf(testServer.status(503))).to.equal('http');
    expect(await codeOf(testServer.body('<!doctype html><p>Not JSON', 'text/html'))).to.equal('parse');
    expect(await codeOf('http://127.0.0.1:9/feed.json')).to.equal('network');
  });

  it('accepts valid JSON with a byte order mark, served as text/plain', async () => {
    const { feed } = await load(testServer.withBom('test/fixtures/feed.json'));
    expect(feed.releases).to.have.length(1);
  });

  it('tries again after a failed load: the failure is not kept for the next caller', async () => {
    const url = testServer.flaky();
    expect(((await rejection(load(url))) as FeedError).code).to.equal('http');
    // The endpoint fails only the first time it is asked: a feed now means a second request was made.
    const second = await load(url);
    expect(second.feed.releases).to.have.length(1);
    expect(await load(url)).to.equal(second); // a success is kept
  });
});
