import { setMetricSink } from '../../functions/observability/metrics';
import type { RunReport } from '../../functions/state/types';
import { nextDay, type RawRecord } from '../sandbox/sga';
import { TENANTS } from '../support/sandboxes';
import { countsOf, holdings } from './holdings';
import { type RunsWorld, startRunsWorld } from './runsWorld';

/**
 * The mass-deactivation brake: a run that would switch off too much holds
 * every deactivation and applies the rest; an operator releases one run;
 * a read of zero records is always held.
 */
const ALFA = { ...TENANTS[0], brakeMinimum: 5, brakeShare: 0.1 };
const BETA = {
  ...TENANTS[1],
  deactivateNonActive: true,
  brakeMinimum: 100_000,
  brakeShare: 1,
};
let world: RunsWorld;
let shrunk: RawRecord[];
const metrics: Record<string, unknown>[] = [];

const reportOf = async (tenantId: string, runId: string) =>
  (await world.run(tenantId, runId)).report as RunReport;
const alfaHolds = () =>
  countsOf(holdings(world.sandboxes.softruck, ALFA.softruckEnterpriseId));

beforeAll(async () => {
  world = await startRunsWorld({ tenants: [ALFA, BETA], vehicles: [60, 40] });
  setMetricSink((line) => metrics.push(JSON.parse(line)));
  await world.sync('day-1');
  shrunk = nextDay(world.initial[0], {
    seed: 3,
    removed: 15,
    newVehicles: 2,
  }).records;
  world.serve(ALFA.id, shrunk);
}, 60_000);

afterAll(() => world.close());

describe('the brake', () => {
  let before: ReturnType<typeof alfaHolds>;

  it('holds every deactivation of a run that would switch off too much', async () => {
    before = alfaHolds();

    await world.sync('day-2', { tenantId: ALFA.id });

    const report = await reportOf(ALFA.id, 'day-2');
    expect(report.held?.reason).toMatch(
      /vehicle deactivations exceed the brake/,
    );
    expect(report.vehicles.deactivated + report.users.deactivated).toBe(0);
    expect(alfaHolds().activeVehicles).toBe(
      before.activeVehicles + report.vehicles.created,
    );
  });

  it('counts the held run for its alarm', () => {
    expect(metrics).toContainEqual(
      expect.objectContaining({
        RunsHeld: 1,
        tenantId: ALFA.id,
        runId: 'day-2',
      }),
    );
  });

  it('applies the rest of that run', async () => {
    const report = await reportOf(ALFA.id, 'day-2');

    expect(report.vehicles.created).toBe(2);
  });

  it('lists the held records', async () => {
    const { held, report } = await world.describe(ALFA.id, 'day-2');

    expect(held).toHaveLength(report.held?.count ?? -1);
    expect(held.every((h) => /^(vehicle|user):/.test(h.key))).toBe(true);
  });

  it('releases only the tenant’s latest run', async () => {
    await world.sync('day-3', { tenantId: ALFA.id });

    const { operations } = await world.fanOut({
      action: 'release',
      tenantId: ALFA.id,
      runId: 'day-2',
    });

    expect(operations?.[0]).toMatchObject({
      outcome: 'refused',
      detail: 'run day-3 is newer; only the latest run can be changed',
    });
  });

  it('once released, makes the held deactivations of that run', async () => {
    const held = (await reportOf(ALFA.id, 'day-3')).held?.count ?? 0;
    const before = alfaHolds();

    const { operations } = await world.fanOut({
      action: 'release',
      tenantId: ALFA.id,
      runId: 'day-3',
    });

    const report = await reportOf(ALFA.id, 'day-3');
    expect(operations?.[0]?.outcome).toBe('released');
    expect(report.held).toBeNull();
    expect(report.vehicles.deactivated + report.users.deactivated).toBe(held);
    expect(alfaHolds().activeVehicles).toBe(
      before.activeVehicles - report.vehicles.deactivated,
    );
  });

  it('brakes again in the next run: a release is for one run only', async () => {
    world.serve(ALFA.id, nextDay(shrunk, { seed: 4, removed: 15 }).records);

    await world.sync('day-4', { tenantId: ALFA.id });

    expect((await reportOf(ALFA.id, 'day-4')).held).not.toBeNull();
  });

  it('always holds after SGA answers zero records, whatever the settings', async () => {
    const before = countsOf(
      holdings(world.sandboxes.softruck, BETA.softruckEnterpriseId),
    );
    world.serve(BETA.id, []);

    await world.sync('day-2', { tenantId: BETA.id });

    const report = await reportOf(BETA.id, 'day-2');
    expect(report.recordsRead).toBe(0);
    expect(report.held).toEqual({
      reason: 'SGA answered zero records for a tenant that has records',
      count: before.activeVehicles,
    });
    expect(
      countsOf(holdings(world.sandboxes.softruck, BETA.softruckEnterpriseId)),
    ).toEqual(before);
  });
});
