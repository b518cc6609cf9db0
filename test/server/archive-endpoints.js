// Test-server endpoints for feeds split into archive pages, counting every
// request by path, so browser tests can assert how many requests were made:
//
//   POST /__test/files/<id>          body: { "<path>": { json | text, status, delay, type } }
//   GET  /__test/files/<id>/<path>   serves what was posted (404 when absent)
//   GET  /__test/history/<run>/<releases>-<perPage>-<activities>/index.json (and archive/<n>.json)
//                                    a generated history (scripts/lib/history-feed.js)
//   GET  /__test/count?path=<path>   { "count": requests so far to that path }
import { makeHistory } from '../../scripts/lib/history-feed.js';

const files = new Map();
const counts = new Map();
const histories = new Map();

const readBody = (request) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });

function history(spec) {
  let built = histories.get(spec);
  if (!built) {
    const [releases, perPage, activities] = spec.split('-').map(Number);
    const { index, pages } = makeHistory({ releases, perPage, activities });
    built = new Map([['index.json', index], ...pages]);
    for (const [path, value] of built) built.set(path, JSON.stringify(value));
    histories.set(spec, built);
  }
  return built;
}

export async function archiveEndpoints(context, next) {
  const [, prefix, kind, ...rest] = context.path.split('/');
  if (prefix !== '__test' || !['files', 'history', 'count'].includes(kind)) return next();
  if (kind === 'count') {
    context.type = 'application/json';
    context.body = JSON.stringify({ count: counts.get(context.query.path) ?? 0 });
    return;
  }
  if (kind === 'files' && context.method === 'POST') {
    const posted = JSON.parse(await readBody(context.req));
    for (const [path, file] of Object.entries(posted)) files.set(`/__test/files/${rest[0]}/${path}`, file);
    context.status = 204;
    return;
  }
  counts.set(context.path, (counts.get(context.path) ?? 0) + 1);
  if (kind === 'history') {
    const text = history(rest[1])?.get(rest.slice(2).join('/'));
    context.status = text ? 200 : 404;
    context.type = 'application/json';
    context.body = text ?? 'not found';
    return;
  }
  const file = files.get(context.path);
  if (!file) {
    context.status = 404;
    context.body = 'not found';
    return;
  }
  if (file.delay) await new Promise((resolve) => setTimeout(resolve, file.delay));
  context.status = file.status ?? 200;
  context.type = file.type ?? 'application/json';
  context.body = file.text ?? JSON.stringify(file.json);
}
