/**
 * What the Softruck client and apply tests share: a sandbox on the real
 * clock, a client pointed at it with fast retries, and an in-memory
 * stand-in for the sync's record of Softruck.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setLogSink, type LogSink } from '../../functions/observability/logger';
import { SoftruckApi } from '../../functions/softruck/SoftruckApi';
import {
  SoftruckClient,
  type SoftruckClientOptions,
} from '../../functions/softruck/SoftruckClient';
import type {
  SoftruckState,
  SoftruckStateStore,
} from '../../functions/state/SoftruckStateStore';
import type {
  UserAttributes,
  VehicleAttributes,
} from '../../functions/softruck/attributes';
import type { ApplyContext } from '../../functions/sync/applyPlan';
import {
  type Action,
  userLabel,
  vehicleLabel,
} from '../../functions/sync/plan';
import {
  startSoftruckSandbox,
  type SoftruckSandbox,
  type SoftruckSandboxOptions,
} from '../sandbox/softruck';

export const ACCOUNT = {
  username: 'sync-robot',
  password: 'pw-do-not-log-7731',
  publicKey: 'pk-softruck-test',
};
export const ENTERPRISE = {
  id: 'EntAlfa00000001',
  cnpj: '11222333000181',
  name: 'Associação Alfa',
};
export const OTHER_ENTERPRISE = {
  id: 'EntBeta00000001',
  cnpj: '45997418000153',
  name: 'Cooperativa Beta',
};

/**
 * Opens sandboxes for a test file and closes them after each test. Log
 * lines are swallowed; a test that reads them sets its own sink.
 */
export function useSoftruck() {
  const opened: SoftruckSandbox[] = [];
  let previous: LogSink;
  beforeAll(() => {
    previous = setLogSink(() => undefined);
  });
  afterAll(() => setLogSink(previous));
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
  });
  return async (options: Partial<SoftruckSandboxOptions> = {}) => {
    const sandbox = await startSoftruckSandbox({
      accounts: [ACCOUNT],
      enterprises: [ENTERPRISE, OTHER_ENTERPRISE],
      ratePerMinute: 100_000,
      ...options,
    });
    opened.push(sandbox);
    return sandbox;
  };
}

/** A client of `sandbox` that retries within milliseconds. */
export function clientOf(
  sandbox: SoftruckSandbox,
  options: Partial<SoftruckClientOptions> = {},
): SoftruckClient {
  return new SoftruckClient({
    baseUrl: sandbox.url,
    credentials: async () => ACCOUNT,
    pace: async () => undefined,
    timeoutMs: 5000,
    retryBaseMs: 5,
    ...options,
  });
}

/** The writes the sync's store was asked for, in order. */
export type StoreWrite = [op: string, key: string];

/** An in-memory SoftruckStateStore that records what it is asked. */
export function memoryStore(writes: StoreWrite[] = []) {
  return {
    writes,
    putVehicle: async (_t: string, v: { code: string }) => {
      writes.push(['putVehicle', v.code]);
    },
    putUser: async (_t: string, u: { document: string }) => {
      writes.push(['putUser', u.document]);
    },
    forgetVehicle: async (_t: string, code: string) => {
      writes.push(['forgetVehicle', code]);
    },
    forgetUser: async (_t: string, document: string) => {
      writes.push(['forgetUser', document]);
    },
  } as unknown as SoftruckStateStore & { writes: StoreWrite[] };
}

/** An apply context on `sandbox` for the tenant of `ENTERPRISE`. */
export function applyContext(
  sandbox: SoftruckSandbox,
  state: SoftruckState = { vehicles: new Map(), users: new Map() },
  client: SoftruckClient = clientOf(sandbox),
): ApplyContext & { store: ReturnType<typeof memoryStore> } {
  return {
    api: new SoftruckApi(client, 'driver'),
    store: memoryStore(),
    tenantId: 'alfa',
    enterpriseId: ENTERPRISE.id,
    runId: '2026-12-01',
    state,
    deadline: Date.now() + 60_000,
  };
}

/** Requests to Softruck other than logins, as `METHOD /path`. */
export function writesOf(sandbox: SoftruckSandbox): string[] {
  return sandbox.requests
    .filter((r) => r.method !== 'GET' && r.path !== '/v2/auth/login')
    .map((r) => `${r.method} ${r.path.replace(/\/[A-Za-z0-9]{15}/, '/:id')}`);
}

/** A planned vehicle create. */
export function vehicleCreate(
  code: string,
  attributes: Partial<VehicleAttributes> = {},
): Extract<Action, { type: 'create'; kind: 'vehicle' }> {
  return {
    type: 'create',
    kind: 'vehicle',
    key: code,
    label: vehicleLabel(code),
    attributes: { plate: `ABC${code.padStart(4, '0')}`, code, ...attributes },
  };
}

/** A planned user create, with the document digits as username. */
export function userCreate(
  cpf: string,
  attributes: Partial<UserAttributes> = {},
): Extract<Action, { type: 'create'; kind: 'user' }> {
  return {
    type: 'create',
    kind: 'user',
    key: cpf,
    label: userLabel(`a${cpf.slice(-3)}`),
    attributes: { username: cpf, name: `ASSOCIATE ${cpf}`, cpf, ...attributes },
  };
}

/** Vehicles and users the sandbox holds in `ENTERPRISE`. */
export function holdings(sandbox: SoftruckSandbox) {
  const mine = <T extends { enterpriseId: string }>(list: T[]) =>
    list.filter((r) => r.enterpriseId === ENTERPRISE.id);
  return { vehicles: mine(sandbox.vehicles()), users: mine(sandbox.users()) };
}

/**
 * Makes this process's first fetches (undici loading, some 50 ms) before
 * a test that measures request spacing: a window shorter than Softruck's
 * minute keeps its ratio but not its slack, and a one-off delay at the
 * start should not be what such a test measures.
 */
export async function warmFetch(): Promise<void> {
  const server = createServer((_, res) => res.end('ok'));
  await new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve()),
  );
  const { port } = server.address() as AddressInfo;
  for (let i = 0; i < 3; i++) {
    await (await fetch(`http://127.0.0.1:${port}/`)).text();
  }
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
