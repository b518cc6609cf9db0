// For the tarball test (pack-test.js): the widgets' script-tag bundle that a
// built site serves to partners (issue #26), in the command's tarball, and
// what a site the installed command built must hold (its own script and host
// files, the search index, the iframe embed and oEmbed). Each returns what
// is wrong: '' or an empty list when all is there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The bundle's chunks, as the widget build made them. */
export const bundleChunks = () => readdirSync('dist/chunks').filter((name) => name.endsWith('.js'));

/** Every chunk of the bundle travels in the command's tarball (the widgets load them beside kopiena.js). */
export function tarballProblem(tarballPaths) {
  const missing = ['kopiena.js', ...bundleChunks().map((chunk) => `chunks/${chunk}`)].filter(
    (path) => !tarballPaths.includes(`dist/kopiena/${path}`)
  );
  return missing.length ? `the bundle's ${missing.join(', ')} missing` : '';
}

/** A site `kopiena build` wrote with `baseUrl`: the bundle under assets/kopiena-<hash>/, host files, and the embed page handing it out. */
export function siteProblem(site, baseUrl) {
  const folder = readdirSync(join(site, 'assets')).find((name) => /^kopiena-[0-9a-f]{12}$/.test(name));
  if (!folder) return 'no assets/kopiena-<hash>/ bundle';
  const files = [
    '_headers',
    '.htaccess',
    ...['kopiena.js', '.htaccess', ...bundleChunks().map((chunk) => `chunks/${chunk}`)].map((name) => `assets/${folder}/${name}`),
  ];
  const missing = files.filter((path) => !existsSync(join(site, path)));
  if (missing.length) return `missing ${missing.join(', ')}`;
  if (!readFileSync(join(site, 'embed/index.html'), 'utf8').includes(`${baseUrl}/assets/${folder}/kopiena.js`))
    return 'the embed page does not hand out the site’s own script';
  return '';
}

/** Everything `kopiena build --base-url <baseUrl>` of the demo feed must have written into `site`, by the installed command. */
export function installedSiteProblems(site, { baseUrl, release, landing }) {
  const problems = [];
  const read = (path) => readFileSync(join(site, path), 'utf8');
  const own = siteProblem(site, baseUrl);
  if (own) problems.push(own);
  // The search index, made by Pagefind's binary from its npm package for this platform (no browser, no download at build time).
  const searchEntry = JSON.parse(read('pagefind/pagefind-entry.json'));
  for (const lang of ['lv', 'en', 'ru']) {
    if (searchEntry.languages?.[lang]?.page_count !== 1) problems.push(`no ${lang} landing page indexed for search`);
    if (!read(`${lang}/index.html`).includes('assets/search.js')) problems.push(`the ${lang} index page has no search box`);
  }
  // The iframe embed and its oEmbed: the frame pages with their classic scripts, and the JSON a landing page announces.
  const needed = ['feed.json', 'sitemap.xml', 'robots.txt', 'index.html', 'pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'assets/search.js'];
  needed.push('frame/frame.js', 'frame/resizer.js', 'frame/frame.css', `frame/en/release/${release}/index.html`, 'frame/lv/timeline/index.html');
  problems.push(...needed.filter((path) => !existsSync(join(site, path))).map((path) => `no ${path}`));
  const oembed = JSON.parse(read(`frame/en/release/${release}/oembed.json`));
  if (oembed.type !== 'rich' || !oembed.html.startsWith(`<iframe src="${baseUrl}/frame/en/release/${release}/"`))
    problems.push(`no oEmbed of the frame: ${JSON.stringify(oembed)}`);
  if (!landing.includes(`href="${baseUrl}/frame/en/release/${release}/oembed.json"`)) problems.push('the landing page announces no oEmbed');
  return problems;
}
