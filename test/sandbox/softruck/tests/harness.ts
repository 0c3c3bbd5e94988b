/**
 * What the sandbox's own tests share: two accounts, two enterprises, a
 * clock driven by hand, and a small fetch client for the loopback server.
 */
import {
  startSoftruckSandbox,
  type SoftruckAccount,
  type SoftruckSandbox,
  type SoftruckSandboxOptions,
} from '..';

// Bodies are checked by shape with expect, not read through types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** A response, its body parsed. */
export interface Answer {
  status: number;
  body: Json;
  text: string;
  headers: Headers;
}

/** How `call` shapes a request; an empty `publicKey` sends none. */
export interface CallOptions {
  body?: unknown;
  token?: string;
  publicKey?: string;
  contentType?: string;
}

/** The account tests log in with unless they say otherwise. */
export const ACCOUNT: SoftruckAccount = {
  username: 'integration',
  password: 'secret-1',
  publicKey: 'pk-main',
};
/** A second account, with a budget of its own. */
export const OTHER_ACCOUNT: SoftruckAccount = {
  username: 'second',
  password: 'secret-2',
  publicKey: 'pk-other',
};
/** The enterprise records are written to by default. */
export const ENTERPRISE_A = {
  id: 'entAAAAAAAAAAA1',
  cnpj: '11.222.333/0001-81',
  name: 'Protection A',
};
/** Another customer the same account also sees. */
export const ENTERPRISE_B = {
  id: 'entBBBBBBBBBBB2',
  cnpj: '44555666000199',
  name: 'Protection B',
};
/** Where the hand-driven clock starts for every test. */
export const START = 1_700_000_000_000;

/**
 * Installs the hooks that reset the clock and close every sandbox a test
 * opened. Sandboxes run on the hand-driven clock unless told otherwise.
 */
export function useSandboxes() {
  const opened: SoftruckSandbox[] = [];
  const clock = { ms: START };
  beforeEach(() => {
    clock.ms = START;
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((sandbox) => sandbox.close()));
  });
  const open = async (options: Partial<SoftruckSandboxOptions> = {}) => {
    const sandbox = await startSoftruckSandbox({
      accounts: [ACCOUNT, OTHER_ACCOUNT],
      enterprises: [ENTERPRISE_A, ENTERPRISE_B],
      now: () => clock.ms,
      ...options,
    });
    opened.push(sandbox);
    return sandbox;
  };
  return { open, clock };
}

/** Sends one request to the sandbox, as `ACCOUNT` unless told otherwise. */
export async function call(
  sandbox: SoftruckSandbox,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  const publicKey = options.publicKey ?? ACCOUNT.publicKey;
  if (publicKey !== '') headers['public-key'] = publicKey;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = options.contentType ?? 'application/json';
  }
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers,
    body,
    signal: AbortSignal.timeout(5000),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? JSON.parse(text) : undefined,
    text,
    headers: response.headers,
  };
}

/** Logs in and returns the access token. */
export async function loginAs(
  sandbox: SoftruckSandbox,
  account: SoftruckAccount = ACCOUNT,
): Promise<string> {
  const answer = await call(sandbox, 'POST', '/auth/login', {
    publicKey: account.publicKey,
    body: { username: account.username, password: account.password },
  });
  expect(answer.status).toBe(200);
  return answer.body.data.token;
}

/** A logged-in caller: `await api('GET', '/vehicles')`. */
export async function signIn(sandbox: SoftruckSandbox) {
  const token = await loginAs(sandbox);
  return (method: string, path: string, body?: unknown) =>
    call(sandbox, method, path, { token, body });
}

/** One item of a `POST /vehicles` batch. */
export function vehicleItem(
  attributes: Record<string, unknown>,
  enterpriseId = ENTERPRISE_A.id,
) {
  return {
    attributes,
    relationships: { enterprise: { type: 'enterprise', id: enterpriseId } },
  };
}

/** A `POST /users` body with one role. */
export function userBody(
  attributes: Record<string, unknown>,
  enterpriseId = ENTERPRISE_A.id,
) {
  return {
    data: {
      attributes,
      relationships: {
        enterprise: { data: { type: 'enterprise', id: enterpriseId } },
        roles: { data: [{ type: 'roles', id: 'driver' }] },
      },
    },
  };
}
