import type { RunReport } from '../../functions/state/types';
import { nextDay } from '../sandbox/sga';
import { TENANTS, type TestTenant } from '../support/sandboxes';
import { countsOf, holdings } from './holdings';
import { type RunsWorld, startRunsWorld } from './runsWorld';

/**
 * The tenant's settings decide what is written: `sync` the kinds of
 * record, `deactivateNonActive` whether anything is ever switched off.
 */
const tenant = (
  id: string,
  sync: TestTenant['sync'],
  deactivateNonActive: boolean,
): TestTenant => ({
  ...TENANTS[0],
  id,
  sgaToken: `sga-token-${id}-0001`,
  softruckEnterpriseId: `Ent-${id}`,
  sync,
  deactivateNonActive,
});
const USERS = tenant('only-users', 'users', true);
const VEHICLES = tenant('only-vehicles', 'vehicles', true);
const KEEPS = tenant('never-deactivates', 'both', false);
let world: RunsWorld;

const holds = (t: TestTenant) =>
  countsOf(holdings(world.sandboxes.softruck, t.softruckEnterpriseId));
const reportOf = async (t: TestTenant) =>
  (await world.run(t.id, 'day-2')).report as RunReport;

beforeAll(async () => {
  world = await startRunsWorld({
    tenants: [USERS, VEHICLES, KEEPS],
    vehicles: [40, 40, 40],
  });
  await world.sync('day-1');
  [USERS, VEHICLES, KEEPS].forEach((t, i) =>
    world.serve(
      t.id,
      nextDay(world.initial[i], { seed: 20 + i, cancelled: 4, removed: 2 })
        .records,
    ),
  );
  await world.sync('day-2');
}, 60_000);

afterAll(() => world.close());

describe('the sync setting', () => {
  it('never writes a vehicle for a tenant that syncs users', async () => {
    const report = await reportOf(USERS);

    expect(holds(USERS)).toMatchObject({ vehicles: 0, links: 0 });
    expect(holds(USERS).users).toBeGreaterThan(0);
    expect(report.vehicles).toMatchObject({ created: 0, updated: 0 });
  });

  it('never writes a user for a tenant that syncs vehicles', async () => {
    const report = await reportOf(VEHICLES);

    expect(holds(VEHICLES)).toMatchObject({ users: 0, links: 0 });
    expect(holds(VEHICLES).vehicles).toBeGreaterThan(0);
    expect(report.users).toMatchObject({ created: 0, updated: 0 });
    expect(report.vehicles.deactivated).toBeGreaterThan(0);
  });
});

describe('deactivateNonActive off', () => {
  it('deactivates nothing, though SGA cancelled and removed vehicles', async () => {
    const report = await reportOf(KEEPS);
    const now = holds(KEEPS);

    expect(report.vehicles.deactivated + report.users.deactivated).toBe(0);
    expect(now.activeVehicles).toBe(now.vehicles);
    expect(now.activeUsers).toBe(now.users);
  });

  it('records the status changes it did not write', async () => {
    const { outcomes } = await world.describe(KEEPS.id, 'day-2');
    const notes = outcomes.filter((o) =>
      o.detail?.endsWith('not deactivated: the tenant never deactivates'),
    );

    expect(notes.map((o) => o.detail)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^not active in SGA \(/),
        'absent from SGA; not deactivated: the tenant never deactivates',
      ]),
    );
  });
});

describe('the outcomes of a run', () => {
  it('name records by ids only, never by CPF, name or e-mail', async () => {
    const personal = world.initial[2].flatMap((r) =>
      [r.cpf, r.nome_associado, r.email]
        .map((v) => String(v ?? '').replace(/[.\-/]/g, ''))
        .filter((v) => v.length >= 6),
    );
    const { outcomes } = await world.describe(KEEPS.id, 'day-1');
    const text = JSON.stringify(outcomes);

    expect(outcomes.length).toBeGreaterThan(40);
    expect(personal.length).toBeGreaterThan(80);
    expect(personal.filter((p) => text.includes(p))).toEqual([]);
  });
});
