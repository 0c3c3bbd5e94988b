import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultInjector } from './FaultInjector';
import { createRequestHandler } from './requestHandler';
import { allRoutes } from './routes/allRoutes';
import { SandboxStore } from './SandboxStore';
import * as seeding from './seeding';
import { maxInAnyWindow, SlidingWindowLimiter } from './SlidingWindowLimiter';
import { TokenStore } from './TokenStore';
import type {
  SandboxRequest,
  SoftruckSandbox,
  SoftruckSandboxOptions,
} from './types';

const DEVICE_LINKS_PATH = '/v2/vehicles/associations/devices';

/**
 * Starts a local Softruck API v2 on 127.0.0.1, on a port of the system's
 * choosing, holding the given accounts and enterprises and nothing else.
 *
 * @example
 * const sandbox = await startSoftruckSandbox({
 *   accounts: [{ username: 'ops', password: 'pw', publicKey: 'pk' }],
 *   enterprises: [{ id: 'ent000000000001', cnpj: '11222333000181',
 *     name: 'Protege' }],
 *   ratePerMinute: 5,
 *   windowMs: 1000,
 * });
 * // ... point the client at sandbox.url, run, then assert:
 * expect(sandbox.maxAcceptedInAnyWindow()).toBeLessThanOrEqual(5);
 * await sandbox.close();
 */
export async function startSoftruckSandbox(
  options: SoftruckSandboxOptions,
): Promise<SoftruckSandbox> {
  const now = options.now ?? Date.now;
  const windowMs = options.windowMs ?? 60_000;
  const store = new SandboxStore(options.enterprises);
  const tokens = new TokenStore(options.tokenTtlMs ?? 3_600_000, now);
  const faults = new FaultInjector(options.faults);
  const requests: SandboxRequest[] = [];
  const server = createServer(
    createRequestHandler({
      routes: allRoutes({ store, tokens, accounts: options.accounts, now }),
      publicKeys: new Set(options.accounts.map((a) => a.publicKey)),
      limiter: new SlidingWindowLimiter(options.ratePerMinute ?? 50, windowMs),
      faults,
      tokens,
      requests,
      now,
    }),
  );
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}/v2`,
    close: () => close(server),
    setFaults: (patch) => faults.set(patch),
    faults: () => faults.current(),
    expireTokens: () => tokens.expireAll(),
    vehicles: () => structuredClone([...store.vehicles.values()]),
    users: () => structuredClone([...store.users.values()]),
    userLinks: () => structuredClone([...store.userLinks.values()]),
    deviceLinks: () => structuredClone([...store.deviceLinks.values()]),
    requests,
    deviceLinkWrites: () =>
      requests.filter(
        (r) => r.path === DEVICE_LINKS_PATH && r.method !== 'GET',
      ),
    maxAcceptedInAnyWindow: (account) =>
      busiestWindow(requests, windowMs, account),
    count429: () => requests.filter((r) => r.status === 429).length,
    seedVehicle: (seed) => seeding.seedVehicle(store, seed),
    seedUser: (seed) => seeding.seedUser(store, seed),
    seedUserLink: (link) => seeding.seedUserLink(store, link),
    seedDeviceLink: (link) => seeding.seedDeviceLink(store, link),
  };
}

/**
 * Counts what the limiter let through: every request of an account except
 * its 429s. Requests still in flight count too, as the limiter did.
 */
function busiestWindow(
  requests: SandboxRequest[],
  windowMs: number,
  account?: string,
): number {
  const times = new Map<string, number[]>();
  for (const request of requests) {
    if (request.account === undefined || request.status === 429) continue;
    if (account !== undefined && request.account !== account) continue;
    const list = times.get(request.account) ?? [];
    list.push(request.at);
    times.set(request.account, list);
  }
  let best = 0;
  for (const list of times.values()) {
    list.sort((a, b) => a - b);
    best = Math.max(best, maxInAnyWindow(list, windowMs));
  }
  return best;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Keep-alive sockets would hold close() open until they time out.
    server.closeAllConnections();
  });
}
