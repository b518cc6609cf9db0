// Prints "N passed, N failed[, N skipped]" from the test runner's JUnit report,
// so a run that executed no test says so. Exit code 1 when none ran.
import { readFileSync, existsSync } from 'node:fs';

const path = process.argv[2] ?? 'test-results/junit.xml';
if (!existsSync(path)) {
  console.log('0 passed, 0 failed');
  process.exit(1);
}
const xml = readFileSync(path, 'utf8');
const cases = xml.match(/<testcase\b[\s\S]*?(?:\/>|<\/testcase>)/g) ?? [];
const failed = cases.filter((testCase) => /<(failure|error)\b/.test(testCase)).length;
const skipped = cases.filter((testCase) => /<skipped\b/.test(testCase)).length;
const passed = cases.length - failed - skipped;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(cases.length === 0 ? 1 : 0);
