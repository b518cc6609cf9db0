// A tiny static file server on loopback for the scripts that drive Chromium
// (benchmark, tarball test, landing pages): files under `root`, plus any
// `extra` path → [content type, body] pairs; `compress` gzips text for clients
// that accept it, as a static host does; `hostHeaders` answers with the
// headers the served site's own `_headers` gives each path, as Netlify and
// Cloudflare Pages would (host-files.js). Resolves to its origin and a close().
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersAt, parseHeadersFile } from './host-files.js';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.map': 'application/json',
};

export async function serve(folder, { extra = {}, headers = {}, compress = false, hostHeaders = false } = {}) {
  const root = resolve(folder);
  // Read at each request: the test may build the site after the server starts (to know its address).
  const siteHeaders = async (urlPath) => (hostHeaders ? headersAt(parseHeadersFile(await readFile(join(root, '_headers'), 'utf8')), urlPath) : {});
  const server = createServer(async (request, response) => {
    const urlPath = new URL(request.url, 'http://x').pathname;
    let path = decodeURIComponent(urlPath);
    if (extra[path]) return response.writeHead(200, { 'content-type': extra[path][0], ...headers }).end(extra[path][1]);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root + sep)) return response.writeHead(403).end();
    try {
      const body = await readFile(file);
      const own = await siteHeaders(urlPath);
      const type = own['content-type'] ?? types[extname(file)] ?? 'application/octet-stream';
      const gzip = compress && !type.startsWith('image/') && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response
        .writeHead(200, { ...own, 'content-type': type, ...headers, ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) })
        .end(gzip ? gzipSync(body) : body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}
