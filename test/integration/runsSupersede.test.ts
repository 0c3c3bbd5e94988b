import { SgaClient } from '../../functions/sga/SgaClient';
import { TENANTS } from '../support/sandboxes';
import { type RunsWorld, startRunsWorld } from './runsWorld';

/**
 * A run not complete by the next day's run is superseded: it is reported
 * with its missing pages and never reconciles, not even when asked to.
 */
const ALFA = TENANTS[0];
let world: RunsWorld;
let failing = true;
let writesAfterDay2 = 0;

const softruckWrites = () =>
  world.sandboxes.softruck.requests.filter(
    (r) => r.method !== 'GET' && !r.path.includes('auth'),
  ).length;

beforeAll(async () => {
  world = await startRunsWorld({ tenants: [ALFA], vehicles: [50] });
  const page = SgaClient.prototype.page;
  jest.spyOn(SgaClient.prototype, 'page').mockImplementation(function (
    this: SgaClient,
    n: number,
  ) {
    if (failing && n === 3) return Promise.reject(new Error('timeout'));
    return page.call(this, n);
  });
  await world.sync('day-1');
  failing = false;
  await world.sync('day-2');
  writesAfterDay2 = softruckWrites();
}, 60_000);

afterAll(() => world.close());

describe('a run still incomplete when the next day runs', () => {
  it('is superseded by the next run, which finishes', async () => {
    const day1 = await world.run(ALFA.id, 'day-1');
    const day2 = await world.run(ALFA.id, 'day-2');

    expect(day1).toMatchObject({
      status: 'SUPERSEDED',
      error: 'superseded by day-2',
    });
    expect(day2.status).toBe('DONE');
  });

  it('is reported with the pages it missed', async () => {
    const { report } = await world.describe(ALFA.id, 'day-1');

    expect(report).toMatchObject({
      status: 'SUPERSEDED',
      complete: false,
      missingPages: [3],
    });
  });

  it('never wrote anything to Softruck', async () => {
    const { outcomes } = await world.describe(ALFA.id, 'day-1');

    expect(outcomes).toEqual([]);
  });

  it('never reconciles, even when a reconcile message for it arrives', async () => {
    await world.pipeline.services.queue.sendReconcile({
      tenantId: ALFA.id,
      runId: 'day-1',
    });
    await world.pipeline.drain(20_000);

    expect((await world.run(ALFA.id, 'day-1')).status).toBe('SUPERSEDED');
    expect(softruckWrites()).toBe(writesAfterDay2);
  });

  it('cannot be redriven, settled or released', async () => {
    const results = [];
    for (const action of ['redrive', 'settle', 'release']) {
      const { operations } = await world.fanOut({
        action,
        tenantId: ALFA.id,
        runId: 'day-1',
      });
      results.push(operations?.[0]?.outcome);
    }

    expect(results).toEqual(['refused', 'refused', 'refused']);
    expect((await world.run(ALFA.id, 'day-1')).status).toBe('SUPERSEDED');
  });
});
