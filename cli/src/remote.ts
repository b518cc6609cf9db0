/**
 * Reading a feed from the web, for every command that takes a URL
 * (`validate`, `build`, `import`). The server is not trusted: the answer is
 * counted while it streams and the connection is closed as soon as it
 * passes the 5 MB a feed may have, as sent and once uncompressed (a gzip,
 * deflate or brotli bomb stops after 5 MB of output, not after it filled
 * the memory); the whole answer must arrive within a time (30 s, or
 * `KOPIENA_TIMEOUT` seconds), also when it trickles in byte by byte;
 * redirects are followed a few times and only to http(s). Every failure is
 * an InputError in words: "could not read <url>: <why>".
 */
import { STATUS_CODES, request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { LIMITS } from '../../src/core.js';
import { InputError } from './errors.js';
import type { RemoteSlip } from './words/told.js';

/** Whether the command line names a URL rather than a file or folder. */
export const isRemote = (input: string): boolean => /^https?:\/\//i.test(input);

export const MAX_REDIRECTS = 5;
const DEFAULT_SECONDS = 30;

export interface RemoteOptions {
  /** The `accept` header. */
  accept?: string;
  /** Bytes allowed, as sent and once uncompressed. */
  limit?: number;
  /** The environment that may set `KOPIENA_TIMEOUT` (the command's `io.env`). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Seconds the whole answer may take: `KOPIENA_TIMEOUT` when it is a positive number (a slow link, or a test), else 30. */
export function timeoutSeconds(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const given = Number(env.KOPIENA_TIMEOUT);
  return Number.isFinite(given) && given > 0 ? given : DEFAULT_SECONDS;
}

/** A reason to stop reading (what "could not read <url>: …" says). */
class Refusal extends Error {
  constructor(readonly why: RemoteSlip) {
    super(why.slip);
  }
}

function decoderFor(encoding: string | undefined): Transform | undefined {
  const name = (encoding ?? '').trim().toLowerCase();
  if (name === '' || name === 'identity') return undefined;
  if (name === 'gzip' || name === 'x-gzip') return createGunzip();
  if (name === 'deflate') return createInflate();
  if (name === 'br') return createBrotliDecompress();
  throw new Refusal({ slip: 'compressed', name });
}

/** Sends one GET and resolves with the answer's head; the body is still to be read. */
function get(url: URL, accept: string, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(
      url,
      { agent: false, signal, headers: { accept, 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'kopiena' } },
      resolve
    );
    request.on('error', reject);
    request.end();
  });
}

/** The body of `response`, stopped as soon as it passes `limit` bytes as sent or as decoded. */
async function readBody(response: IncomingMessage, limit: number, signal: AbortSignal): Promise<Uint8Array> {
  const declared = Number(response.headers['content-length']);
  if (declared > limit) throw new Refusal({ slip: 'too-large', limit, size: declared });
  const decoder = decoderFor(response.headers['content-encoding']);
  let sent = 0;
  const countSent = async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      sent += chunk.length;
      if (sent > limit) throw new Refusal({ slip: 'too-large', limit });
      yield chunk;
    }
  };
  const chunks: Buffer[] = [];
  let size = 0;
  const collect = async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > limit) throw new Refusal({ slip: 'too-large', limit, uncompressed: true });
      chunks.push(chunk);
    }
  };
  // pipeline destroys every stream, the connection included, as soon as one step throws.
  if (decoder) await pipeline(response, countSent, decoder, collect, { signal });
  else await pipeline(response, countSent, collect, { signal });
  return new Uint8Array(Buffer.concat(chunks, size));
}

/** Why a connection or a read failed, in words. */
function networkReason(error: unknown, url: URL): RemoteSlip {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  switch (code) {
    case 'ENOTFOUND':
      return { slip: 'no-server', host: url.hostname };
    case 'EAI_AGAIN':
      return { slip: 'lookup', host: url.hostname };
    case 'ECONNREFUSED':
      return { slip: 'refused', host: url.host };
    case 'ECONNRESET':
    case 'EPIPE':
    case 'ERR_STREAM_PREMATURE_CLOSE':
      return { slip: 'closed' };
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ETIMEDOUT':
      return { slip: 'unreachable', system: code };
  }
  if (code.startsWith('Z_') || code.startsWith('ERR_BROTLI') || code.startsWith('ERR__')) return { slip: 'damaged' };
  if (code.includes('CERT') || code.includes('SELF_SIGNED') || code.includes('SIGNATURE')) return { slip: 'certificate', system: code };
  if (code.startsWith('HPE_')) return { slip: 'not-http' };
  return { slip: 'failed', system: code || (error as Error).message };
}

/**
 * Reads `address` (http or https) as bytes, bounded in size and time.
 * @throws InputError saying why it could not be read.
 */
export async function readRemote(address: string, { accept = '*/*', limit = LIMITS.bytes, env }: RemoteOptions = {}): Promise<Uint8Array> {
  const seconds = timeoutSeconds(env);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), seconds * 1000);
  const fail = (why: RemoteSlip) => new InputError({ code: 'remote', address, ...why });
  let answered = false;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    clearTimeout(timer);
    throw fail({ slip: 'not-address' });
  }
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await get(url, accept, controller.signal);
      answered = true;
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location !== undefined) {
        response.destroy();
        if (redirects === MAX_REDIRECTS) throw new Refusal({ slip: 'redirects', limit: MAX_REDIRECTS });
        const next = URL.canParse(location, url) ? new URL(location, url) : undefined;
        if (!next) throw new Refusal({ slip: 'redirect-not-address', location });
        if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new Refusal({ slip: 'redirect-not-http', href: next.href });
        url = next;
        answered = false;
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw new Refusal({ slip: 'status', status, text: STATUS_CODES[status] });
      }
      return await readBody(response, limit, controller.signal);
    }
  } catch (error) {
    if (error instanceof Refusal) throw fail(error.why);
    if (controller.signal.aborted) throw fail({ slip: 'timeout', seconds, answered });
    throw fail(networkReason(error, url));
  } finally {
    clearTimeout(timer);
  }
}
