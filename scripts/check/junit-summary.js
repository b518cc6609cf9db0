// Prints "N passed, N failed[, N skipped]" from the test runners' JUnit
// reports (the browser suite's and node --test's), so a run that executed no
// test says so. Exit code 1 when a report is missing or none ran.
import { existsSync, readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';

const paths = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
let missing = false;
for (const path of paths.length ? paths : ['test-results/junit.xml']) {
  if (!existsSync(path)) {
    console.error(`no JUnit report at ${path}`);
    missing = true;
    continue;
  }
  const report = new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/xml');
  for (const testCase of Array.from(report.getElementsByTagName('testcase'))) {
    const has = (tag) => testCase.getElementsByTagName(tag).length > 0;
    if (has('failure') || has('error')) failed++;
    else if (has('skipped')) skipped++;
    else passed++;
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(missing || passed + failed === 0 ? 1 : 0);
