// The deploy recipe's own commands, as CI runs them: reads
// examples/github-pages.yml with a YAML parser, takes the `run:` steps of
// its build job that call kopiena (validate, then build), and runs them with
// bash in a scratch folder, SOURCE a copy of the demo feed, `npx kopiena`
// resolved from this repository's node_modules. Then checks the site they
// wrote and the workflow's shape (build on every push and every day, deploy from main).
// Exit 1 on failure.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const fail = (message) => {
  console.error(`FAIL: ${message}`);
  process.exit(1);
};
const workflow = parse(readFileSync('examples/github-pages.yml', 'utf8'));
const { build, deploy } = workflow.jobs ?? {};
if (!('push' in (workflow.on ?? {}))) fail('the workflow does not run on every push');
// An embargoed release goes out on its day: a scheduled run that deploys (a schedule runs on the default branch, main).
const crons = (workflow.on?.schedule ?? []).map((entry) => String(entry.cron ?? '').split(' '));
if (!crons.some((fields) => fields.length === 5 && fields[2] === '*' && fields[3] === '*' && fields[4] === '*'))
  fail('the workflow does not rebuild on a daily (or more frequent) schedule');
if (String(deploy?.if).includes('github.event_name ==')) fail('the deploy job must run on scheduled builds too');
if (!deploy?.steps?.some((step) => String(step.uses).startsWith('actions/deploy-pages@'))) fail('no deploy-pages step');
if (!String(deploy.if).includes('refs/heads/main')) fail('the deploy job is not limited to main');
const commands = (build?.steps ?? []).map((step) => step.run).filter((run) => typeof run === 'string' && run.includes('kopiena'));
if (!commands.some((run) => run.includes('kopiena validate')) || !commands.some((run) => run.includes('kopiena build')))
  fail(`expected kopiena validate and build steps, found: ${commands.join(' | ')}`);

const scratch = mkdtempSync(join(tmpdir(), 'kopiena-workflow-'));
symlinkSync(resolve('node_modules'), join(scratch, 'node_modules'));
copyFileSync('demo/feed.json', join(scratch, 'feed.json'));
const { CHROME_PATH: _unused, ...env } = process.env;
for (const command of commands) {
  console.log(`$ ${command}`);
  execFileSync('bash', ['-euo', 'pipefail', '-c', command], {
    cwd: scratch,
    stdio: 'inherit',
    env: { ...env, SOURCE: 'feed.json', BASE_URL: 'https://example.org/news' },
  });
}
const upload = build.steps.find((step) => String(step.uses).startsWith('actions/upload-pages-artifact@'));
const site = join(scratch, upload?.with?.path ?? 'missing');
for (const file of ['index.html', 'feed.json', 'sitemap.xml', 'robots.txt', 'lv/rss.xml', 'lv/2020-05-07-daugavpils-iedvesmo/share.png']) {
  if (!existsSync(join(site, file))) fail(`the workflow's build wrote no ${file} in the folder it uploads`);
}
console.log(`examples/github-pages.yml: ${commands.length} kopiena commands ran, the uploaded folder holds the site`);
