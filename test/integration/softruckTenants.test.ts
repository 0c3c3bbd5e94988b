import { normalizeRecord } from '../../functions/normalize';
import { setLogLevel } from '../../functions/observability/logger';
import type { TenantOutcome } from '../../bin/local/runSync';
import type { SandboxRequest } from '../sandbox/softruck';
import { startWorld, type World } from '../softruck/pipelineHarness';

/**
 * Tenants side by side on one Softruck account: `alfa` and `beta` serve
 * the same associates (the same people insured twice), `stray` names the
 * enterprise of `alfa` as its own. One associate's usernames are taken
 * by hand in a third enterprise, so that their user fails every run.
 */
const ENTERPRISE = {
  alfa: 'EntAlfa00000001',
  beta: 'EntBeta00000001',
  stray: 'EntStray0000001',
};

describe('tenants sharing one Softruck account', () => {
  let world: World;
  const days: TenantOutcome[][] = [];
  const requests: SandboxRequest[][] = [];
  let blocked: { cpf: string; label: string };

  const outcome = (day: number, id: string) => {
    const found = days[day].find((o) => o.tenantId === id);
    if (!found) throw new Error(`no outcome for ${id}`);
    return found;
  };

  beforeAll(async () => {
    setLogLevel('error');
    world = await startWorld({
      tenants: [
        { id: 'alfa', cnpj: '11222333000181', seed: 600 },
        { id: 'beta', cnpj: '45997418000153', seed: 600 },
        {
          id: 'stray',
          cnpj: '12345678000195',
          seed: 601,
          claimsEnterpriseId: ENTERPRISE.alfa,
        },
      ].map((t) => ({
        ...t,
        enterpriseId: ENTERPRISE[t.id as keyof typeof ENTERPRISE],
        sync: 'both',
        vehicles: 20,
      })),
      softruck: { ratePerMinute: 100_000 },
      env: {
        SOFTRUCK_RATE_PER_MINUTE: '100000',
        RECONCILE_TIME_BUDGET_MS: '60000',
      },
      concurrency: { pages: 3, reconcile: 3 },
    });
    blocked = firstActiveAssociate(world.records.get('alfa') ?? []);
    for (const username of [blocked.cpf, `${blocked.cpf}-alfa`]) {
      world.softruck.seedUser({
        enterpriseId: ENTERPRISE.stray,
        username,
        name: 'SOMEONE ELSE',
      });
    }
    for (const runId of ['2026-12-01', '2026-12-02']) {
      const from = world.softruck.requests.length;
      days.push(await world.sync(runId));
      requests.push(world.softruck.requests.slice(from));
    }
  }, 58_000);

  afterAll(async () => world?.close());

  it('stops the tenant whose enterprise has another CNPJ, saying why', () => {
    const stray = outcome(0, 'stray');
    expect(stray.status).toBe('FAILED');
    expect(stray.error).toBe(
      `enterprise ${ENTERPRISE.alfa} belongs to another CNPJ than tenant ` +
        'stray; nothing was written: correct softruckEnterpriseId',
    );
  });

  it('writes nothing for the stopped tenant, anywhere', async () => {
    const { state } = await world.pipeline.services.softruckState.load('stray');
    expect(state.vehicles.size + state.users.size).toBe(0);
    const alfa = outcome(0, 'alfa').report;
    const inAlfa = world.softruck
      .vehicles()
      .filter((v) => v.enterpriseId === ENTERPRISE.alfa);
    expect(inAlfa).toHaveLength(alfa?.vehicles.created ?? -1);
  });

  it('gives the same associate a user in each tenant, one under a tenant username', () => {
    const usersOf = (enterpriseId: string) =>
      new Map(
        world.softruck
          .users()
          .filter((u) => u.enterpriseId === enterpriseId)
          .map((u) => [u.attributes.cpf, u.attributes.username]),
      );
    const alfa = usersOf(ENTERPRISE.alfa);
    const beta = usersOf(ENTERPRISE.beta);
    const shared = [...alfa.keys()].filter((cpf) => beta.has(cpf));
    expect(shared.length).toBeGreaterThan(5);
    for (const cpf of shared) {
      const pair = [alfa.get(cpf), beta.get(cpf)].sort();
      expect([
        [cpf, `${cpf}-alfa`].sort(),
        [cpf, `${cpf}-beta`].sort(),
      ]).toContainEqual(pair);
    }
  });

  it('reports the user whose usernames are all taken, with the reason', () => {
    const failures = outcome(0, 'alfa').report?.failures ?? [];
    expect(failures).toContainEqual({
      key: blocked.label,
      reason: 'username taken outside the tenant enterprise, tenant one too',
    });
  });

  it('tries that user again on the next run, and reports it again', () => {
    const failures = outcome(1, 'alfa').report?.failures ?? [];
    expect(failures.map((f) => f.key)).toContain(blocked.label);
    const userCreates = requests[1].filter(
      (r) => r.method === 'POST' && r.path === '/v2/users',
    );
    expect(userCreates.length).toBeGreaterThanOrEqual(2);
  });

  it('makes no other write on the second day, SGA being unchanged', () => {
    const writes = requests[1].filter(
      (r) => r.method !== 'GET' && !r.path.endsWith('/auth/login'),
    );
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /v2/users',
      'POST /v2/users',
    ]);
  });
});

/** The CPF and report label of the first associate with an active vehicle. */
function firstActiveAssociate(records: Record<string, unknown>[]) {
  for (const raw of records) {
    const read = normalizeRecord(raw);
    if (!read.ok || !read.associate?.code) continue;
    if (read.vehicle.status !== 'ATIVO') continue;
    if (read.associate.document.length !== 11) continue;
    return {
      cpf: read.associate.document,
      label: `user:associate-${read.associate.code}`,
    };
  }
  throw new Error('no active associate in the association');
}
