// A local web server for the tests of remote input (the command runs in this
// process, through helpers.ts, while the server answers).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

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
