import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { junitReporter } from '@web/test-runner-junit-reporter';
import { findChromium, chromiumArgs } from './scripts/lib/browser.js';
import { archiveEndpoints } from './test/server/archive-endpoints.js';

const executablePath = await findChromium();

/**
 * Endpoints for fault tests: /__test/status/503, /__test/slow/2000,
 * /__test/body?type=…&text=…, /__test/bom/test/fixtures/feed.json (a file with a BOM, as text/plain),
 * /__test/flaky/<key> (503 the first time a key is asked for, the fixture feed after that).
 */
const flakyKeys = new Set();
async function testEndpoints(context, next) {
  const [, prefix, kind, arg] = context.path.split('/');
  if (prefix !== '__test') return next();
  if (kind === 'status') {
    context.status = Number(arg);
    context.body = `status ${arg}`;
  } else if (kind === 'slow') {
    await new Promise((resolve) => setTimeout(resolve, Number(arg)));
    context.type = 'application/json';
    context.body = '{"version":1}';
  } else if (kind === 'bom') {
    const file = context.path.split('/').slice(3).join('/');
    context.type = 'text/plain';
    context.body = `\uFEFF${await readFile(new URL(`./${file}`, import.meta.url), 'utf8')}`;
  } else if (kind === 'flaky') {
    const first = !flakyKeys.has(arg);
    flakyKeys.add(arg);
    context.status = first ? 503 : 200;
    context.type = first ? 'text/plain' : 'application/json';
    context.body = first ? 'try again' : await readFile(new URL('./test/fixtures/feed.json', import.meta.url), 'utf8');
  } else if (kind === 'body') {
    context.type = context.query.type || 'application/json';
    context.body = context.query.text ?? '';
  } else {
    return next();
  }
}

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [archiveEndpoints, testEndpoints],
  concurrency: 2,
  testFramework: { config: { timeout: 5000 } },
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: chromiumArgs } })],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), junitReporter({ outputPath: './test-results/junit.xml' })],
};
