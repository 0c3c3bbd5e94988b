import {
  useSandboxes,
  ACCOUNT,
  OTHER_ACCOUNT,
  call,
  loginAs,
  signIn,
} from './harness';

const { open: openSandbox, clock } = useSandboxes();

describe('rate limit', () => {
  const LIMITED = { ratePerMinute: 3, windowMs: 1000 };

  it('refuses the request past the limit with 429, Retry-After', async () => {
    // Prepare
    const sandbox = await openSandbox(LIMITED);
    const api = await signIn(sandbox);
    await api('GET', '/vehicles');
    clock.ms += 400;
    await api('GET', '/vehicles');

    // Act
    const refused = await api('GET', '/vehicles');

    // Assess
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(sandbox.count429()).toBe(1);
  });

  it('counts logins toward the limit', async () => {
    // Prepare
    const sandbox = await openSandbox(LIMITED);
    const token = await loginAs(sandbox);
    await loginAs(sandbox);
    await loginAs(sandbox);

    // Act
    const answer = await call(sandbox, 'GET', '/vehicles', { token });

    // Assess
    expect(answer.status).toBe(429);
  });

  it('accepts again once the oldest request leaves the window', async () => {
    // Prepare
    const sandbox = await openSandbox(LIMITED);
    const api = await signIn(sandbox);
    clock.ms += 500;
    await api('GET', '/vehicles');
    await api('GET', '/vehicles');
    clock.ms += 499;
    const stillFull = await api('GET', '/vehicles');
    clock.ms += 1;

    // Act
    const answer = await api('GET', '/vehicles');

    // Assess
    expect(stillFull.status).toBe(429);
    expect(answer.status).toBe(200);
  });

  it('does not count refused requests', async () => {
    // Prepare
    const sandbox = await openSandbox(LIMITED);
    const api = await signIn(sandbox);
    await api('GET', '/vehicles');
    await api('GET', '/vehicles');
    clock.ms += 500;
    await api('GET', '/vehicles');
    await api('GET', '/vehicles');
    clock.ms += 500;

    // Act
    const answers = [
      await api('GET', '/vehicles'),
      await api('GET', '/vehicles'),
      await api('GET', '/vehicles'),
    ];

    // Assess
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
  });

  it('counts each account on its own', async () => {
    // Prepare
    const sandbox = await openSandbox(LIMITED);
    const api = await signIn(sandbox);
    await api('GET', '/vehicles');
    await api('GET', '/vehicles');

    // Act
    const otherLogin = await call(sandbox, 'POST', '/auth/login', {
      publicKey: OTHER_ACCOUNT.publicKey,
      body: {
        username: OTHER_ACCOUNT.username,
        password: OTHER_ACCOUNT.password,
      },
    });

    // Assess
    expect(otherLogin.status).toBe(200);
    expect(sandbox.maxAcceptedInAnyWindow(ACCOUNT.publicKey)).toBe(3);
    expect(sandbox.maxAcceptedInAnyWindow(OTHER_ACCOUNT.publicKey)).toBe(1);
  });

  it('reports the busiest window of accepted requests', async () => {
    // Prepare
    const sandbox = await openSandbox({ ratePerMinute: 10, windowMs: 1000 });
    const api = await signIn(sandbox);
    for (const step of [300, 300, 300, 300, 300]) {
      clock.ms += step;
      await api('GET', '/vehicles');
    }

    // Act
    const busiest = sandbox.maxAcceptedInAnyWindow();

    // Assess
    expect(busiest).toBe(4);
  });

  it('holds a real-time burst to the limit', async () => {
    // Prepare
    const sandbox = await openSandbox({
      ratePerMinute: 5,
      windowMs: 1000,
      now: Date.now,
    });
    const api = await signIn(sandbox);

    // Act
    const answers = await Promise.all(
      Array.from({ length: 7 }, () => api('GET', '/vehicles')),
    );

    // Assess
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429, 429]);
    expect(sandbox.maxAcceptedInAnyWindow()).toBe(5);
  });
});
