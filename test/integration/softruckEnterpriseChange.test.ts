import { setLogLevel } from '../../functions/observability/logger';
import type { TenantOutcome } from '../../bin/local/runSync';
import {
  ReconcileDriver,
  startWorld,
  type World,
} from '../softruck/pipelineHarness';

/**
 * The enterprise check is made once per run, but for the enterprise it
 * checked: when an operator points a tenant at another enterprise while
 * its run is still writing, the next continuation checks again and stops
 * before writing anything there.
 */
const ENTERPRISE = { alfa: 'EntAlfa00000001', beta: 'EntBeta00000001' };

describe("a tenant's enterprise changed while its run writes", () => {
  let world: World;
  let alfa: TenantOutcome;
  let enterpriseChecks: number;

  beforeAll(async () => {
    setLogLevel('error');
    world = await startWorld({
      tenants: [
        { id: 'alfa', cnpj: '11222333000181', seed: 700, vehicles: 60 },
        { id: 'beta', cnpj: '45997418000153', seed: 701, vehicles: 5 },
      ].map((t) => ({
        ...t,
        enterpriseId: ENTERPRISE[t.id as keyof typeof ENTERPRISE],
        sync: 'both' as const,
      })),
      softruck: { ratePerMinute: 100_000 },
      env: {
        SOFTRUCK_RATE_PER_MINUTE: '100000',
        RECONCILE_TIME_BUDGET_MS: '1',
      },
      concurrency: { pages: 2, reconcile: 0 },
    });
    const { services } = world.pipeline;
    let moved = false;
    const driver = new ReconcileDriver(world, 1, async (message) => {
      const { tenantId } = JSON.parse(message.Body ?? '{}');
      if (moved || tenantId !== 'alfa') return;
      const tenant = await services.tenants.get('alfa');
      if (!tenant) throw new Error('tenant alfa was not registered');
      await services.tenants.put({
        ...tenant,
        softruckEnterpriseId: ENTERPRISE.beta,
      });
      moved = true;
    });
    driver.start();
    const outcomes = await world.sync('2026-12-01');
    await driver.stop();
    alfa = outcomes.find((o) => o.tenantId === 'alfa') as TenantOutcome;
    enterpriseChecks = world.softruck.requests.filter(
      (r) => r.method === 'GET' && r.path.startsWith('/v2/enterprises/'),
    ).length;
  }, 58_000);

  afterAll(async () => world?.close());

  it("fails the run at the next continuation, naming the other CNPJ's enterprise", () => {
    expect(alfa.status).toBe('FAILED');
    expect(alfa.error).toBe(
      `enterprise ${ENTERPRISE.beta} belongs to another CNPJ than tenant ` +
        'alfa; nothing was written: correct softruckEnterpriseId',
    );
  });

  it('asked Softruck once for each enterprise each tenant wrote to', () => {
    // alfa: its own, then beta's; beta: its own.
    expect(enterpriseChecks).toBe(3);
  });

  it("wrote none of alfa's vehicles into the other enterprise", () => {
    const inBeta = world.softruck
      .vehicles()
      .filter((v) => v.enterpriseId === ENTERPRISE.beta);
    const betaCodes = new Set(
      (world.records.get('beta') ?? []).map((r) => String(r.codigo_veiculo)),
    );
    expect(inBeta.length).toBeGreaterThan(0);
    expect(
      inBeta.filter((v) => !betaCodes.has(String(v.attributes.code))),
    ).toEqual([]);
  });
});
