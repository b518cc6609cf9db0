// A local web server for the tests of remote input, and the command run
// without blocking this process (spawnSync would stop the server answering).
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bin, type Run } from './helpers.js';

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  server: Server;
  close: () => Promise<void>;
}

export async function serve(handle: (request: IncomingMessage, response: ServerResponse) => void): Promise<TestServer> {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Runs the built `kopiena` as a child process while this one keeps serving. */
export function kopienaAsync(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * Writes `chunk` again and again, as fast as the reader takes it, until
 * `total` bytes or the reader hangs up; resolves with the bytes written.
 */
export function writeEndlessly(response: ServerResponse, chunk: Buffer, total: number): Promise<number> {
  return new Promise((resolve) => {
    let written = 0;
    let closed = false;
    response.on('close', () => {
      closed = true;
      resolve(written);
    });
    const more = () => {
      while (!closed && written < total) {
        written += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', more);
      }
      if (!closed) response.end(() => resolve(written));
    };
    more();
  });
}
