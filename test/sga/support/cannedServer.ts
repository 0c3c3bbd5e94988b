import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the canned server does with a request. */
export type Canned = { status: number; body: string } | 'reset';

export interface CannedServer {
  url: string;
  /** Method and path of every request, in order. */
  requests: { method: string; path: string }[];
  close(): Promise<void>;
}

/**
 * A server on 127.0.0.1 answering what `answer` says, for the few answers
 * the SGA sandbox cannot give (a 2xx carrying an error, a reset).
 */
export async function startCannedServer(
  answer: (path: string) => Canned,
): Promise<CannedServer> {
  const requests: CannedServer['requests'] = [];
  const server = createServer((req, res) => {
    req.resume();
    const path = req.url ?? '';
    requests.push({ method: req.method ?? '', path });
    const canned = answer(path);
    if (canned === 'reset') {
      req.socket.destroy();
      return;
    }
    res.writeHead(canned.status, { 'Content-Type': 'application/json' });
    res.end(canned.body);
  });
  await new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve()),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/sga/v2`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
