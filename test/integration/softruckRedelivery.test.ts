import { setLogLevel } from '../../functions/observability/logger';
import type { TenantOutcome } from '../../bin/local/runSync';
import { nextDay } from '../sandbox/sga';
import type { SoftruckSandbox } from '../sandbox/softruck';
import {
  ReconcileDriver,
  startWorld,
  type World,
} from '../softruck/pipelineHarness';

/**
 * Every reconcile message of tenant `twice` reaches the reconciler twice
 * in a row, as SQS may deliver it; tenant `once` reads the same SGA data
 * and gets each message once. After two days (with the time budget so
 * small that each invocation writes one step), Softruck must hold the
 * same for both.
 */
const ENTERPRISES = { once: 'EntOnce00000001', twice: 'EntTwice0000001' };

/** What an enterprise holds, without ids, in a comparable order. */
function holdings(softruck: SoftruckSandbox, enterpriseId: string) {
  const vehicles = softruck
    .vehicles()
    .filter((v) => v.enterpriseId === enterpriseId);
  const users = softruck.users().filter((u) => u.enterpriseId === enterpriseId);
  const codeOf = new Map(vehicles.map((v) => [v.id, v.attributes.code]));
  const cpfOf = new Map(users.map((u) => [u.id, u.attributes.cpf]));
  // The same associates in both tenants: the second to create a user
  // gets the tenant username, which is the only difference allowed.
  const username = (name: string | null) => name?.replace(/-(once|twice)$/, '');
  return {
    vehicles: vehicles
      .map((v) => ({ ...v.attributes, active: v.deactivatedAt === null }))
      .sort((a, b) => String(a.code).localeCompare(String(b.code))),
    users: users
      .map((u) => ({
        ...u.attributes,
        username: username(u.attributes.username),
        active: u.deactivatedAt === null,
      }))
      .sort((a, b) => String(a.cpf).localeCompare(String(b.cpf))),
    links: softruck
      .userLinks()
      .filter((l) => codeOf.has(l.vehicleId))
      .map((l) => `${codeOf.get(l.vehicleId)}>${cpfOf.get(l.userId)}`)
      .sort(),
  };
}

describe('reconcile messages delivered twice', () => {
  let world: World;
  const days: TenantOutcome[][] = [];
  const after: ReturnType<typeof holdings>[][] = [];
  let driver: ReconcileDriver;

  beforeAll(async () => {
    setLogLevel('warn');
    world = await startWorld({
      tenants: (['once', 'twice'] as const).map((id, i) => ({
        id,
        cnpj: ['11222333000181', '45997418000153'][i],
        enterpriseId: ENTERPRISES[id],
        sync: 'both',
        seed: 500,
        vehicles: 30,
      })),
      softruck: { ratePerMinute: 100_000 },
      env: {
        SOFTRUCK_RATE_PER_MINUTE: '100000',
        RECONCILE_TIME_BUDGET_MS: '1',
      },
      concurrency: { pages: 2, reconcile: 0 },
    });
    driver = new ReconcileDriver(world, (body) =>
      JSON.parse(body).tenantId === 'twice' ? 2 : 1,
    );
    driver.start();
    for (const [n, runId] of ['2026-12-01', '2026-12-02'].entries()) {
      if (n === 1) {
        const next = nextDay(world.records.get('once') ?? [], {
          seed: 501,
          newVehicles: 3,
          changed: 6,
          cancelled: 3,
          reactivated: 2,
          removed: 1,
        }).records;
        world.serve('once', next);
        world.serve('twice', next);
      }
      days.push(await world.sync(runId));
      after.push([
        holdings(world.softruck, ENTERPRISES.once),
        holdings(world.softruck, ENTERPRISES.twice),
      ]);
    }
    await driver.stop();
  }, 58_000);

  afterAll(async () => world?.close());

  it('finishes both days for both tenants', () => {
    expect(days.flat().map((o) => o.status)).toEqual([
      'DONE',
      'DONE',
      'DONE',
      'DONE',
    ]);
  });

  it('leaves Softruck after each day as a single delivery does', () => {
    for (const [once, twice] of after) {
      expect(once.vehicles.length).toBeGreaterThan(10);
      expect(twice).toEqual(once);
    }
  });

  it('changed something on the second day, so the comparison means something', () => {
    expect(after[1][0]).not.toEqual(after[0][0]);
  });

  it('reports the same for both tenants', () => {
    for (const outcomes of days) {
      const [once, twice] = outcomes.map((o) => o.report);
      expect(twice?.vehicles).toEqual(once?.vehicles);
      expect(twice?.users).toEqual(once?.users);
      expect(twice?.links).toEqual(once?.links);
    }
  });
});
