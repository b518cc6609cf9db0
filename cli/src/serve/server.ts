/**
 * The preview's web server: the last good build of the site from its
 * folder, on 127.0.0.1 only, GET and HEAD only, with each file's content
 * type and CORS (so a partner page on another local port can load the
 * feed), plus what only a preview has under `/_kopiena/`: the event stream
 * that tells open pages to reload or to show problems, the script that
 * listens to it (added to each served page) and its stylesheet.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { PreviewText } from '../../../src/core.js';
import { escapeHtml } from '../site/escape.js';
import { contentType } from './content-types.js';
import { fileInside, pathSegments } from './paths.js';

export interface PreviewState {
  /** The number of the build served; 0 before the first good one. */
  build: number;
  /** The folder of the build served, when there is one. */
  root?: string;
  /** The source's problems, one line each as the terminal shows them. */
  problems: string[];
  errors: number;
  /** The words of the panel and the waiting page, in the source's language. */
  words: PreviewText;
}

export interface PreviewServer {
  server: Server;
  /** Tells every open page the state now (a new build reloads them; problems show on them). */
  announce(): void;
  /** Ends the event streams, so the server can close. */
  hangUp(): void;
}

const LIVE = '/_kopiena/';

const LIVE_CSS = `.kopiena-preview-problems { position: fixed; inset: auto 1rem 1rem 1rem; z-index: 2147483647; max-height: 60vh; overflow: auto;
  padding: 1rem 1.25rem; background: #fff8e1; color: #1a1a1a; border: 3px solid #b3261e; border-radius: 0.5rem;
  font: 1rem/1.5 system-ui, sans-serif; box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.3); }
.kopiena-preview-problems h2 { margin: 0 0 0.5rem; font-size: 1.15rem; color: #8c1d18; }
.kopiena-preview-problems ol { margin: 0.5rem 0; padding-left: 1.5rem; font-family: ui-monospace, monospace; font-size: 0.9rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.kopiena-preview-problems button { font: inherit; padding: 0.25rem 1rem; border: 2px solid #1a1a1a; border-radius: 0.25rem; background: #fff; color: #1a1a1a; cursor: pointer; }
.kopiena-preview-problems button:focus-visible { outline: 3px solid #1a4fd6; outline-offset: 2px; }
`;

/** The page shown while the source has never built. It holds no feed text: the problems arrive through the event stream. */
const waitingPage = ({ lang, waiting }: PreviewText) =>
  `<!doctype html>\n<html lang="${escapeHtml(lang)}">\n<head>\n<meta charset="utf-8">\n<title>kopiena serve</title>\n${liveTag(0)}\n</head>\n` +
  `<body>\n<main>\n<h1>kopiena serve</h1>\n<p>${escapeHtml(waiting)}</p>\n</main>\n</body>\n</html>\n`;

const liveTag = (build: number) => `<script src="${LIVE}live.js" data-build="${build}" defer></script>`;

/** The live script, built by cli/build.js: beside the CLI bundle, or in cli/dist when run from the sources (tests). */
function liveScript(): Promise<Buffer> {
  const candidates = ['./serve/live.js', '../../dist/serve/live.js'].map((path) => fileURLToPath(new URL(path, import.meta.url)));
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('the preview script is missing: run npm run build');
  return readFile(found);
}

/** `html` with the live script right after its Content-Security-Policy meta (or its charset), so the policy covers it. */
export function withLiveScript(html: string, build: number): string {
  const document = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const isMeta = (name: string) => (element: { name: string; attribs: Record<string, string> }) =>
    element.name === 'meta' && (name === 'charset' ? element.attribs.charset !== undefined : element.attribs['http-equiv']?.toLowerCase() === name);
  const anchor =
    DomUtils.findOne(isMeta('content-security-policy'), document.children) ??
    DomUtils.findOne(isMeta('charset'), document.children) ??
    DomUtils.findOne((element) => element.name === 'head', document.children);
  const at =
    anchor?.endIndex != null ? (anchor.name === 'head' ? anchor.startIndex! + html.slice(anchor.startIndex!).indexOf('>') : anchor.endIndex) + 1 : 0;
  return `${html.slice(0, at)}\n    ${liveTag(build)}${html.slice(at)}`;
}

function send(
  response: ServerResponse,
  request: IncomingMessage,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {}
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  response.writeHead(status, {
    'content-type': type,
    'content-length': String(bytes.length),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'access-control-allow-origin': '*',
    ...headers,
  });
  response.end(request.method === 'HEAD' ? undefined : bytes);
}

const isPage = (segments: readonly string[]) =>
  segments.length === 0 || !segments[segments.length - 1].includes('.') || segments[segments.length - 1].endsWith('.html');

/** A server for `state()`: bind it with `server.listen(port, '127.0.0.1')`. */
export function previewServer(state: () => PreviewState): PreviewServer {
  const streams = new Set<ServerResponse>();
  const message = () => {
    const { build, problems, errors, words } = state();
    return `data: ${JSON.stringify({ build, problems, errors, words })}\n\n`;
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const text = 'text/plain; charset=utf-8';
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, request, 405, text, 'only GET and HEAD\n', { allow: 'GET, HEAD' });
    // Another site's page that a DNS name rebound to 127.0.0.1 cannot read the preview: it sends its own name as Host.
    const { port } = server.address() as AddressInfo;
    if (request.headers.host !== `127.0.0.1:${port}` && request.headers.host !== `localhost:${port}`)
      return send(response, request, 403, text, `kopiena serve answers http://127.0.0.1:${port}/ only\n`);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === `${LIVE}events`) {
      response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
      if (request.method === 'HEAD') return void response.end();
      streams.add(response);
      response.on('close', () => streams.delete(response));
      return void response.write(message());
    }
    if (url.pathname === `${LIVE}live.js`) return send(response, request, 200, contentType('live.js'), await liveScript());
    if (url.pathname === `${LIVE}live.css`) return send(response, request, 200, contentType('live.css'), LIVE_CSS);
    const segments = pathSegments(url.pathname);
    if (!segments) return send(response, request, 400, text, 'not a path inside the site\n');
    const { root, build, words } = state();
    if (!root)
      return isPage(segments)
        ? send(response, request, 503, contentType('.html'), waitingPage(words))
        : send(response, request, 404, text, 'not found\n');
    let file = await fileInside(root, segments);
    if (file && (await stat(file)).isDirectory()) {
      if (!url.pathname.endsWith('/')) return send(response, request, 301, text, 'moved\n', { location: `${url.pathname}/${url.search}` });
      file = await fileInside(root, [...segments, 'index.html']);
    }
    if (!file) return send(response, request, 404, text, 'not found\n');
    const type = contentType(file);
    const body = await readFile(file);
    send(response, request, 200, type, type.startsWith('text/html') ? withLiveScript(body.toString('utf8'), build) : body);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, request, 500, 'text/plain; charset=utf-8', `${(error as Error).message}\n`);
      else response.destroy();
    });
  });
  return {
    server,
    announce: () => {
      for (const stream of streams) stream.write(message());
    },
    hangUp: () => {
      for (const stream of streams) stream.end();
      streams.clear();
    },
  };
}
