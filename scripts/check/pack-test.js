// The published packages, as their users get them: packs the widget package (kopiena) and the command (@kopiena/cli),
// checks what is in each, installs the widgets alone into a scratch Vite app with TypeScript (type-checks, builds, renders
// an element in Chromium, checks that none of the command's dependencies came along, and that an app configuring
// @lit/localize itself, before or after importing kopiena, keeps its own strings while each widget keeps its own locale),
// then the command into an empty folder with no browser configured, and runs it there.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs } from '../lib/browser.js';
import { serve } from '../lib/static-server.js';
import { writeNewsroom, newsroomProblems } from '../lib/newsroom-site-check.js';
import { cameraPhoto, publishedImageProblems } from '../lib/published-images.js';
import { installedSiteProblems, tarballProblem } from '../lib/site-bundle-check.js';

const root = resolve('.');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const fail = (message) => {
  console.error(`FAIL: ${message}`);
  process.exit(1);
};

const scratch = mkdtempSync(join(tmpdir(), 'kopiena-pack-'));
// --ignore-scripts: the build just made is packed, without prepack's rebuild (a release runs it).
const pack = (...workspace) => JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch, ...workspace], root))[0];
const { filename, files } = pack();
const cliTarball = pack('-w', 'cli');
const paths = files.map((file) => file.path);
const required = [
  'package.json',
  'README.md',
  'dist/kopiena.js',
  'dist/npm/index.js',
  'dist/npm/community-release.js',
  'dist/types/index.d.ts',
  'custom-elements.json',
  'feed.schema.json',
];
const missing = required.filter((path) => !paths.includes(path));
const stray = paths.filter((path) => /^(src|test|demo|stories|scripts|xliff|cli|bin|\.ci)\//.test(path) || /\.test\.(js|d\.ts)$/.test(path));
if (missing.length) fail(`missing from the tarball: ${missing.join(', ')}`);
if (stray.length) fail(`not for users, yet in the tarball: ${stray.slice(0, 10).join(', ')}`);
console.log(`tarball ${filename}: ${paths.length} files, nothing stray`);
const cliPaths = cliTarball.files.map((file) => file.path);
const cliMissing = [
  'package.json',
  'README.md',
  'bin/kopiena.js',
  'dist/cli.js',
  'dist/hydrate/kopiena-hydrate.js',
  // The widgets' script-tag bundle that a built site serves to partners (issue #26).
  'dist/kopiena/kopiena.js',
  'dist/template/kopiena.yml',
  'dist/template/admin/config.yml',
].filter((path) => !cliPaths.includes(path));
if (cliMissing.length) fail(`missing from ${cliTarball.filename}: ${cliMissing.join(', ')}`);
if (tarballProblem(cliPaths)) fail(`${cliTarball.filename}: ${tarballProblem(cliPaths)}`);
console.log(`tarball ${cliTarball.filename}: ${cliPaths.length} files`);

const app = join(scratch, 'app');
run('mkdir', ['-p', app]);
writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }));
run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, filename)], app);
const feed = readFileSync('test/fixtures/feed.json', 'utf8');
writeFileSync(
  join(app, 'index.html'),
  `<!doctype html><html lang="en"><body><community-release id="release"><script type="application/json">${feed}</script></community-release><script type="module" src="./main.ts"></script></body></html>`
);
writeFileSync(
  join(app, 'main.ts'),
  `import 'kopiena/community-release.js';
import type { CommunityRelease, KopienaLoadDetail } from 'kopiena';
const element: CommunityRelease | null = document.querySelector('community-release');
const layout: 'full' | 'teaser' | undefined = element?.layout;
element?.addEventListener('kopiena-load', (event) => {
  const detail: KopienaLoadDetail = event.detail;
  document.body.dataset.loaded = String(detail.feed.releases.length) + String(layout);
});
`
);
// An app that uses @lit/localize itself, configured before and after importing kopiena:
// the app's strings follow its locale and each widget keeps its own `lang`.
const coexisting = (name, kopienaFirst) => {
  const configure = `const { setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de'],
  loadLocale: async () => ({ templates: { 'app-greeting': 'Hallo aus der App' } }),
});
await setLocale('de');`;
  writeFileSync(
    join(app, `${name}.ts`),
    kopienaFirst
      ? `import 'kopiena/community-release.js';
import { configureLocalization, msg } from '@lit/localize';
${configure}
document.querySelector('#app-text')!.textContent = msg('Hello from the app', { id: 'app-greeting' });
document.body.dataset.ready = 'yes';
`
      : `import { configureLocalization, msg } from '@lit/localize';
${configure}
await import('kopiena/community-release.js');
document.querySelector('#app-text')!.textContent = msg('Hello from the app', { id: 'app-greeting' });
document.body.dataset.ready = 'yes';
`
  );
  const inline = `<script type="application/json">${feed}</script>`;
  writeFileSync(
    join(app, `${name}.html`),
    `<!doctype html><html lang="de"><body><p id="app-text"></p><community-release lang="lv">${inline}</community-release><community-release lang="en">${inline}</community-release><script type="module" src="./${name}.ts"></script></body></html>`
  );
};
coexisting('app-first', false);
coexisting('kopiena-first', true);
writeFileSync(
  join(app, 'vite.config.js'),
  `export default { build: { target: 'es2022', rollupOptions: { input: ['index.html', 'app-first.html', 'kopiena-first.html'] } } };`
);
writeFileSync(
  join(app, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      module: 'ESNext',
      moduleResolution: 'bundler',
      target: 'ES2022',
      lib: ['ES2023', 'DOM'],
      noEmit: true,
      skipLibCheck: false,
      types: [],
    },
    include: ['main.ts', 'app-first.ts', 'kopiena-first.ts'],
  })
);
run(bin('tsc'), ['-p', 'tsconfig.json'], app);
console.log('the app type-checks against the published .d.ts');
run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], app);

// An app that only wants the elements gets none of the command's dependencies.
const installed = (folder) => JSON.parse(run('npm', ['ls', '--all', '--json'], folder));
const names = (tree, into = new Set()) => {
  for (const [name, child] of Object.entries(tree.dependencies ?? {})) {
    into.add(name);
    names(child, into);
  }
  return into;
};
const appPackages = names(installed(app));
const commandOnly = ['@lit-labs/ssr', '@kopiena/cli', 'puppeteer-core'].filter((name) => appPackages.has(name));
if (commandOnly.length) fail(`an app installing kopiena also gets ${commandOnly.join(', ')}`);
const sizeOf = (folder) => Number(run('du', ['-sk', join(folder, 'node_modules')]).split('\t')[0]);
console.log(`the widgets install ${appPackages.size} packages (${sizeOf(app)} kB), none of them the command's`);

// The command, installed from its tarball in an empty folder with no browser configured.
const tool = join(scratch, 'tool');
run('mkdir', ['-p', tool]);
writeFileSync(join(tool, 'package.json'), JSON.stringify({ name: 'scratch-tool', private: true }));
run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, cliTarball.filename)], tool);
console.log(`the command installs ${names(installed(tool)).size} packages (${sizeOf(tool)} kB)`);
// No browser: CHROME_PATH unset, and the share images must still be drawn.
const { CHROME_PATH: _unused, ...noBrowser } = process.env;
const npx = (...args) =>
  execFileSync('npx', ['--no-install', 'kopiena', ...args], { cwd: tool, env: noBrowser, stdio: ['ignore', 'inherit', 'inherit'] });
const npxInEnglish = (...args) =>
  spawnSync('npx', ['--no-install', 'kopiena', ...args], { cwd: tool, env: { ...noBrowser, LC_ALL: 'en_US.UTF-8' }, encoding: 'utf8' });
const isSharePng = (path) => {
  const png = readFileSync(path);
  return png.toString('latin1', 1, 4) === 'PNG' && png.readUInt32BE(16) === 1200 && png.readUInt32BE(20) === 630;
};
const release = '2020-05-07-daugavpils-iedvesmo';
// `kopiena --version` and a command's --help, from the installed package.
const version = execFileSync('npx', ['--no-install', 'kopiena', '--version'], { cwd: tool, env: noBrowser, encoding: 'utf8' }).trim();
if (version !== JSON.parse(readFileSync(join(root, 'cli/package.json'), 'utf8')).version)
  fail(`kopiena --version printed ${JSON.stringify(version)}`);
const buildHelp = execFileSync('npx', ['--no-install', 'kopiena', 'build', '--help'], { cwd: tool, env: noBrowser, encoding: 'utf8' });
if (!buildHelp.startsWith('usage: kopiena build ') || !buildHelp.includes('--base-url <URL>'))
  fail(`kopiena build --help printed ${JSON.stringify(buildHelp)}`);
console.log(`the installed \`npx kopiena --version\` prints ${version}, and \`kopiena build --help\` its options`);
// `kopiena build` on a copy of the demo feed, as a user publishing a site would run it.
writeFileSync(join(tool, 'feed.json'), feed);
npx('build', 'feed.json', '--out', 'site', '--base-url', 'https://example.org/news');
const landing = readFileSync(join(tool, `site/en/${release}/index.html`), 'utf8');
if (!landing.includes('Daugavpils active community inspires')) fail('the installed CLI wrote no landing page');
for (const lang of ['lv', 'en', 'ru']) {
  if (!isSharePng(join(tool, `site/${lang}/${release}/share.png`))) fail(`the installed \`kopiena build\` wrote no ${lang} share image`);
  for (const file of ['index.html', 'rss.xml', 'atom.xml', 'feed.json']) readFileSync(join(tool, 'site', lang, file));
}
// The rest of the site: the widgets' own script and host files, the search index, the iframe embed and oEmbed (site-bundle-check.js).
for (const problem of installedSiteProblems(join(tool, 'site'), { baseUrl: 'https://example.org/news', release, landing })) fail(problem);
const pagefindBinary = join(tool, 'node_modules/@pagefind', `${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`);
if (!existsSync(pagefindBinary)) fail(`Pagefind's binary package ${pagefindBinary} was not installed with the CLI`);
console.log(
  'the installed `npx kopiena build feed.json --out site` writes the whole site, share images, the widgets’ own script, _headers and .htaccess, the search index of every language (Pagefind from npm), iframe pages and oEmbed included, with no browser'
);

// Authoring as a coordinator does it: init, edit a file, validate; import the demo feed and validate that.
npx('init', 'p');
const enFile = join(tool, `p/releases/${release}/index.en.md`);
writeFileSync(enFile, readFileSync(enFile, 'utf8').replace('title: Daugavpils active community inspires', 'title: Spring in Daugavpils'));
npx('validate', 'p');
const lvFile = join(tool, `p/releases/${release}/index.lv.md`);
const lvText = readFileSync(lvFile, 'utf8');
writeFileSync(lvFile, lvText.replace('published: 2020-05-07', 'published: 7.05.2020'));
const dateLine = lvText.split('\n').findIndex((line) => line.startsWith('published:')) + 1;
// `--lang lv` speaks Latvian whatever the machine's locale; `--lang en` English (#25.3).
for (const [lang, says] of [
  ['lv', 'kļūda: published: "7.05.2020" nav datums; rakstiet 2020-05-07'],
  ['en', 'error: published: "7.05.2020" is not a date; write it as 2020-05-07'],
]) {
  const broken = spawnSync('npx', ['--no-install', 'kopiena', 'validate', 'p', '--lang', lang], {
    cwd: tool,
    env: { ...noBrowser, LC_ALL: lang === 'lv' ? 'en_US.UTF-8' : 'lv_LV.UTF-8' },
    encoding: 'utf8',
  });
  const expected = `p/releases/${release}/index.lv.md:${dateLine}:12: ${says}\n`;
  if (broken.status !== 1 || broken.stdout !== expected)
    fail(`validate --lang ${lang} of a bad date printed ${JSON.stringify(broken.stdout)} (exit ${broken.status}), not ${JSON.stringify(expected)}`);
}
writeFileSync(lvFile, lvText);
npx('import', join(root, 'demo/feed.json'), '--out', 'q');
npx('validate', 'q');
// init writes the CMS form's names (index.lv.md), import the short ones (lv.md); the text is the same.
for (const file of ['kopiena.yml', `releases/${release}/lv.md`, `releases/${release}/ru.md`, `releases/${release}/activities.csv`]) {
  const initFile = file.replace(/\/(\w+\.md)$/, '/index.$1');
  if (!readFileSync(join(tool, 'p', initFile), 'utf8').endsWith(readFileSync(join(tool, 'q', file), 'utf8')))
    fail(`kopiena init and kopiena import of demo/feed.json differ in ${file}`);
}
npx('build', 'q', '--out', 'q-site', '--base-url', 'https://example.org/news');
readFileSync(join(tool, 'q-site/feed.json'));
console.log(
  'the installed `npx kopiena init p`, an edit, `validate p` (and its report of a bad date, in Latvian with --lang lv and English with --lang en), `import demo/feed.json --out q`, `validate q` and `build q` work with no browser and no checkout'
);

// Imports of German feeds keep de (kopiena.yml, de.md): the RSS says de-DE; the Atom says nothing, so import names its guess, and --lang de keeps de.
const untagged = npxInEnglish('import', join(root, 'cli/test/fixtures/german-atom.xml'), '--out', 'de-guess');
const guess = /does not say which language it is in; its text is written as (\w+)/.exec(untagged.stderr)?.[1];
if (untagged.status !== 0 || !guess || !readFileSync(join(tool, 'de-guess/kopiena.yml'), 'utf8').split('\n').includes(`language: ${guess}`))
  fail(`an import of a feed with no language did not name the language it wrote: ${JSON.stringify(untagged.stderr)}`);
for (const [fixture, ...lang] of [['wordpress-de-rss.xml'], ['german-atom.xml', '--lang', 'de']]) {
  const out = `de-${fixture.split('.')[0]}`;
  npx('import', join(root, 'cli/test/fixtures', fixture), '--out', out, ...lang);
  const germanConfig = readFileSync(join(tool, `${out}/kopiena.yml`), 'utf8');
  const germanFiles = readdirSync(join(tool, `${out}/releases`), { recursive: true });
  if (!germanConfig.split('\n').includes('language: de') || !germanFiles.some((file) => String(file).endsWith('/de.md')))
    fail(`an import of ${fixture} wrote language ${JSON.stringify(germanConfig.split('\n').find((line) => line.startsWith('language')))}`);
  npx('validate', out);
}
console.log(
  `the installed \`kopiena import\` keeps de of a German RSS; of a German Atom with no language it names its guess (${guess}), and --lang de keeps de`
);

// A camera photo beside the release (4000×3000, GPS and camera in its EXIF): the site's share image is ≤ 300 kB, no published image has EXIF.
writeFileSync(join(tool, `p/releases/${release}/talka.jpg`), await cameraPhoto());
writeFileSync(lvFile, lvText.replace('---\n', '---\nimage: { src: talka.jpg, alt: Talka }\n'));
const newsroom = await writeNewsroom(join(tool, 'p'), release); // a topic, a media kit, a draft and an embargoed release (#27)
npx('validate', 'p');
npx('build', 'p', '--out', 'p-site', '--base-url', 'https://example.org/news');
const photoSite = await publishedImageProblems(join(tool, 'p-site'), { baseUrl: 'https://example.org/news', release, languages: ['lv', 'en', 'ru'] });
for (const problem of [...photoSite.problems, ...newsroomProblems(join(tool, 'p-site'), newsroom)]) fail(`a camera photo and a newsroom: ${problem}`);
console.log(
  `a camera photo: a ${photoSite.shareBytes}-byte share image; none of the ${photoSite.imageCount} images has EXIF (GPS), XMP or IPTC; the topic’s pages and feeds hold its release, the media kit its credit and license, no file a draft or an embargoed release`
);

// activities.csv as Excel saves "CSV UTF-8" in a Latvian (Lithuanian, Estonian, Russian, Ukrainian) locale: a byte order mark, semicolons, CRLF.
writeFileSync(
  join(tool, `p/releases/${release}/activities.csv`),
  '\uFEFFid;when;title;title@en;participants\r\ntalka;2020-04;"Talka; Daugavpils";Clean-up;12\r\n'
);
npx('validate', 'p');
npx('build', 'p', '--out', 'p-site', '--base-url', 'https://example.org/news');
const built = JSON.parse(readFileSync(join(tool, 'p-site/feed.json'), 'utf8')).releases.find((item) => item.id === release);
const expectedActivities = [{ id: 'talka', when: '2020-04', title: { lv: 'Talka; Daugavpils', en: 'Clean-up' }, participants: 12 }];
if (JSON.stringify(built?.activities) !== JSON.stringify(expectedActivities))
  fail(`a semicolon activities.csv with a byte order mark and CRLF built ${JSON.stringify(built?.activities)}`);
console.log('an activities.csv saved by Excel in a Latvian locale (semicolons, byte order mark, CRLF) validates and builds');

// The hints `kopiena init` prints, run as printed in an empty folder (and run again, as a coordinator rebuilds):
// nothing of the source folder is lost, and the site appears where the hint says.
const hintLines = (stdout) =>
  stdout
    .split('\n')
    .filter((line) => line.startsWith('  kopiena '))
    .map((line) => line.trim().split(/ {2,}/)[0]);
/** A printed command as a shell splits it (the hints quote with '…' only). */
const words = (command) => [...command.matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2]);
const tree = (folder) =>
  Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [relative(folder, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name), 'latin1')])
  );
for (const folder of [undefined, 'site', 'my project']) {
  const cwd = join(tool, 'hints', folder ? `named-${folder.replace(' ', '-')}` : 'here');
  mkdirSync(cwd, { recursive: true });
  const init = ['--no-install', 'kopiena', 'init', ...(folder ? [folder] : [])];
  const printed = hintLines(execFileSync('npx', init, { cwd, env: noBrowser, encoding: 'utf8' }));
  const source = join(cwd, folder ?? '.');
  const before = JSON.stringify(tree(source));
  if (printed.length !== 2 || !printed[1].startsWith('kopiena build '))
    fail(`kopiena init${folder ? ` ${folder}` : ''} printed ${JSON.stringify(printed)}`);
  for (const round of [1, 2])
    for (const command of printed) {
      const ran = spawnSync('npx', ['--no-install', ...words(command)], { cwd, env: noBrowser, encoding: 'utf8' });
      if (ran.status !== 0) fail(`the printed hint \`${command}\` (run ${round}) exited ${ran.status}: ${ran.stderr}`);
    }
  if (JSON.stringify(tree(source)) !== before) fail(`running the hints of kopiena init${folder ? ` ${folder}` : ''} changed the source folder`);
  const out = words(printed[1]).at(-1);
  readFileSync(join(cwd, out, 'index.html'));
  console.log(`kopiena init${folder ? ` ${folder}` : ''}: its hints \`${printed.join('`, `')}\` run as printed, twice, and the source is as it was`);
}

// `kopiena serve`, as a coordinator previews: an edit shows within seconds, and Ctrl+C stops it.
{
  mkdirSync(join(tool, 'preview'));
  execFileSync('npx', ['--no-install', 'kopiena', 'init', 'site-source'], { cwd: join(tool, 'preview'), env: noBrowser, stdio: 'ignore' });
  const child = spawn(join(tool, 'node_modules/.bin/kopiena'), ['serve', 'site-source', '--port', '0'], {
    cwd: join(tool, 'preview'),
    env: noBrowser,
  });
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  let printed = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => (printed += chunk));
  const origin = await new Promise((resolve) => {
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      printed += chunk;
      // Said in the source's language (Latvian for kopiena init's folder): the line that ends with Ctrl+C.
      const found = /(http:\/\/127\.0\.0\.1:\d+)\/[^\n]*Ctrl\+C/.exec(printed);
      if (found) resolve(found[1]);
    });
    void exited.then(() => resolve(undefined));
  });
  if (!origin) fail(`kopiena serve did not start: ${printed}`);
  const page = `${origin}/en/${release}/`;
  if (!(await (await fetch(page)).text()).includes('Daugavpils active community inspires')) fail('kopiena serve does not serve the release page');
  // The preview's event stream announces each build: wait for build 2 after the save, at most 10 s (2.6 s on a machine loaded 6×).
  const stream = await fetch(`${origin}/_kopiena/events`);
  const reader = stream.body.pipeThrough(new TextDecoderStream()).getReader();
  const enFile = join(tool, `preview/site-source/releases/${release}/index.en.md`);
  const saved = Date.now();
  writeFileSync(enFile, readFileSync(enFile, 'utf8').replace('title: Daugavpils active community inspires', 'title: Seen in the preview'));
  const deadline = setTimeout(() => fail(`kopiena serve showed no rebuild within 10 s of a save: ${printed}`), 10_000);
  for (let events = ''; !events.includes('"build":2');) {
    const { value, done } = await reader.read();
    if (done) fail(`kopiena serve's event stream ended: ${printed}`);
    events += value;
  }
  clearTimeout(deadline);
  const seconds = ((Date.now() - saved) / 1000).toFixed(1);
  await reader.cancel();
  if (!(await (await fetch(page)).text()).includes('Seen in the preview')) fail('kopiena serve rebuilt, but the page does not show the edit');
  child.kill('SIGINT');
  if ((await exited) !== 0) fail(`kopiena serve exited ${await exited} on Ctrl+C: ${printed}`);
  console.log(`the installed \`kopiena serve\` shows an edit ${seconds} s after the save, and stops on Ctrl+C`);
}

const dist = join(app, 'dist');
const server = await serve(dist);
const browser = await puppeteer.launch({ executablePath: await findChromium(), args: chromiumArgs });
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(/** @type {Error} */ (error).message));
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => document.body.dataset.loaded, { timeout: 10_000 });
  const title = await page.evaluate(() => document.querySelector('community-release').shadowRoot.querySelector('[part="title"]')?.textContent.trim());
  if (title !== 'Daugavpils active community inspires') fail(`the app rendered ${JSON.stringify(title)}`);
  if (errors.length) fail(`page errors: ${errors.join('; ')}`);
  console.log(`the scratch app renders <community-release> from the tarball: “${title}”`);

  for (const name of ['app-first', 'kopiena-first']) {
    await page.goto(`${server.origin}/${name}.html`);
    await page.waitForFunction(
      () =>
        document.body.dataset.ready &&
        [...document.querySelectorAll('community-release')].every((element) => element.shadowRoot?.querySelector('[part="dateline"]')),
      { timeout: 10_000 }
    );
    const seen = await page.evaluate(() => ({
      app: document.querySelector('#app-text').textContent,
      datelines: [...document.querySelectorAll('community-release')].map((element) => [
        element.lang,
        /** @type {HTMLElement} */ (element.shadowRoot.querySelector('[part="base"]')).lang,
        element.shadowRoot.querySelector('[part="dateline"]').textContent.trim(),
      ]),
    }));
    const [lv, en] = seen.datelines;
    if (seen.app !== 'Hallo aus der App') fail(`${name}: the app's own msg() gave ${JSON.stringify(seen.app)}`);
    if (lv[1] !== 'lv' || lv[2].startsWith('Press release')) fail(`${name}: the lv widget rendered ${JSON.stringify(lv)}`);
    if (en[1] !== 'en' || !en[2].startsWith('Press release')) fail(`${name}: the en widget rendered ${JSON.stringify(en)}`);
    if (errors.length) fail(`${name}: page errors: ${errors.join('; ')}`);
    console.log(
      `an app configuring @lit/localize ${name === 'app-first' ? 'before' : 'after'} importing kopiena: its own strings in German, the widgets in lv (“${lv[2]}”) and en`
    );
  }
} finally {
  await browser.close();
  server.close();
}
