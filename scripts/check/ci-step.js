// Runs one CI step and records it as a JUnit report, so `.ci/run`'s summary
// line (scripts/check/junit-summary.js) counts every step, not only the test
// runners' own reports:
//   node scripts/check/ci-step.js <dir> "<name>" -- <command> [args…]
//     one test case named <name>, passed when the command exits 0;
//   node scripts/check/ci-step.js <dir> "<name>" --report <junit.xml> -- <command> [args…]
//     a step whose runner writes its own JUnit report (its test cases count):
//     nothing more is recorded unless the command fails while its report
//     shows no failing test (or is missing), then one failed test case.
// The command's output goes straight through; the exit code is the command's.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMImplementation, DOMParser, XMLSerializer } from '@xmldom/xmldom';

const [dir, name, ...rest] = process.argv.slice(2);
const split = rest.indexOf('--');
if (!dir || !name || split < 0 || split === rest.length - 1) {
  console.error('usage: node scripts/check/ci-step.js <dir> <name> [--report <junit.xml>] -- <command> [args…]');
  process.exit(2);
}
const options = rest.slice(0, split);
const report = options[0] === '--report' ? options[1] : undefined;
const [command, ...args] = rest.slice(split + 1);

const started = process.hrtime.bigint();
const run = spawnSync(command, args, { stdio: 'inherit' });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const status = run.status ?? 1;

/** Whether the JUnit report at `path` holds a failed test case. */
function reportShowsFailure(path) {
  if (!existsSync(path)) return false;
  const parsed = new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/xml');
  return Array.from(parsed.getElementsByTagName('testcase')).some(
    (testCase) => testCase.getElementsByTagName('failure').length > 0 || testCase.getElementsByTagName('error').length > 0
  );
}

let failure;
if (status !== 0) {
  const why = run.signal ? `killed by ${run.signal}` : run.error ? run.error.message : `exit code ${status}`;
  if (!report) failure = why;
  else if (!reportShowsFailure(report)) failure = `${why}, and ${existsSync(report) ? 'its report shows no failing test' : `no report at ${report}`}`;
}

if (!report || failure) {
  const document = new DOMImplementation().createDocument(null, 'testsuites', null);
  const suite = document.createElement('testsuite');
  suite.setAttribute('name', 'CI steps');
  suite.setAttribute('tests', '1');
  suite.setAttribute('failures', failure ? '1' : '0');
  const testCase = document.createElement('testcase');
  testCase.setAttribute('classname', 'ci');
  testCase.setAttribute('name', name);
  testCase.setAttribute('time', seconds.toFixed(3));
  if (failure) {
    const element = document.createElement('failure');
    element.setAttribute('message', failure);
    testCase.appendChild(element);
  }
  suite.appendChild(testCase);
  document.documentElement.appendChild(suite);
  mkdirSync(dir, { recursive: true });
  const number = String(readdirSync(dir).length + 1).padStart(2, '0');
  const slug = name
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  writeFileSync(join(dir, `${number}-${slug}.xml`), `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(document)}\n`);
}
process.exit(status);
