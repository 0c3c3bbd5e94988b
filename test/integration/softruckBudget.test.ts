import { setLogLevel } from '../../functions/observability/logger';
import type { TenantOutcome } from '../../bin/local/runSync';
import { startWorld, type World } from '../softruck/pipelineHarness';

/**
 * The shared Softruck budget across concurrent reconcilers, faster than
 * life with the same ratio: the sandbox accepts Softruck's 50 requests in
 * any 10-second window instead of a minute, and the sync's budget is set
 * to match (300 a minute: one request per 200 ms, plus its 2% margin).
 * The window is no shorter because the margin must cover this process's
 * own scheduling delays (the sandbox, DynamoDB and SQS all run in it, up
 * to ~100 ms): 2% of 10 s leaves 200 ms, as 2% of a minute leaves 1.2 s
 * for the network.
 */
const LIMIT = 50;
const WINDOW_MS = 10_000;

describe('three tenants reconciled at once against one Softruck account', () => {
  let world: World;
  let outcomes: TenantOutcome[];

  beforeAll(async () => {
    setLogLevel('warn');
    world = await startWorld({
      tenants: [
        { id: 'alfa', cnpj: '11222333000181', enterpriseId: 'EntAlfa00000001' },
        { id: 'beta', cnpj: '45997418000153', enterpriseId: 'EntBeta00000001' },
        { id: 'gama', cnpj: '12345678000195', enterpriseId: 'EntGama00000001' },
      ].map((t, i) => ({ ...t, sync: 'both', seed: 300 + i, vehicles: 30 })),
      softruck: { ratePerMinute: LIMIT, windowMs: WINDOW_MS },
      env: {
        SOFTRUCK_RATE_PER_MINUTE: String((LIMIT * 60_000) / WINDOW_MS),
        RECONCILE_TIME_BUDGET_MS: '60000',
      },
      concurrency: { pages: 3, reconcile: 3 },
    });
    outcomes = await world.sync('2026-12-01');
  }, 58_000);

  afterAll(async () => world?.close());

  it('finishes every tenant', () => {
    expect(outcomes.map((o) => o.status)).toEqual(['DONE', 'DONE', 'DONE']);
  });

  it('reconciled the tenants at the same time', () => {
    const reads = world.softruck.requests.filter((r) =>
      r.path.startsWith('/v2/enterprises/'),
    );
    // Every tenant checked its enterprise before the first tenant was done.
    const firstDone = Math.min(
      ...outcomes.map((o) => Date.parse(o.report?.finishedAt ?? '')),
    );
    expect(reads.filter((r) => r.at < firstDone)).toHaveLength(3);
  });

  it('never drew a 429', () => {
    expect(world.softruck.count429()).toBe(0);
  });

  it('never put more requests in a window than Softruck allows', () => {
    // More than one window's worth, which unpaced would come in far less.
    const { requests } = world.softruck;
    expect(requests.length).toBeGreaterThan(LIMIT);
    expect(requests[requests.length - 1].at - requests[0].at).toBeGreaterThan(
      WINDOW_MS,
    );
    expect(world.softruck.maxAcceptedInAnyWindow()).toBeLessThanOrEqual(LIMIT);
  });

  it('counted in the reports every request the sandbox received', () => {
    const counted = outcomes.reduce(
      (sum, o) => sum + (o.report?.calls.softruck ?? 0),
      0,
    );
    expect(counted).toBe(world.softruck.requests.length);
  });
});
