// Feed text never acts on the coordinator's terminal: control characters,
// escape sequences and bidi overrides that a feed carries are printed as
// escapes (`\x1b`), in problems, in --format json and in error messages.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { terminalJson, terminalText } from '../src/terminal.js';
import { kopiena, repoRoot, scratchDir } from './helpers.js';
import { serve, type TestServer } from './http.js';

/** Clears the screen and retitles the window; the override turns the rest of the line around. */
const ATTACK = '\u001b]0;owned\u0007\u001b[2J\u202e';
const SHOWN = '\\x1b]0;owned\\x07\\x1b[2J\\u202e';

/** Anything a terminal would act on: C0 but the line ends, DEL, C1, bidi controls. */
// eslint-disable-next-line no-control-regex
const ACTING = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/u;

describe('terminalText', () => {
  it('shows C0, DEL, C1 and bidi controls as escapes, and leaves other text as it is', () => {
    assert.equal(
      terminalText('a\u001b[31mb\u0000\u007f\u009b\u0085\n\t\u2066x\u2069 Dzīvā bibliotēka «Живая»'),
      'a\\x1b[31mb\\x00\\x7f\\x9b\\x85\\n\\t\\u2066x\\u2069 Dzīvā bibliotēka «Живая»'
    );
  });

  it('keeps JSON valid and the same data, with no acting character in it', () => {
    const value = { title: `x${ATTACK}\u009b\u007f` };
    const json = terminalJson(value);
    assert.doesNotMatch(json, ACTING);
    assert.deepEqual(JSON.parse(json), value);
  });
});

describe('feed text from a feed URL on the terminal', () => {
  let site: TestServer;
  before(async () => {
    const feed = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/feed.json'), 'utf8'));
    const [release] = feed.releases;
    release.summary = `Daugavpils [iedvesmo](javascript:${ATTACK})`;
    feed.organizations[`iic${ATTACK}`] = feed.organizations.iic;
    const jsonFeed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: `Kopiena${ATTACK}`,
      items: [{ id: '1', title: `News${ATTACK}`, date_published: '2020-05-07T10:00:00Z', content_text: 'Text' }],
    };
    site = await serve((request, response) => {
      const body = request.url === '/feed.json' ? feed : jsonFeed;
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  after(() => site.close());

  it('validate prints a link target and a path with their escape sequences shown, not acted on', async () => {
    const run = await kopiena(['validate', `${site.origin}/feed.json`, '--lang', 'en']);
    assert.equal(run.status, 1);
    assert.doesNotMatch(run.stdout + run.stderr, ACTING);
    assert.ok(run.stdout.includes(`links to "javascript:${SHOWN}"`), run.stdout);
    assert.ok(
      run.stdout.includes(`: organization iic${SHOWN}: "iic${SHOWN}" is not an id: use small Latin letters, digits and hyphens only`),
      run.stdout
    );
  });

  it('validate --format json escapes them too, and reads back as the same text', async () => {
    const run = await kopiena(['validate', `${site.origin}/feed.json`, '--format', 'json']);
    assert.doesNotMatch(run.stdout, ACTING);
    const { problems } = JSON.parse(run.stdout) as { problems: Array<{ message: string }> };
    assert.ok(problems.some((problem) => problem.message.includes(`javascript:${ATTACK}`)));
  });

  it("import names the feed's title in its summary with the sequence shown", async () => {
    const run = await kopiena(['import', `${site.origin}/jsonfeed.json`, '--out', join(scratchDir(), 'project')]);
    assert.equal(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stdout + run.stderr, ACTING);
    // The name is inline text, so its brackets come escaped (`\\]`, `\\[`) as well.
    assert.ok(run.stdout.includes('kopiena.yml for "Kopiena\\x1b\\]0;owned\\x07\\x1b\\[2J\\u202e" and 1 release\n'), run.stdout);
  });
});
