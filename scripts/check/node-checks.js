// The Node checks under node --test, one test each, so they count in CI's
// summary line (JUnit in test-results/checks-junit.xml): each runs as its own
// npm script, prints its own detail, and fails the test with a non-zero exit.
// Run after `npm run build` and `npm run build-storybook`:
//   npm run test:checks            all of them
//   CHECKS=ssr,csp npm run test:checks   those whose script name contains "ssr" or "csp"
// (an environment variable: words after `--` would reach node --test as file names)
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';

const checks = [
  ['the elements render on the server (@lit-labs/ssr)', 'test:ssr'],
  ['all three elements render under a strict CSP and Trusted Types', 'test:csp'],
  ['the pages kopiena build writes meet their own strict CSP in Chromium, widgets shown', 'test:site-csp'],
  ['the minified bundle renders like the source', 'test:bundle'],
  ['the landing pages, end to end', 'test:landing'],
  ['search on the built site finds a release by a word of its body in Chromium, same-origin, under the CSP', 'test:search'],
  ['the CMS form that kopiena init writes loads in Sveltia CMS and opens the example release', 'test:cms'],
  // Not here: npm run test:cms-save (a release saved through the CMS form validates and builds). Its clicks no longer get
  // lost in Sveltia CMS's page transitions (scripts/lib/cms.js, press), but on a loaded machine one run in three to ten the
  // CMS never saves after a Save click taken with the button enabled, uncovered and no transition under way, with no
  // dialog, notice or invalid field: a run that saves does so in 0.3 s, one that does not has not saved 150 s later. The
  // cause inside the CMS is not found, and a gate that fails by chance would block every landing: run it by hand when the
  // CMS form or its version changes (a failure prints what the CMS showed).
  ['the packed tarballs install and work in a scratch app and an empty folder', 'test:package'],
  ['every export of both packages is typed and their package.json is sound (attw, publint)', 'test:publish'],
  ['every story renders with no axe violations', 'test:stories'],
  ['every attribute has the control of its kind in the built Storybook, and editing one changes the widget', 'test:controls'],
  ['the size budget', 'size'],
  ['generated files match their sources', 'check:generated'],
  ['no import circles among the modules of src/ and cli/src/', 'check:circles'],
  ['every source file is under 400 lines', 'check:file-lengths'],
];

const only = (process.env.CHECKS ?? '').split(',').filter(Boolean);
for (const [name, script] of checks) {
  if (only.length && !only.some((word) => script.includes(word))) continue;
  test(`${name} (npm run ${script})`, () => {
    execFileSync('npm', ['run', '--silent', script], { stdio: ['ignore', 'inherit', 'inherit'] });
  });
}
