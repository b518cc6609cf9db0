// A feed URL is read bounded while it streams, by every command that takes
// one: a cap on bytes as sent and once uncompressed, a time for the whole
// answer, redirects only to http(s), and every failure said in words.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib';
import { check } from '../src/check.js';
import { kopiena, repoRoot, scratchDir } from './helpers.js';
import { serve, writeEndlessly, type TestServer } from './http.js';

const seed = readFileSync(join(repoRoot, 'test/fixtures/feed.json'));
const GiB = 1024 * 1024 * 1024;
const MiB = 1024 * 1024;

/** Each command that reads a URL, as a user types it. */
const commands: Record<string, (url: string) => string[]> = {
  validate: (url) => ['validate', url],
  build: (url) => ['build', url, '--out', join(scratchDir(), 'site')],
  import: (url) => ['import', url, '--out', join(scratchDir(), 'project')],
};

/** Zeros compressed: a few kilobytes that grow to 64 MiB. */
const zeros = Buffer.alloc(64 * MiB);
const bombs: Record<string, Buffer> = {
  gzip: gzipSync(zeros),
  deflate: deflateSync(zeros),
  br: brotliCompressSync(zeros, { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } }),
};

describe('kopiena validate, build and import of a URL', () => {
  let site: TestServer;
  /** Bytes the server wrote of each endless body, by path. */
  const sent = new Map<string, Promise<number>>();
  before(async () => {
    site = await serve((request, response) => {
      const path = request.url ?? '/';
      if (path.startsWith('/endless')) {
        response.writeHead(200, { 'content-type': 'application/json' });
        sent.set(path, writeEndlessly(response, Buffer.alloc(64 * 1024, 0x20), GiB));
      } else if (path.startsWith('/bomb/')) {
        const encoding = path.split('/')[2];
        response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': encoding });
        response.end(bombs[encoding]);
      } else if (path === '/trickle') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('{');
        const timer = setInterval(() => response.write(' '), 100);
        response.on('close', () => clearInterval(timer));
      } else if (path === '/silent') {
        // Never answers.
      } else if (path === '/to-file') {
        response.writeHead(302, { location: 'file:///etc/passwd' }).end();
      } else if (path === '/to-ftp') {
        response.writeHead(301, { location: 'ftp://127.0.0.1/feed.json' }).end();
      } else if (path === '/loop') {
        response.writeHead(302, { location: '/loop' }).end();
      } else if (path === '/moved') {
        response.writeHead(301, { location: '/feed.json.gz' }).end();
      } else if (path === '/feed.json.gz') {
        response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(gzipSync(seed));
      } else {
        response.writeHead(404).end('not here');
      }
    });
  });
  after(() => site.close());

  for (const [name, args] of Object.entries(commands)) {
    it(`${name}: an endless body stops at the 5 MB cap, long before the server sent 1 GiB`, async () => {
      const path = `/endless-${name}`;
      const run = await kopiena(args(`${site.origin}${path}`));
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, new RegExp(`could not read ${site.origin}${path}: it is more than the 5 MB a feed may have\\n`));
      assert.doesNotMatch(run.stderr, /unexpected error/);
      const written = await sent.get(path)!;
      // The cap plus what the sockets' buffers held when the command hung up.
      assert.ok(written < 64 * MiB, `the server wrote ${written} bytes`);
    });
  }

  for (const encoding of Object.keys(bombs)) {
    it(`a ${encoding} bomb stops at 5 MB of output`, async () => {
      await assert.rejects(check(`${site.origin}/bomb/${encoding}`), {
        name: 'InputError',
        message: `could not read ${site.origin}/bomb/${encoding}: it is more than the 5 MB a feed may have once uncompressed`,
      });
    });
  }

  it('a body that trickles in is given up after the time, in words', async () => {
    const run = await kopiena(['validate', `${site.origin}/trickle`], { env: { KOPIENA_TIMEOUT: '1' } });
    assert.equal(run.status, 2, run.stderr);
    assert.equal(run.stderr, `kopiena validate: could not read ${site.origin}/trickle: the answer did not arrive whole within 1 s\n`);
  });

  it('a server that never answers is given up after the time, in words', async () => {
    process.env.KOPIENA_TIMEOUT = '0.5';
    try {
      await assert.rejects(check(`${site.origin}/silent`), { message: `could not read ${site.origin}/silent: no answer within 0.5 s` });
    } finally {
      delete process.env.KOPIENA_TIMEOUT;
    }
  });

  it('follows redirects only to http(s), and only a few times', async () => {
    const expected: Record<string, string> = {
      '/to-file': 'it redirects to file:///etc/passwd, and only http and https addresses are followed',
      '/to-ftp': 'it redirects to ftp://127.0.0.1/feed.json, and only http and https addresses are followed',
      '/loop': 'it redirects more than 5 times',
    };
    for (const [path, reason] of Object.entries(expected)) {
      await assert.rejects(check(`${site.origin}${path}`), { name: 'InputError', message: `could not read ${site.origin}${path}: ${reason}` });
    }
    // A redirect to http(s), within the bound, is followed; a compressed answer is read.
    const { feed, problems } = await check(`${site.origin}/moved`);
    assert.deepEqual(problems, []);
    assert.deepEqual(feed, JSON.parse(seed.toString()));
  });

  it('says an HTTP error and a refused connection in words', async () => {
    const missing = await kopiena(['build', `${site.origin}/gone.json`, '--out', join(scratchDir(), 'site')]);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, `kopiena build: could not read ${site.origin}/gone.json: the server answered 404 Not Found\n`);
    const closed = await serve(() => {});
    await closed.close();
    await assert.rejects(check(`${closed.origin}/feed.json`), {
      message: `could not read ${closed.origin}/feed.json: nothing answers at ${closed.origin.slice(7)} (connection refused)`,
    });
  });
});
