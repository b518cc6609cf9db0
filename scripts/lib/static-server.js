// A tiny static file server on loopback for the scripts that drive Chromium
// (benchmark, tarball test, landing pages): files under `root`, plus any
// `extra` path → [content type, body] pairs; `compress` gzips text for clients
// that accept it, as a static host does. Resolves to its origin and a close().
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.map': 'application/json',
};

export async function serve(folder, { extra = {}, headers = {}, compress = false } = {}) {
  const root = resolve(folder);
  const server = createServer(async (request, response) => {
    let path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (extra[path]) return response.writeHead(200, { 'content-type': extra[path][0], ...headers }).end(extra[path][1]);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root + sep)) return response.writeHead(403).end();
    try {
      const body = await readFile(file);
      const type = types[extname(file)] ?? 'application/octet-stream';
      const gzip = compress && !type.startsWith('image/') && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response
        .writeHead(200, { 'content-type': type, ...headers, ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) })
        .end(gzip ? gzipSync(body) : body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}
