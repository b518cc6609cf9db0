// Prints "N passed, N failed[, N skipped]" from JUnit reports: the test
// runners' own (the browser suite's and node --test's) and, for a folder, every
// report in it (CI's steps, each written by scripts/check/ci-step.js), so a run
// that executed no test says so. Exit code 1 when a report is missing or none ran.
//   node scripts/check/junit-summary.js test-results/junit.xml test-results/steps
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';

const asked = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
let missing = false;
const reports = [];
for (const path of asked.length ? asked : ['test-results/junit.xml']) {
  if (!existsSync(path)) {
    console.error(`no JUnit report at ${path}`);
    missing = true;
  } else if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) if (name.endsWith('.xml')) reports.push(join(path, name));
  } else reports.push(path);
}
for (const path of reports) {
  const report = new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/xml');
  for (const testCase of Array.from(report.getElementsByTagName('testcase'))) {
    const has = (tag) => testCase.getElementsByTagName(tag).length > 0;
    if (has('failure') || has('error')) {
      failed++;
      console.log(`failed: ${testCase.getAttribute('name')}`);
    } else if (has('skipped')) skipped++;
    else passed++;
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(missing || passed + failed === 0 ? 1 : 0);
