// `kopiena serve`: the preview, run in-process on a free port as a coordinator
// runs it. What a browser gets (pages with the live script under their CSP,
// content types, CORS), an edit seen after a save, a broken source that leaves
// the last good site with its problems, and nothing served from outside the site.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { contentType } from '../src/serve/content-types.js';
import { pathSegments } from '../src/serve/paths.js';
import { startPreview } from '../src/serve/preview.js';
import { main } from '../src/main.js';
import { capturingIo, kopiena, scratchDir, type CapturingIo } from './helpers.js';
import { stateWhen } from './serve-events.js';

const RELEASE = '2020-05-07-daugavpils-iedvesmo';
const WAIT = { timeout: 60_000 };

/** A request sent as it is written (fetch would tidy `..` away): the status line and the body. */
function raw(origin: string, head: string, host = new URL(origin).host): Promise<string> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(`${head}\r\nHost: ${host}\r\nConnection: close\r\n\r\n`));
    let answer = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => resolve(answer)).on('error', reject);
  });
}

// Its own temporary root, so serve tests running in parallel elsewhere on the machine do not count.
const temporaryRoot = scratchDir('kopiena-serve-tmp-');
const servingFolders = () => readdirSync(temporaryRoot).filter((name) => name.startsWith('kopiena-serve-'));

/** `kopiena serve …args` in `cwd`, running until `stop()`. */
async function startServe(
  cwd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {}
): Promise<{ io: CapturingIo; origin: string; stop: () => Promise<number> }> {
  const io = capturingIo({ cwd, env: { TMPDIR: temporaryRoot, ...env } });
  const exited = main(['serve', ...args], io);
  const line = await Promise.race([
    // In the source's language (kopiena init's is Latvian), else the computer's: the line that ends with Ctrl+C.
    io.line(/^kopiena serve: .*http:\/\/127\.0\.0\.1:\d+\/.*Ctrl\+C/),
    exited.then((status) => `exited ${status}: ${io.printed().stderr}`),
  ]);
  const origin = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(line)?.[1];
  assert.ok(origin, line);
  return {
    io,
    origin,
    stop: () => {
      io.interrupt();
      return exited;
    },
  };
}

describe('kopiena serve', () => {
  const parent = scratchDir('kopiena-serve-test-');
  const release = join(parent, 'p/releases', RELEASE);
  let serving: Awaited<ReturnType<typeof startServe>>;
  let before_: string[];

  before(async () => {
    assert.equal((await kopiena(['init', 'p'], { cwd: parent })).status, 0);
    before_ = servingFolders();
    serving = await startServe(parent, ['p', '--port', '0']);
  });
  after(async () => {
    await serving?.stop();
  });

  it('serves the built site on 127.0.0.1, each page with the live script its CSP allows', async () => {
    const response = await fetch(`${serving.origin}/en/${RELEASE}/`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    const html = await response.text();
    assert.match(html, /Daugavpils active community inspires/);
    const policy =
      /<meta http-equiv="Content-Security-Policy" content="([^"]+)">\s*<script src="\/_kopiena\/live\.js" data-build="1" defer><\/script>/.exec(html);
    assert.ok(policy, 'the live script follows the policy');
    assert.match(policy[1], /script-src 'self'/);
    assert.match(policy[1], /connect-src 'self'/);
    const live = await fetch(`${serving.origin}/_kopiena/live.js`);
    assert.equal(live.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(await live.text(), /EventSource/);
  });

  it('sends the feed with CORS and each file with its content type', async () => {
    const feed = await fetch(`${serving.origin}/feed.json`);
    assert.equal(feed.headers.get('access-control-allow-origin'), '*');
    assert.equal(feed.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal((await feed.json()).version, 1);
    assert.equal((await fetch(`${serving.origin}/en/rss.xml`)).headers.get('content-type'), 'application/rss+xml; charset=utf-8');
    const image = await fetch(`${serving.origin}/en/${RELEASE}/share.png`, { method: 'HEAD' });
    assert.deepEqual([image.status, image.headers.get('content-type')], [200, 'image/png']);
    assert.equal((await fetch(`${serving.origin}/en`, { redirect: 'manual' })).headers.get('location'), '/en/');
  });

  it('answers GET and HEAD only, for its own address only, and nothing from outside the site', async () => {
    assert.equal((await fetch(`${serving.origin}/`, { method: 'POST' })).status, 405);
    assert.match(await raw(serving.origin, 'DELETE /feed.json HTTP/1.1'), /^HTTP\/1\.1 405/);
    for (const path of [
      '/../../../../../../etc/passwd',
      '/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/%2e%2e/%2e%2e/etc/hostname',
      '/en/..%5c..%5cfeed.json',
      '/a%00b',
    ]) {
      const answer = await raw(serving.origin, `GET ${path} HTTP/1.1`);
      assert.match(answer, /^HTTP\/1\.1 40[04]/, path);
      assert.doesNotMatch(answer, /root:|"version"/, path);
    }
    const elsewhere = await raw(serving.origin, 'GET /feed.json HTTP/1.1', 'rebound.example:80');
    assert.match(elsewhere, /^HTTP\/1\.1 403/);
    assert.doesNotMatch(elsewhere, /"version"/);
  });

  it('shows an edit within seconds of the save, and tells the open pages to reload', WAIT, async () => {
    const en = join(release, 'index.en.md');
    writeFileSync(en, readFileSync(en, 'utf8').replace('title: Daugavpils active community inspires', 'title: Spring cleaning in Daugavpils'));
    const state = await stateWhen(serving.origin, ({ build }) => build === 2);
    assert.equal(state.errors, 0);
    const page = await (await fetch(`${serving.origin}/en/${RELEASE}/`)).text();
    assert.match(page, /<title>Spring cleaning in Daugavpils/);
    assert.match(page, /<script src="\/_kopiena\/live\.js" data-build="2" defer>/, 'a page loaded now belongs to build 2');
    assert.match(serving.io.printed().stdout, /kopiena serve: izveidots \d+,\d s laikā/);
  });

  it('keeps the last good site while the source is broken, with its problems on the page and in the terminal', WAIT, async () => {
    const lv = join(release, 'index.lv.md');
    const good = readFileSync(lv, 'utf8');
    writeFileSync(lv, good.replace('published: 2020-05-07', 'published: 7.05.2020'));
    const broken = await stateWhen(serving.origin, ({ errors }) => errors > 0);
    assert.equal(broken.build, 2, 'no new build');
    assert.equal(broken.problems.length, 1);
    // The panel speaks the source's language (kopiena.yml: language: lv).
    assert.deepEqual(broken.words, {
      lang: 'lv',
      heading: 'Vietne nav atjaunināta: jūsu failos ir kļūdas',
      lastGood: 'Šī ir pēdējā versija, kas darbojās. Izlabojiet uzskaitīto un saglabājiet: lapa atjaunosies pati.',
      firstBuild: 'Izlabojiet uzskaitīto un saglabājiet: šeit parādīsies vietne.',
      hide: 'Paslēpt',
      waiting: 'Vietnes vēl nav: avota failos ir kļūdas, tās redzamas šeit un terminālī.',
    });
    // In the folder's language (lv), as build says it.
    assert.match(
      broken.problems[0],
      new RegExp(`^p/releases/${RELEASE}/index\\.lv\\.md:\\d+:12: kļūda: published: "7\\.05\\.2020" nav datums; rakstiet 2020-05-07$`)
    );
    assert.match(await (await fetch(`${serving.origin}/en/${RELEASE}/`)).text(), /Spring cleaning in Daugavpils/);
    const printed = serving.io.printed().stderr;
    assert.ok(printed.includes(broken.problems[0]), printed);
    assert.match(printed, /kopiena serve: p: 1 kļūda; joprojām redzama pēdējā strādājošā vietne/);
    writeFileSync(lv, good);
    const fixed = await stateWhen(serving.origin, ({ build }) => build === 3);
    assert.deepEqual([fixed.errors, fixed.problems], [0, []]);
  });

  it('stops on Ctrl+C with exit 0 and removes its temporary folder', WAIT, async () => {
    const mine = servingFolders().filter((name) => !before_.includes(name));
    assert.equal(mine.length, 1, 'one temporary folder while serving');
    assert.equal(await serving.stop(), 0);
    assert.ok(!existsSync(join(temporaryRoot, mine[0])), 'the temporary folder is gone');
    assert.match(serving.io.printed().stdout, /kopiena serve: apturēts\n$/);
  });
});

describe('kopiena serve of a source that does not build yet', () => {
  it('shows a waiting page with the problems, then the site once they are fixed', WAIT, async () => {
    const parent = scratchDir('kopiena-serve-test-');
    writeFileSync(join(parent, 'feed.json'), '{"version": 1, "releases": "none"}');
    // The feed names no language: the words are the environment's.
    const serving = await startServe(parent, ['feed.json', '--port', '0'], { LC_ALL: '', LC_MESSAGES: '', LANG: 'ru_RU.UTF-8' });
    try {
      const waiting = await fetch(`${serving.origin}/`);
      assert.equal(waiting.status, 503);
      const page = await waiting.text();
      assert.match(page, /<html lang="ru">[\s\S]*<p>Сайта пока нет: в исходных файлах есть ошибки, они показаны здесь и в терминале\.<\/p>/);
      assert.match(page, /<script src="\/_kopiena\/live\.js" data-build="0" defer><\/script>/);
      const state = await stateWhen(serving.origin, () => true);
      assert.deepEqual(
        [state.build, state.words.lang, state.words.firstBuild],
        [0, 'ru', 'Исправьте то, что перечислено, и сохраните: здесь появится сайт.']
      );
      assert.ok(state.errors > 0 && state.problems.every((line) => line.startsWith('feed.json:')), JSON.stringify(state));
      writeFileSync(join(parent, 'feed.json'), readFileSync(join(import.meta.dirname, '../../test/fixtures/feed.json')));
      await stateWhen(serving.origin, ({ build, errors }) => build === 1 && errors === 0);
      assert.equal((await fetch(`${serving.origin}/feed.json`)).status, 200);
    } finally {
      await serving.stop();
    }
  });
});

describe('kopiena serve --port', () => {
  let taken: Server;
  let port: number;
  before(async () => {
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    port = (taken.address() as { port: number }).port;
  });
  after(() => taken.close());

  it('says in a sentence that the port asked for is taken, and exits 2', async () => {
    const parent = scratchDir('kopiena-serve-test-');
    assert.equal((await kopiena(['init', 'p'], { cwd: parent })).status, 0);
    const run = await kopiena(['serve', 'p', '--port', String(port)], { cwd: parent });
    assert.equal(run.status, 2);
    assert.equal(
      run.stderr,
      `kopiena serve: port ${port} on 127.0.0.1 is taken (by another kopiena serve, or another program); name another, e.g. --port ${port + 1}\n`
    );
  });

  it('without --port, takes the next free port and says which', WAIT, async () => {
    const parent = scratchDir('kopiena-serve-test-');
    assert.equal((await kopiena(['init', 'p'], { cwd: parent })).status, 0);
    const io = capturingIo({ cwd: parent });
    const preview = await startPreview({ input: 'p', port, nextFreePort: true, locales: ['en'], io });
    try {
      const bound = Number(new URL(preview.origin).port);
      assert.notEqual(bound, port);
      assert.match(io.printed().stderr, new RegExp(`^kopiena serve: port ${port} is taken, so the preview is on port ${bound}$`, 'm'));
      assert.equal((await fetch(`${preview.origin}/en/`)).status, 200);
    } finally {
      await preview.close();
    }
  });

  it('refuses a port that is not one, and a URL, as usage errors', async () => {
    assert.match(
      (await kopiena(['serve', 'p', '--port', 'eighty'])).stderr,
      /^kopiena serve: --port must be a whole number from 0 to 65535 \(got "eighty"\)\nusage: kopiena serve /
    );
    assert.equal((await kopiena(['serve', 'https://example.org/feed.json'])).status, 2);
  });
});

describe('the preview server, in parts', () => {
  it('reads a URL path into segments, refusing any that could leave the folder', () => {
    assert.deepEqual(pathSegments('/en/2020-05-07-x/'), ['en', '2020-05-07-x']);
    assert.deepEqual(pathSegments('/%C4%81b%20c.txt'), ['āb c.txt']);
    for (const path of ['/..', '/a/../..', '/%2e%2e/x', '/..%2fetc', '/a%5c..%5cb', '/a%00', '/%E0%A4%A'])
      assert.equal(pathSegments(path), undefined, path);
  });

  it('names the content type of every kind of file a site holds', () => {
    assert.equal(contentType('index.html'), 'text/html; charset=utf-8');
    assert.equal(contentType('en/atom.xml'), 'application/atom+xml; charset=utf-8');
    assert.equal(contentType('sitemap.xml'), 'application/xml; charset=utf-8');
    assert.equal(contentType('images/x/talka-800.JPG'), 'image/jpeg');
    assert.equal(contentType('assets/kopiena-hydrate.js'), 'text/javascript; charset=utf-8');
    assert.equal(contentType('README'), 'application/octet-stream');
  });
});
