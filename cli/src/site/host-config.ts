/**
 * The host configuration `kopiena build` writes with the site, so partners'
 * pages can read it from another origin and browsers cache it well:
 *
 * - `_headers` for Netlify and Cloudflare Pages (neither serves the file);
 * - `.htaccess` for Apache, the usual shared host: one at the root, and one
 *   in each folder of hashed files that makes their caching long.
 *
 * What they say: CORS for everything (`Access-Control-Allow-Origin: *`: the
 * feed, its archive pages, the syndication feeds, the widgets' script and
 * chunks are all public, and the widgets send no cookies), the content
 * types a module script and a feed need, one year `immutable` for files
 * whose name holds their hash, five minutes then revalidation for the rest
 * (feeds and pages), and the security headers that fit the pages' own
 * policy (csp.ts): that policy travels in each page's `<meta>` (it names
 * each page's inline style hashes), so no header repeats or contradicts it,
 * and nothing forbids framing, because the widgets' iframes must work on
 * any partner's site. GitHub Pages needs none of this: it already sends
 * `Access-Control-Allow-Origin: *` and revalidates after ten minutes.
 *
 * Both hosts of `_headers` join the values of a header that two matching
 * rules set, so the rules are built never to overlap on a header: one rule
 * for everything (CORS and security), and for Cache-Control and
 * Content-Type one rule per top-level folder or file of the site, read
 * from the files actually written, so a new kind of file is covered too.
 */
export const SHORT_CACHE = 'public, max-age=300, must-revalidate';
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** Sent with every file. */
export const EVERY_FILE: ReadonlyArray<readonly [string, string]> = [
  ['Access-Control-Allow-Origin', '*'],
  ['Cross-Origin-Resource-Policy', 'cross-origin'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
];

/** Content types by extension, where a host's own table may be old or vague (charset included for text). */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  // A media kit's files (media-kit-files.ts), which some hosts' tables lack or name vaguely.
  pdf: 'application/pdf',
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  mp4: 'video/mp4',
  mp3: 'audio/mpeg',
  // The search index's WebAssembly (pagefind/): streamed compilation needs its own type.
  wasm: 'application/wasm',
};

const extension = (path: string) => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
};

export interface HostConfigOptions {
  /** Every file of the site, by path. */
  paths: readonly string[];
  /** Folders whose files are named by their content's hash (`assets/kopiena-<hash>/`), with a trailing slash. */
  immutable: readonly string[];
}

interface Rule {
  pattern: string;
  headers: Array<[string, string]>;
}

/** The one content type of a group of files, when they share one. */
function sharedType(paths: readonly string[]): string | undefined {
  const types = new Set(paths.map((path) => CONTENT_TYPES[extension(path)]));
  return types.size === 1 ? [...types][0] : undefined;
}

/** The `_headers` rules: what matches is disjoint for every header but the ones in EVERY_FILE (set by `/*` alone). */
function headerRules({ paths, immutable }: HostConfigOptions): Rule[] {
  const groups = new Map<string, string[]>();
  const add = (pattern: string, path: string) => groups.set(pattern, [...(groups.get(pattern) ?? []), path]);
  for (const path of paths) {
    const folder = immutable.find((prefix) => path.startsWith(prefix));
    const [top, ...rest] = path.split('/');
    // assets/ mixes hashed folders with files of fixed names, so its files get rules of their own.
    if (folder) add(`/${folder}*`, path);
    else if (!rest.length || top === 'assets') add(`/${path}`, path);
    else add(`/${top}/*`, path);
  }
  const rules: Rule[] = [{ pattern: '/*', headers: EVERY_FILE.map(([name, value]) => [name, value]) }];
  // The site's front page is asked for as `/`, which no file rule matches.
  if (paths.includes('index.html')) rules.push({ pattern: '/', headers: [['Cache-Control', SHORT_CACHE]] });
  const folderTypes: Rule[] = [];
  for (const [pattern, files] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const cache = immutable.some((folder) => pattern === `/${folder}*`) ? IMMUTABLE_CACHE : SHORT_CACHE;
    const type = sharedType(files);
    rules.push({ pattern, headers: [['Cache-Control', cache], ...(type ? [['Content-Type', type] as [string, string]] : [])] });
    // In a folder of mixed files (a language's pages), the JSON and XML right inside it (its feeds) get their type by name.
    if (!type && pattern.endsWith('/*') && pattern.split('/').length === 3)
      for (const file of files)
        if (file.split('/').length === 2 && ['json', 'xml'].includes(extension(file)))
          folderTypes.push({ pattern: `/${file}`, headers: [['Content-Type', CONTENT_TYPES[extension(file)]]] });
  }
  return [...rules, ...folderTypes];
}

const HEADERS_INTRO = `# Written by kopiena build, with the site: HTTP headers for Netlify and Cloudflare Pages
# (both read this file and do not serve it). Everything is public, so any site may read it
# (CORS); hashed files are cached for a year, feeds and pages revalidate after five minutes.
# A rebuild rewrites this file.
`;

/** `_headers`, for Netlify and Cloudflare Pages. */
export function headersFile(options: HostConfigOptions): string {
  const blocks = headerRules(options).map(({ pattern, headers }) => [pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `${HEADERS_INTRO}\n${blocks.join('\n\n')}\n`;
}

/** A value as an Apache argument: in double quotes, with `"` and `\` escaped (the values here have neither, but a quote would end the argument). */
const quoted = (value: string) => `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`;

const HTACCESS_INTRO = `# Written by kopiena build, with the site: settings for Apache (shared hosting), read
# where the site is served from, also below a subfolder of the host. Needs mod_mime and
# mod_headers, which shared hosts have; without them Apache skips these lines.
# Everything is public, so any site may read it (CORS); pages and feeds revalidate after
# five minutes; the folders of hashed files have their own .htaccess that caches them for a year.
# A rebuild rewrites this file.
`;

/** The root `.htaccess`: content types, CORS, security headers and short caching. */
function rootHtaccess(): string {
  const byType = new Map<string, string[]>();
  for (const [ext, type] of Object.entries(CONTENT_TYPES)) {
    const bare = type.split(';')[0];
    byType.set(bare, [...(byType.get(bare) ?? []), ext]);
  }
  const charset = Object.entries(CONTENT_TYPES)
    .filter(([, type]) => type.endsWith('charset=utf-8'))
    .map(([ext]) => `.${ext}`);
  const types = [...byType].map(([type, exts]) => `  AddType ${type} ${exts.map((ext) => `.${ext}`).join(' ')}`);
  const headers = [...EVERY_FILE, ['Cache-Control', SHORT_CACHE] as const].map(([name, value]) => `  Header set ${name} ${quoted(value)}`);
  return `${HTACCESS_INTRO}
<IfModule mod_mime.c>
${types.join('\n')}
  AddCharset utf-8 ${charset.join(' ')}
</IfModule>

<IfModule mod_headers.c>
${headers.join('\n')}
</IfModule>
`;
}

/** The `.htaccess` of a folder of hashed files: Apache applies it after the root's, so its Cache-Control replaces the root's. */
const immutableHtaccess = `# Written by kopiena build: the files in this folder are named by their content's hash,
# so a browser may keep them for a year without asking again.
<IfModule mod_headers.c>
  Header set Cache-Control ${quoted(IMMUTABLE_CACHE)}
</IfModule>
`;

/** Path → text: `_headers`, the root `.htaccess`, and one in each folder of hashed files that the site has. */
export function hostConfigFiles(options: HostConfigOptions): Map<string, string> {
  const files = new Map([
    ['_headers', headersFile(options)],
    ['.htaccess', rootHtaccess()],
  ]);
  for (const folder of options.immutable)
    if (options.paths.some((path) => path.startsWith(folder))) files.set(`${folder}.htaccess`, immutableHtaccess);
  return files;
}
