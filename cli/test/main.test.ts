import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { kopiena } from './helpers.js';

describe('kopiena', () => {
  it('lists its commands with --help and exits 0', async () => {
    const run = await kopiena(['--help']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /usage: kopiena <command>/);
    assert.match(run.stdout, /^ {2}build {5}/m);
    assert.doesNotMatch(run.stdout, /^ {2}pages /m, 'build is the one command that writes a site');
  });

  it('prints the usage and exits 2 without a command', async () => {
    const run = await kopiena([]);
    assert.equal(run.status, 2);
    assert.match(run.stdout, /usage: kopiena <command>/);
  });

  it('names an unknown command and exits 2, without a stack trace', async () => {
    const run = await kopiena(['publish']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /unknown command "publish"/);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  });
});
