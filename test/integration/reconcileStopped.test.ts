import { WorkQueue } from '../../functions/queue/WorkQueue';
import type { ReconcileMessage } from '../../functions/queue/messages';
import { TENANTS } from '../support/sandboxes';
import { countsOf, holdings } from './holdings';
import { type RunsWorld, startRunsWorld } from './runsWorld';

/**
 * A reconcile whose continuation is lost stops with the run half
 * written. The resume schedule asks for it again once it has had no turn
 * for the stall time and nobody holds the tenant's lease; it then
 * finishes as an unbroken one would.
 */
const ALFA = TENANTS[0];
const VEHICLES = 12;
let world: RunsWorld;
let lost = 0;

beforeAll(async () => {
  world = await startRunsWorld({
    tenants: [ALFA],
    vehicles: [VEHICLES],
    // One step per turn, and the next turn at once: many continuations.
    env: { RECONCILE_TIME_BUDGET_MS: '1', RECONCILE_CONTINUE_DELAY_S: '0' },
    concurrency: { pages: 2, reconcile: 1 },
  });
  const send = WorkQueue.prototype.sendReconcile;
  let sent = 0;
  jest.spyOn(WorkQueue.prototype, 'sendReconcile').mockImplementation(function (
    this: WorkQueue,
    message: ReconcileMessage,
    delay?: number,
  ) {
    // The first is the read's own; the third, a continuation, is lost.
    if (++sent === 3) {
      lost++;
      return Promise.resolve();
    }
    return send.call(this, message, delay);
  });
  await world.sync('day-1');
}, 60_000);

afterAll(() => world.close());

const enterprise = () =>
  countsOf(holdings(world.sandboxes.softruck, ALFA.softruckEnterpriseId));
/** Vehicles, users and links: one turn writes a batch, a user or links. */
const recordsIn = () => {
  const { vehicles, users, links } = enterprise();
  return vehicles + users + links;
};

describe('a reconcile whose continuation was lost', () => {
  it('stops half written, the lease free', async () => {
    const run = await world.run(ALFA.id, 'day-1');

    expect(lost).toBe(1);
    expect(run.status).toBe('RECONCILING');
    expect(run.reconciledAt).toEqual(expect.any(Number));
    expect(await world.pipeline.services.leases.isHeld(ALFA.id)).toBe(false);
  });

  it('is not asked for again before the stall time', async () => {
    const result = await world.fanOut({ action: 'resume', tenantId: ALFA.id });

    expect(result.tenants).toEqual([]);
    expect((await world.run(ALFA.id, 'day-1')).status).toBe('RECONCILING');
  });

  it('is not asked for again while someone holds the lease', async () => {
    const { leases } = world.pipeline.services;
    await leases.acquire(ALFA.id, 'someone-else', 60_000);

    const result = await world.fanOut({
      action: 'resume',
      tenantId: ALFA.id,
      stalledAfterMinutes: 0,
    });
    await leases.release(ALFA.id, 'someone-else');

    expect(result.tenants).toEqual([]);
    expect((await world.run(ALFA.id, 'day-1')).status).toBe('RECONCILING');
  });

  it('once stalled, is asked for again and finishes every record', async () => {
    const written = recordsIn();

    const result = await world.fanOut({
      action: 'resume',
      tenantId: ALFA.id,
      stalledAfterMinutes: 0,
    });

    const { status, report } = await world.run(ALFA.id, 'day-1');
    expect(result.tenants).toEqual([
      expect.objectContaining({ tenantId: ALFA.id, outcome: 'joined' }),
    ]);
    expect(status).toBe('DONE');
    expect(report?.complete).toBe(true);
    expect([report?.vehicles.pending, report?.users.pending]).toEqual([0, 0]);
    expect(written).toBeLessThan(recordsIn());
    expect(enterprise().vehicles).toBe(report?.vehicles.created);
    expect(enterprise().users).toBe(report?.users.created);
  });

  it('leaves nothing for the next run over the same SGA data', async () => {
    await world.sync('day-2');

    const { report } = await world.run(ALFA.id, 'day-2');
    const writes = (c: { created: number; updated: number }) =>
      c.created + c.updated;
    expect(report?.vehicles.unchanged).toBeGreaterThan(0);
    expect([writes(report!.vehicles), writes(report!.users)]).toEqual([0, 0]);
  });
});
