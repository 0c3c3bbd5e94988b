import { setLogSink, type LogSink } from '../../functions/observability/logger';
import {
  SoftruckAuthError,
  SoftruckLoginError,
} from '../../functions/softruck/errors';
import { ACCOUNT, clientOf, ENTERPRISE, useSoftruck } from './harness';

const open = useSoftruck();
const ENTERPRISE_PATH = `/enterprises/${ENTERPRISE.id}`;
const logins = (sandbox: { requests: { path: string }[] }) =>
  sandbox.requests.filter((r) => r.path === '/v2/auth/login').length;

describe('SoftruckClient login', () => {
  it('logs in once and reuses the token for later calls', async () => {
    // Prepare
    const sandbox = await open();
    const client = clientOf(sandbox);

    // Act
    for (let i = 0; i < 3; i++) await client.request('GET', ENTERPRISE_PATH);

    // Assess
    expect(logins(sandbox)).toBe(1);
    expect(sandbox.requests).toHaveLength(4);
    expect(client.calls).toBe(4);
  });

  it('makes one login for many calls that start together', async () => {
    // Prepare
    const sandbox = await open();
    const client = clientOf(sandbox);

    // Act
    await Promise.all(
      Array.from({ length: 6 }, () => client.request('GET', ENTERPRISE_PATH)),
    );

    // Assess
    expect(logins(sandbox)).toBe(1);
  });

  it('logs in again once when the token has expired, and goes on', async () => {
    // Prepare
    const sandbox = await open();
    const client = clientOf(sandbox);
    await client.request('GET', ENTERPRISE_PATH);
    sandbox.expireTokens();

    // Act
    const out = await client.request<{ data: { id: string } }>(
      'GET',
      ENTERPRISE_PATH,
    );

    // Assess
    expect(out.data.id).toBe(ENTERPRISE.id);
    expect(logins(sandbox)).toBe(2);
    expect(sandbox.requests.map((r) => r.status)).toEqual([
      200, 200, 401, 200, 200,
    ]);
  });

  it('fails when a fresh token is refused too, after one more login', async () => {
    // Prepare
    let clock = 0;
    // Each request is a second later than the last: every token is stale.
    const sandbox = await open({ tokenTtlMs: 500, now: () => (clock += 1000) });
    const client = clientOf(sandbox);

    // Act
    const calling = client.request('GET', ENTERPRISE_PATH);

    // Assess
    await expect(calling).rejects.toBeInstanceOf(SoftruckAuthError);
    expect(logins(sandbox)).toBe(2);
    expect(sandbox.requests).toHaveLength(4);
  });

  it('fails at once, without a second login, when the password is wrong', async () => {
    // Prepare
    const sandbox = await open();
    const client = clientOf(sandbox, {
      credentials: async () => ({ ...ACCOUNT, password: 'wrong' }),
    });

    // Act
    const calling = client.request('GET', ENTERPRISE_PATH);

    // Assess
    await expect(calling).rejects.toBeInstanceOf(SoftruckLoginError);
    expect(sandbox.requests).toHaveLength(1);
  });

  it('logs in anew when the credential changes (a rotated secret)', async () => {
    // Prepare
    const second = { ...ACCOUNT, username: 'sync-robot-2', password: 'pw-2' };
    const sandbox = await open({ accounts: [ACCOUNT, second] });
    let current = ACCOUNT;
    const client = clientOf(sandbox, { credentials: async () => current });
    await client.request('GET', ENTERPRISE_PATH);

    // Act
    current = second;
    await client.request('GET', ENTERPRISE_PATH);
    await client.request('GET', ENTERPRISE_PATH);

    // Assess
    expect(logins(sandbox)).toBe(2);
  });
});

describe('SoftruckClient logs', () => {
  let lines: string[];
  let previous: LogSink;
  beforeEach(() => {
    lines = [];
    previous = setLogSink((line) => lines.push(line));
  });
  afterEach(() => setLogSink(previous));

  it('never write a token, the password or the public key', async () => {
    // Prepare
    const sandbox = await open();
    const tokens: string[] = [];
    const client = clientOf(sandbox, {
      fetchImpl: async (url, init) => {
        const auth = new Headers(init?.headers).get('authorization');
        if (auth) tokens.push(auth.replace('Bearer ', ''));
        return fetch(url, init);
      },
    });
    await client.request('GET', ENTERPRISE_PATH);
    sandbox.expireTokens();
    sandbox.setFaults({ failNext: 1, rate429Next: 1 });

    // Act
    await client.request('GET', ENTERPRISE_PATH);
    await clientOf(sandbox, {
      credentials: async () => ({ ...ACCOUNT, password: 'wrong-pw-4410' }),
    })
      .request('GET', ENTERPRISE_PATH)
      .catch(() => undefined);

    // Assess
    const logged = lines.join('\n');
    expect(lines.map((l) => JSON.parse(l).message)).toEqual(
      expect.arrayContaining([
        'softruck token refused; logging in again',
        'softruck call retried',
      ]),
    );
    expect(new Set(tokens).size).toBe(2);
    for (const secret of [
      ...tokens,
      ACCOUNT.password,
      'wrong-pw-4410',
      ACCOUNT.publicKey,
    ]) {
      expect(logged).not.toContain(secret);
    }
  });
});
