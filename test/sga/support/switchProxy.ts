import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SwitchProxy {
  url: string;
  /** Sends every request from now on to `baseUrl` (same path). */
  switchTo(baseUrl: string): void;
  close(): Promise<void>;
}

/**
 * A forwarder on 127.0.0.1 whose target can be switched between local
 * servers, so that one process (whose handlers read their base URL once)
 * can write to a second Softruck sandbox for a reference run.
 */
export async function startSwitchProxy(baseUrl: string): Promise<SwitchProxy> {
  let target = new URL(baseUrl);
  const server = createServer((req, res) => {
    const forward = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve()),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    switchTo(next) {
      target = new URL(next);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
