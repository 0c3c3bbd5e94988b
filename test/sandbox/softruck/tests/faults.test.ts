import { useSandboxes, ACCOUNT, call, signIn, vehicleItem } from './harness';

const { open: openSandbox } = useSandboxes();

describe('faults', () => {
  it('fails the next requests with status5xx, unprocessed', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);
    sandbox.setFaults({ failNext: 1, status5xx: 500 });

    // Act
    const failed = await api('POST', '/vehicles', {
      data: [vehicleItem({ plate: 'ABC1D23' })],
    });
    const vehiclesAfterFailure = sandbox.vehicles().length;
    const retried = await api('POST', '/vehicles', {
      data: [vehicleItem({ plate: 'ABC1D23' })],
    });

    // Assess
    expect(failed.status).toBe(500);
    expect(vehiclesAfterFailure).toBe(0);
    expect(retried.status).toBe(201);
  });

  it('counts an injected failure as an accepted request', async () => {
    // Prepare
    const sandbox = await openSandbox({ faults: { failNext: 1 } });

    // Act
    const answer = await call(sandbox, 'POST', '/auth/login', {
      body: { username: ACCOUNT.username, password: ACCOUNT.password },
    });

    // Assess
    expect(answer.status).toBe(503);
    expect(sandbox.maxAcceptedInAnyWindow()).toBe(1);
  });

  it('refuses the next requests with 429 whatever the budget', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);
    sandbox.setFaults({ rate429Next: 2 });

    // Act
    const answers = [
      await api('GET', '/vehicles'),
      await api('GET', '/vehicles'),
      await api('GET', '/vehicles'),
    ];

    // Assess
    expect(answers.map((a) => a.status)).toEqual([429, 429, 200]);
    expect(answers[0].headers.get('retry-after')).toBe('1');
    expect(sandbox.count429()).toBe(2);
    expect(sandbox.maxAcceptedInAnyWindow()).toBe(2);
  });

  it('performs a write, then answers 502 when losing it', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);
    sandbox.setFaults({ loseAnswerNext: 1 });

    // Act
    const lost = await api('POST', '/vehicles', {
      data: [vehicleItem({ plate: 'ABC1D23' })],
    });
    const retried = await api('POST', '/vehicles', {
      data: [vehicleItem({ plate: 'ABC1D23' })],
    });

    // Assess
    expect(lost.status).toBe(502);
    expect(sandbox.vehicles()).toHaveLength(1);
    expect(retried.text).toContain('Already Exists');
    expect(sandbox.requests[1].fault).toBe('loseAnswer');
  });

  it('keeps a lost answer for a write, past reads and logins', async () => {
    // Prepare
    const sandbox = await openSandbox({ faults: { loseAnswerNext: 1 } });
    const api = await signIn(sandbox);

    // Act
    const read = await api('GET', '/vehicles');
    const write = await api('POST', '/vehicles', {
      data: [vehicleItem({ plate: 'ABC1D23' })],
    });

    // Assess
    expect(read.status).toBe(200);
    expect(write.status).toBe(502);
    expect(sandbox.faults().loseAnswerNext).toBe(0);
  });

  it('fails the same requests for the same seed', async () => {
    // Prepare
    const faults = { failRate: 0.5, seed: 42 };
    const statusesOf = async () => {
      const sandbox = await openSandbox({ faults, ratePerMinute: 100 });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i += 1) {
        const answer = await call(sandbox, 'GET', '/enterprises');
        statuses.push(answer.status);
      }
      return statuses;
    };

    // Act
    const first = await statusesOf();
    const second = await statusesOf();

    // Assess
    expect(second).toEqual(first);
    expect(first).toContain(503);
    expect(first).toContain(401);
  });

  it('refuses a failRate outside 0 to 1', async () => {
    // Prepare
    const sandbox = await openSandbox();

    // Act
    const act = () => sandbox.setFaults({ failRate: 1.5 });

    // Assess
    expect(act).toThrow(RangeError);
  });
});
