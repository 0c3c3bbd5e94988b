import {
  applyPlan,
  TRANSIENT_STREAK_LIMIT,
} from '../../functions/sync/applyPlan';
import type { Action } from '../../functions/sync/plan';
import {
  applyContext,
  clientOf,
  holdings,
  useSoftruck,
  userCreate,
  vehicleCreate,
  writesOf,
} from './harness';

const open = useSoftruck();
const vehicles = (n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => vehicleCreate(String(from + i)));
const CPFS = ['52596589060', '11144477735', '39053344705', '71428793860'];

describe('applyPlan', () => {
  it('creates vehicles 25 to a request', async () => {
    // Prepare
    const sandbox = await open();
    const c = applyContext(sandbox);

    // Act
    const result = await applyPlan(c, vehicles(30));

    // Assess
    expect(writesOf(sandbox)).toEqual(Array(2).fill('POST /v2/vehicles'));
    expect(holdings(sandbox).vehicles).toHaveLength(30);
    expect(result).toMatchObject({ remaining: [] });
    expect(result.outcomes.every((o) => o.outcome === 'created')).toBe(true);
  });

  it('fails a record Softruck refuses, with the field, and goes on', async () => {
    // Prepare
    const sandbox = await open();
    const c = applyContext(sandbox);
    const actions: Action[] = [
      userCreate(CPFS[0], { birthdate: '1984-02-31' }),
      userCreate(CPFS[1]),
    ];

    // Act
    const result = await applyPlan(c, actions);

    // Assess
    expect(result.outcomes.map((o) => [o.outcome, o.detail])).toEqual([
      ['failed', 'POST /users: validation failed at data.attributes.birthdate'],
      ['created', undefined],
    ]);
    expect(result.remaining).toEqual([]);
  });

  it('always applies the first step, even after the deadline', async () => {
    // Prepare
    const sandbox = await open();
    const c = { ...applyContext(sandbox), deadline: 0 };
    const actions = [...vehicles(2), userCreate(CPFS[0])];

    // Act
    const result = await applyPlan(c, actions);

    // Assess
    expect(result.outcomes).toHaveLength(2);
    expect(result.remaining).toEqual([actions[2]]);
    expect(result.interruption).toBe('time budget used');
  });

  it('fails alone a record whose write keeps failing, and goes on', async () => {
    // Prepare
    const sandbox = await open();
    const client = clientOf(sandbox, {
      attempts: 2,
      fetchImpl: async (url, init) =>
        String(init?.body).includes(CPFS[1])
          ? new Response('{}', { status: 500 })
          : fetch(url, init),
    });
    const c = applyContext(sandbox, undefined, client);

    // Act
    const result = await applyPlan(
      c,
      CPFS.map((cpf) => userCreate(cpf)),
    );

    // Assess
    expect(result.outcomes.map((o) => o.outcome)).toEqual([
      'created',
      'failed',
      'created',
      'created',
    ]);
    expect(result.outcomes[1]).toMatchObject({
      key: userCreate(CPFS[1]).label,
      detail: 'POST /users: HTTP 500',
    });
    expect(result.interruption).toBeUndefined();
    expect(holdings(sandbox).users).toHaveLength(3);
  });

  it('stops, leaving everything not done, when Softruck keeps failing', async () => {
    // Prepare
    const sandbox = await open();
    const c = applyContext(
      sandbox,
      undefined,
      clientOf(sandbox, { attempts: 2 }),
    );
    await c.api.enterprise('EntAlfa00000001');
    sandbox.setFaults({ failRate: 1 });
    const actions = [...vehicles(26), ...CPFS.map((cpf) => userCreate(cpf))];

    // Act
    const result = await applyPlan(c, actions);

    // Assess
    expect(TRANSIENT_STREAK_LIMIT).toBe(3);
    expect(result.outcomes).toEqual([]);
    expect(result.remaining).toEqual(actions);
    expect(result.interruption).toBe('POST /users: HTTP 503');
  });
});
