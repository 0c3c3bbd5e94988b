import { WorkQueue } from '../../functions/queue/WorkQueue';
import { SgaClient } from '../../functions/sga/SgaClient';
import type { PageMessage } from '../../functions/queue/messages';
import type { RunReport } from '../../functions/state/types';
import * as pageStep from '../../functions/sync/readRunPage';
import { dailyRunId } from '../../functions/sync/runId';
import { TENANTS } from '../support/sandboxes';
import { type RunsWorld, startRunsWorld } from './runsWorld';

/**
 * Messages come twice and out of order; schedules are retried. Every page
 * must count once, a retried schedule must join its run, and a repeated
 * reconcile must find nothing left to write.
 */
const ALFA = TENANTS[0];
const SCHEDULED = '2026-12-05T09:00:00Z';
let world: RunsWorld;
let pageReads: jest.SpyInstance;
let deliveries: jest.SpyInstance;

const sgaCalls = (route: string) =>
  world.sandboxes.sga.calls.filter((c) => c.route === route).length;
const softruckWrites = () =>
  world.sandboxes.softruck.requests.filter(
    (r) => r.method !== 'GET' && !r.path.includes('auth'),
  ).length;

beforeAll(async () => {
  world = await startRunsWorld({ tenants: [ALFA], vehicles: [60] });
  // Every page message is sent three times, as distinct messages.
  const send = WorkQueue.prototype.sendPages;
  jest
    .spyOn(WorkQueue.prototype, 'sendPages')
    .mockImplementation(async function (
      this: WorkQueue,
      pages: PageMessage[],
      generation = 0,
    ) {
      for (let copy = 0; copy < 3; copy++) {
        await send.call(this, pages, generation * 3 + copy);
      }
    });
  pageReads = jest.spyOn(SgaClient.prototype, 'page');
  deliveries = jest.spyOn(pageStep, 'readRunPage');
}, 60_000);

afterAll(() => world.close());

describe('pages delivered three times', () => {
  let report: RunReport;

  beforeAll(async () => {
    const [outcome] = await world.sync('day-1');
    report = outcome.report as RunReport;
  }, 60_000);

  it('count once: each page is read once and the run finishes', async () => {
    const run = await world.run(ALFA.id, 'day-1');

    expect(run.status).toBe('DONE');
    expect(deliveries).toHaveBeenCalledTimes(3 * run.pageCount);
    expect(run.pagesDone).toHaveLength(run.pageCount);
    expect(pageReads).toHaveBeenCalledTimes(run.pageCount);
  });

  it('create every vehicle once', () => {
    const vehicles = world.sandboxes.softruck
      .vehicles()
      .filter((v) => v.enterpriseId === ALFA.softruckEnterpriseId);
    const plates = new Set(vehicles.map((v) => v.attributes.plate));

    expect(vehicles).toHaveLength(report.vehicles.created);
    expect(plates.size).toBe(vehicles.length);
  });
});

describe('a retried schedule', () => {
  it('joins the run of its day instead of starting a second one', async () => {
    const pageCalls = pageReads.mock.calls.length;
    const countCalls = sgaCalls('pageCount');
    const event = { scheduledTime: SCHEDULED, tenantId: ALFA.id };

    const first = await world.pipeline.invokeFanOut(event);
    const retry = await world.fanOut(event);

    const runId = dailyRunId(new Date(SCHEDULED));
    expect(first).toMatchObject({ runId, tenants: [{ outcome: 'started' }] });
    expect(retry).toMatchObject({ runId, tenants: [{ outcome: 'joined' }] });
    const run = await world.run(ALFA.id, runId);
    expect(run.status).toBe('DONE');
    expect(pageReads.mock.calls.length - pageCalls).toBe(run.pageCount);
    // One count to start, one to check it did not change at the end.
    expect(sgaCalls('pageCount') - countCalls).toBe(2);
  });
});

describe('a reconcile message delivered again', () => {
  it('finds nothing left to write', async () => {
    const writes = softruckWrites();
    const runId = dailyRunId(new Date(SCHEDULED));

    for (let i = 0; i < 3; i++) {
      await world.pipeline.services.queue.sendReconcile({
        tenantId: ALFA.id,
        runId,
      });
    }
    await world.pipeline.drain(20_000);

    expect(softruckWrites()).toBe(writes);
    expect((await world.run(ALFA.id, runId)).status).toBe('DONE');
  });
});
