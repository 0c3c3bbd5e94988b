import {
  useSandboxes,
  ACCOUNT,
  OTHER_ACCOUNT,
  ENTERPRISE_A,
  START,
  call,
  loginAs,
  signIn,
  type Json,
} from './softruck/tests/harness';

const { open: openSandbox, clock } = useSandboxes();

describe('server', () => {
  it('listens on loopback under the /v2 base path', async () => {
    // Prepare / Act
    const sandbox = await openSandbox();

    // Assess
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v2$/);
  });

  it('answers 404 for a path outside the API', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const token = await loginAs(sandbox);

    // Act
    const answer = await call(sandbox, 'GET', '/nothing-here', { token });

    // Assess
    expect(answer.status).toBe(404);
  });

  it('answers 405 to a known path with another method', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const token = await loginAs(sandbox);

    // Act
    const answer = await call(sandbox, 'DELETE', '/vehicles', { token });

    // Assess
    expect(answer.status).toBe(405);
  });

  it('logs each request with its path, query, status and account', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);

    // Act
    await api('GET', '/vehicles?limit=5');

    // Assess
    expect(sandbox.requests).toEqual([
      {
        at: START,
        method: 'POST',
        path: '/v2/auth/login',
        query: '',
        status: 200,
        account: ACCOUNT.publicKey,
      },
      {
        at: START,
        method: 'GET',
        path: '/v2/vehicles',
        query: '?limit=5',
        status: 200,
        account: ACCOUNT.publicKey,
      },
    ]);
  });
});

describe('authentication', () => {
  it('answers a token pair to the right credentials and key', async () => {
    // Prepare
    const sandbox = await openSandbox();

    // Act
    const answer = await call(sandbox, 'POST', '/auth/login', {
      body: { username: ACCOUNT.username, password: ACCOUNT.password },
    });

    // Assess
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({
      token: expect.any(String),
      refresh_token: expect.any(String),
    });
  });

  it('refuses a wrong password with 401', async () => {
    // Prepare
    const sandbox = await openSandbox();

    // Act
    const answer = await call(sandbox, 'POST', '/auth/login', {
      body: { username: ACCOUNT.username, password: 'wrong' },
    });

    // Assess
    expect(answer.status).toBe(401);
  });

  it("refuses credentials sent with another account's public key", async () => {
    // Prepare
    const sandbox = await openSandbox();

    // Act
    const answer = await call(sandbox, 'POST', '/auth/login', {
      publicKey: OTHER_ACCOUNT.publicKey,
      body: { username: ACCOUNT.username, password: ACCOUNT.password },
    });

    // Assess
    expect(answer.status).toBe(401);
  });

  it('refuses a request without public-key, counting it nowhere', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const token = await loginAs(sandbox);

    // Act
    const answer = await call(sandbox, 'GET', '/vehicles', {
      token,
      publicKey: '',
    });

    // Assess
    expect(answer.status).toBe(401);
    expect(sandbox.requests[1].account).toBeUndefined();
  });

  it('refuses a public-key that names no account', async () => {
    // Prepare
    const sandbox = await openSandbox();

    // Act
    const answer = await call(sandbox, 'POST', '/auth/login', {
      publicKey: 'pk-unknown',
      body: { username: ACCOUNT.username, password: ACCOUNT.password },
    });

    // Assess
    expect(answer.status).toBe(401);
    expect(sandbox.maxAcceptedInAnyWindow()).toBe(0);
  });

  it('refuses a request without a bearer token', async () => {
    // Prepare
    const sandbox = await openSandbox();

    // Act
    const answer = await call(sandbox, 'GET', '/vehicles');

    // Assess
    expect(answer.status).toBe(401);
  });

  it("refuses a token sent with another account's public key", async () => {
    // Prepare
    const sandbox = await openSandbox();
    const token = await loginAs(sandbox);

    // Act
    const answer = await call(sandbox, 'GET', '/vehicles', {
      token,
      publicKey: OTHER_ACCOUNT.publicKey,
    });

    // Assess
    expect(answer.status).toBe(401);
  });

  it('refuses a token once its lifetime has passed', async () => {
    // Prepare
    const sandbox = await openSandbox({ tokenTtlMs: 1000 });
    const token = await loginAs(sandbox);
    clock.ms += 1000;

    // Act
    const answer = await call(sandbox, 'GET', '/vehicles', { token });

    // Assess
    expect(answer.status).toBe(401);
    expect(answer.body.message).toBe('token expired');
  });

  it('refuses every token handed out after expireTokens', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const token = await loginAs(sandbox);
    sandbox.expireTokens();

    // Act
    const answer = await call(sandbox, 'GET', '/vehicles', { token });

    // Assess
    expect(answer.status).toBe(401);
  });

  it('trades a token pair for a working one, only once', async () => {
    // Prepare
    const sandbox = await openSandbox({ tokenTtlMs: 1000 });
    const login = await call(sandbox, 'POST', '/auth/login', {
      body: { username: ACCOUNT.username, password: ACCOUNT.password },
    });
    const pair = {
      auth_token: login.body.data.token,
      refresh_token: login.body.data.refresh_token,
    };
    clock.ms += 1000;

    // Act
    const renewed = await call(sandbox, 'POST', '/auth/refresh-token', {
      body: pair,
    });
    const replayed = await call(sandbox, 'POST', '/auth/refresh-token', {
      body: pair,
    });
    const read = await call(sandbox, 'GET', '/vehicles', {
      token: renewed.body.data.token,
    });

    // Assess
    expect(renewed.status).toBe(200);
    expect(replayed.status).toBe(401);
    expect(read.status).toBe(200);
  });
});

describe('enterprises', () => {
  it('answers an enterprise by id', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);

    // Act
    const answer = await api('GET', `/enterprises/${ENTERPRISE_A.id}`);

    // Assess
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({
      id: ENTERPRISE_A.id,
      type: 'enterprises',
      attributes: { name: ENTERPRISE_A.name, cnpj: '11222333000181' },
    });
  });

  it('answers 404 for an unknown enterprise', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);

    // Act
    const answer = await api('GET', '/enterprises/unknown00000000');

    // Assess
    expect(answer.status).toBe(404);
  });

  it('finds an enterprise by the digits of its CNPJ', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);

    // Act
    const answer = await api(
      'GET',
      '/enterprises?filters[enterprises.cnpj][eq]=11222333000181',
    );

    // Assess
    expect(answer.body.data.map((e: Json) => e.id)).toEqual([ENTERPRISE_A.id]);
  });
});

describe('seeding', () => {
  it('refuses a second vehicle with a plate in one enterprise', async () => {
    // Prepare
    const sandbox = await openSandbox();
    sandbox.seedVehicle({ enterpriseId: ENTERPRISE_A.id, plate: 'ABC1D23' });

    // Act
    const act = () =>
      sandbox.seedVehicle({ enterpriseId: ENTERPRISE_A.id, plate: 'ABC1D23' });

    // Assess
    expect(act).toThrow(/already seeded/);
  });

  it('refuses an id that is not 15 alphanumerics', async () => {
    // Prepare
    const sandbox = await openSandbox();

    // Act
    const act = () =>
      sandbox.seedVehicle({
        enterpriseId: ENTERPRISE_A.id,
        plate: 'ABC1D23',
        id: 'short',
      });

    // Assess
    expect(act).toThrow(/15-character/);
  });

  it('keeps a seeded id and deactivation', async () => {
    // Prepare
    const sandbox = await openSandbox();

    // Act
    sandbox.seedVehicle({
      enterpriseId: ENTERPRISE_A.id,
      plate: 'ABC1D23',
      id: 'veh000000000001',
      deactivatedAt: '2024-01-02T03:04:05.000Z',
    });

    // Assess
    expect(sandbox.vehicles()[0]).toMatchObject({
      id: 'veh000000000001',
      deactivatedAt: '2024-01-02T03:04:05.000Z',
    });
  });

  it('refuses a seed that breaks the API limits', async () => {
    // Prepare
    const sandbox = await openSandbox();

    // Act
    const act = () =>
      sandbox.seedVehicle({
        enterpriseId: ENTERPRISE_A.id,
        plate: 'ABC1D23',
        vin: 'V'.repeat(21),
      });

    // Assess
    expect(act).toThrow(/seed\.vin/);
  });
});
