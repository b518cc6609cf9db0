import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { kopiena, repoRoot, scratchDir } from './helpers.js';

/** The tests' copy of the seed press release (the demo's feed may change freely). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break the feed in any place on purpose
const demo = (): Record<string, any> => JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/feed.json'), 'utf8'));

/** Writes `text` as a feed file in a fresh folder and validates it. */
async function validateText(text: string, ...args: string[]) {
  const dir = scratchDir();
  writeFileSync(join(dir, 'feed.json'), text);
  return await kopiena(['validate', 'feed.json', '--lang', 'en', ...args], { cwd: dir });
}

const lines = (stdout: string) => stdout.split('\n').filter(Boolean);

/** `line:column` (1-based) where `needle` first occurs in `text`. */
export function at(text: string, needle: string): string {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `${needle} is in the text`);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

describe('kopiena validate, a feed file', () => {
  it('finds the demo feed valid, exit 0, and says so in its language (lv)', async () => {
    const run = await kopiena(['validate', join(repoRoot, 'demo/feed.json')]);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /demo\/feed\.json: problēmu nav\n$/);
    assert.equal(run.status, 0);
  });

  it('reports every problem in one run: a missing project does not hide a bad release date', async () => {
    const feed = demo();
    delete feed.project;
    feed.releases[0].published = '7 May 2020';
    const text = JSON.stringify(feed, null, 2);
    const run = await validateText(text);
    assert.equal(run.status, 1);
    assert.deepEqual(lines(run.stdout), [
      'feed.json:1:1: error: project: is missing; this field is required',
      `feed.json:${at(text, '"7 May 2020"')}: error: release 2020-05-07-daugavpils-iedvesmo, published: "7 May 2020" is not a date; write the year, month and day, like 2026-04-30`,
    ]);
  });

  it('reports unknown person and organization ids of a release that fails the schema too, each at its value (in the order of the file)', async () => {
    const feed = demo();
    feed.releases[0].published = '7 May 2020';
    feed.releases[0].contacts.inquiries = 'nobody-here';
    feed.releases[0].about = ['no-such-organization'];
    feed.releases[0].activities[0].when = '2020-13';
    feed.releases[0].activities[0].people = ['ghost'];
    const text = JSON.stringify(feed, null, 2);
    const run = await validateText(text);
    assert.equal(run.status, 1);
    assert.deepEqual(
      lines(run.stdout).filter((line) => line.includes(': error: ')),
      [
        `feed.json:${at(text, '"7 May 2020"')}: error: release 2020-05-07-daugavpils-iedvesmo, published: "7 May 2020" is not a date; write the year, month and day, like 2026-04-30`,
        `feed.json:${at(text, '"2020-13"')}: error: release 2020-05-07-daugavpils-iedvesmo, activity pasaudzeti-zalumi, when: "2020-13" is not a date; write a day (2026-04-30), a month (2026-04), a year (2026), a season (2026-21 spring, 2026-22 summer, 2026-23 autumn, 2026-24 winter) or from–to (2026-04-21/2026-04-30); add ~ for "about" (2026-04~) and ? for "perhaps" (2026-04?)`,
        `feed.json:${at(text, '"ghost"')}: error: release 2020-05-07-daugavpils-iedvesmo, activity pasaudzeti-zalumi, people no. 1: there is no person with the id "ghost"`,
        `feed.json:${at(text, '"nobody-here"')}: error: release 2020-05-07-daugavpils-iedvesmo, contacts › inquiries: there is no person with the id "nobody-here"`,
        `feed.json:${at(text, '"no-such-organization"')}: error: release 2020-05-07-daugavpils-iedvesmo, about no. 1: there is no organization with the id "no-such-organization"`,
      ]
    );
  });

  it('reports an unknown organization and activity person of a release skipped for its unknown contact', async () => {
    const feed = demo();
    feed.releases[0].contacts.inquiries = 'nobody-here';
    feed.releases[0].about = ['no-such-organization'];
    feed.releases[0].activities[0].people = ['ghost'];
    const text = JSON.stringify(feed, null, 2);
    assert.deepEqual(
      lines((await validateText(text)).stdout).filter((line) => line.includes(': error: ')),
      [
        `feed.json:${at(text, '"ghost"')}: error: release 2020-05-07-daugavpils-iedvesmo, activity pasaudzeti-zalumi, people no. 1: there is no person with the id "ghost"`,
        `feed.json:${at(text, '"nobody-here"')}: error: release 2020-05-07-daugavpils-iedvesmo, contacts › inquiries: there is no person with the id "nobody-here"`,
        `feed.json:${at(text, '"no-such-organization"')}: error: release 2020-05-07-daugavpils-iedvesmo, about no. 1: there is no organization with the id "no-such-organization"`,
      ]
    );
  });

  it('names the line and column of a JSON syntax error', async () => {
    const run = await validateText('{\n  "version": 1,\n  "language": "lv"\n  "project": {}\n}\n');
    assert.equal(run.status, 1);
    assert.deepEqual(lines(run.stdout), ['feed.json:4:3: error: is not valid JSON: expected a comma or a closing bracket (a missing comma?)']);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  });

  it('says where a trailing comma is', async () => {
    const run = await validateText('{\n  "version": 1,\n}');
    assert.deepEqual(lines(run.stdout), ['feed.json:3:1: error: is not valid JSON: expected a name in double quotes (a comma too many?)']);
  });

  it('prints { ok, problems } with --format json', async () => {
    const feed = demo();
    feed.releases[0].activities[0].when = '2020-13';
    const text = JSON.stringify(feed, null, 2);
    const run = await validateText(text, '--format', 'json');
    assert.equal(run.status, 1);
    const report = JSON.parse(run.stdout);
    assert.equal(report.ok, false);
    const [line, column] = at(text, '"2020-13"').split(':').map(Number);
    assert.deepEqual(report.problems, [
      {
        file: 'feed.json',
        line,
        column,
        path: 'releases[0].activities[0].when',
        severity: 'error',
        code: 'when',
        message:
          '"2020-13" is not a date; write a day (2026-04-30), a month (2026-04), a year (2026), a season (2026-21 spring, 2026-22 summer, 2026-23 autumn, 2026-24 winter) or from–to (2026-04-21/2026-04-30); add ~ for "about" (2026-04~) and ? for "perhaps" (2026-04?)',
      },
    ]);
  });

  it('exits 0 with warnings only, and prints them', async () => {
    const feed = demo();
    feed.releases[0].image = { src: 'https://example.org/a.jpg' };
    const run = await validateText(JSON.stringify(feed, null, 2), '--format', 'json');
    assert.equal(run.status, 0);
    const report = JSON.parse(run.stdout);
    assert.equal(report.ok, true);
    assert.deepEqual(
      report.problems.map((problem: { path: string; severity: string; message: string }) => [problem.severity, problem.path, problem.message]),
      [['warning', 'releases[0].image', 'the picture has no description (alt): describe it for readers who cannot see it']]
    );
  });

  it('exits 2 for a file that does not exist, and for bad usage', async () => {
    const missing = await kopiena(['validate', 'no-such-feed.json'], { cwd: scratchDir() });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no-such-feed\.json: there is no such file or folder/);
    assert.equal((await kopiena(['validate'])).status, 2);
    assert.equal((await kopiena(['validate', 'a', '--format', 'xml'])).status, 2);
    assert.equal((await kopiena(['validate', 'a', '--colour'])).status, 2);
  });
});
