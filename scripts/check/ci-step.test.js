// Unit tests of CI's summary line (node --test): every step counts, a step
// that writes its own JUnit report counts by its tests, and a runner that
// fails without a failing test in its report still shows as one failure.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const node = (...args) => spawnSync(process.execPath, args, { encoding: 'utf8' });
const step = (dir, ...args) => node('scripts/check/ci-step.js', join(dir, 'steps'), ...args).status;
const summary = (...paths) => node('scripts/check/junit-summary.js', ...paths);
const exit = (code) => [process.execPath, '-e', `process.exit(${code})`];
const report = (dir, failing) => {
  const path = join(dir, 'suite.xml');
  const failure = failing ? '<failure message="no"/>' : '';
  writeFileSync(path, `<testsuites><testsuite><testcase name="a"/><testcase name="b">${failure}</testcase></testsuite></testsuites>`);
  return path;
};

test('each step without a report counts as one test, with the exit code passed through', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kopiena-ci-'));
  assert.equal(step(dir, 'lint', '--', ...exit(0)), 0);
  assert.equal(step(dir, 'typecheck', '--', ...exit(2)), 2);
  assert.equal(step(dir, 'bench', '--', ...exit(0)), 0);
  const said = summary(join(dir, 'steps'));
  assert.match(said.stdout, /^failed: typecheck$/m);
  assert.match(said.stdout, /^2 passed, 1 failed$/m);
});

test("a suite's own report counts by its tests; its failure is not counted twice", () => {
  const dir = mkdtempSync(join(tmpdir(), 'kopiena-ci-'));
  const path = report(dir, true);
  assert.equal(step(dir, 'suite', '--report', path, '--', ...exit(1)), 1);
  assert.match(summary(path, join(dir, 'steps')).stdout, /^1 passed, 1 failed$/m);
});

test('a suite that fails while its report shows every test passed (or is missing) counts one failure', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kopiena-ci-'));
  const path = report(dir, false);
  step(dir, 'suite', '--report', path, '--', ...exit(1));
  step(dir, 'lost', '--report', join(dir, 'none.xml'), '--', ...exit(1));
  const said = summary(path, join(dir, 'steps'));
  assert.match(said.stdout, /^failed: suite$/m);
  assert.match(said.stdout, /^failed: lost$/m);
  assert.match(said.stdout, /^2 passed, 2 failed$/m);
});

test('a missing report, or no test at all, makes the summary exit 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kopiena-ci-'));
  assert.equal(summary(join(dir, 'none.xml')).status, 1);
  assert.equal(summary(report(dir, false)).status, 0);
});
