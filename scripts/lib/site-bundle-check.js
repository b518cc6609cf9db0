// For the tarball test (pack-test.js): the widgets' script-tag bundle that a
// built site serves to partners (issue #26), in the command's tarball and in
// a site the installed command built. Each returns a problem, or '' when all is there.
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
