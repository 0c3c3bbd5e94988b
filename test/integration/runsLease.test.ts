import { LeaseStore } from '../../functions/state/LeaseStore';
import type { Run } from '../../functions/state/types';
import * as applyStep from '../../functions/sync/applyPlan';
import { reconcileRun } from '../../functions/sync/reconcileRun';
import { TENANTS } from '../support/sandboxes';
import { type RunsWorld, startRunsWorld } from './runsWorld';

/**
 * Two runs of one tenant never reconcile at once: the tenant's lease lets
 * one write while the other's message waits and comes back.
 */
const ALFA = TENANTS[0];
let world: RunsWorld;
const windows: { runId: string; start: number; end: number }[] = [];
const leaseAnswers: boolean[] = [];

/** A READ run holding the first run's records, with the given colour. */
async function readRun(runId: string, color: string): Promise<void> {
  const { services } = world.pipeline;
  const first = await services.runs.get(ALFA.id, 'day-1');
  const read = await services.reads.load(ALFA.id, 'day-1');
  const records = read.records.map((r) => ({
    ...r,
    vehicle: { ...r.vehicle, color },
  }));
  // All of the first run's records, stored as if one page held them.
  await services.reads.putPage(ALFA.id, runId, 1, {
    records,
    rejections: [],
  });
  const run: Run = {
    ...(first as Run),
    runId,
    status: 'READ',
    report: undefined,
    finishedAt: undefined,
  };
  await services.runs.create(run);
}

beforeAll(async () => {
  world = await startRunsWorld({
    tenants: [ALFA],
    vehicles: [40],
    concurrency: { pages: 2, reconcile: 4 },
    env: { RECONCILE_CONTINUE_DELAY_S: '1' },
  });
  await world.sync('day-1');
  const apply = applyStep.applyPlan;
  jest.spyOn(applyStep, 'applyPlan').mockImplementation(async (c, actions) => {
    const start = Date.now();
    try {
      return await apply(c, actions);
    } finally {
      windows.push({ runId: c.runId, start, end: Date.now() });
    }
  });
  const acquire = LeaseStore.prototype.acquire;
  jest
    .spyOn(LeaseStore.prototype, 'acquire')
    .mockImplementation(async function (this: LeaseStore, ...args) {
      const taken = await acquire.apply(this, args);
      leaseAnswers.push(taken);
      return taken;
    });
  await readRun('x-1', 'VERMELHO');
  await readRun('x-2', 'AZUL');
  // Both reconciles start at once; the one left out comes back through
  // the queue.
  const { services } = world.pipeline;
  await Promise.all(
    ['x-1', 'x-2'].map((runId) =>
      reconcileRun(services, { tenantId: ALFA.id, runId }),
    ),
  );
  await world.pipeline.drain(40_000);
}, 60_000);

afterAll(() => world.close());

describe('two runs of one tenant', () => {
  it('both finish', async () => {
    const statuses = await Promise.all(
      ['x-1', 'x-2'].map(async (id) => (await world.run(ALFA.id, id)).status),
    );

    expect(statuses).toEqual(['DONE', 'DONE']);
  });

  it('never write at the same time', () => {
    const [a, b] = [...windows].sort((x, y) => x.start - y.start);

    expect(new Set(windows.map((w) => w.runId))).toEqual(
      new Set(['x-1', 'x-2']),
    );
    expect(b.start).toBeGreaterThanOrEqual(a.end);
  });

  it('the second waited for the lease', () => {
    expect(leaseAnswers).toContain(false);
  });
});
