import { SgaClient } from '../../functions/sga/SgaClient';
import type { RunReport } from '../../functions/state/types';
import { nextDay } from '../sandbox/sga';
import { TENANTS } from '../support/sandboxes';
import { countsOf, holdings } from './holdings';
import { type RunsWorld, startRunsWorld } from './runsWorld';

/**
 * A page that keeps failing ends in the page queue's dead-letter queue.
 * Its run is incomplete and names the page; settled, it writes creates
 * and updates but no deactivation; redriven, it finishes complete.
 */
const ALFA = TENANTS[0];
const FAILING_PAGE = 2;
let world: RunsWorld;
let failing = false;

beforeAll(async () => {
  world = await startRunsWorld({ tenants: [ALFA], vehicles: [50] });
  const page = SgaClient.prototype.page;
  jest.spyOn(SgaClient.prototype, 'page').mockImplementation(function (
    this: SgaClient,
    n: number,
  ) {
    if (failing && n === FAILING_PAGE) {
      return Promise.reject(new Error('connection reset by SGA'));
    }
    return page.call(this, n);
  });
  await world.sync('day-1');
  world.serve(
    ALFA.id,
    nextDay(world.initial[0], {
      seed: 7,
      cancelled: 4,
      removed: 2,
      changed: 4,
      newVehicles: 3,
    }).records,
  );
  failing = true;
  await world.sync('day-2');
}, 60_000);

afterAll(() => world.close());

const enterprise = () =>
  countsOf(holdings(world.sandboxes.softruck, ALFA.softruckEnterpriseId));

describe('a run with a dead-lettered page', () => {
  let day1: ReturnType<typeof enterprise>;
  let settled: RunReport;

  it('stays incomplete and names the page that is missing', async () => {
    const { run, report } = await world.describe(ALFA.id, 'day-2');

    expect(run.status).toBe('READING');
    expect(report.missingPages).toEqual([FAILING_PAGE]);
    expect(world.pipeline.aws.sqs.sqs.counts('pages-dlq.fifo').visible).toBe(1);
  });

  it('is not given up by the resume schedule before the stall time', async () => {
    const result = await world.fanOut({ action: 'resume', tenantId: ALFA.id });

    expect(result.operations).toEqual([]);
    expect((await world.run(ALFA.id, 'day-2')).status).toBe('READING');
  });

  it('once settled, creates and updates and deactivates nothing', async () => {
    day1 = enterprise();

    await world.fanOut({
      action: 'resume',
      tenantId: ALFA.id,
      stalledAfterMinutes: 0,
    });

    const run = await world.run(ALFA.id, 'day-2');
    settled = run.report as RunReport;
    expect(run.status).toBe('DONE');
    expect(settled).toMatchObject({ complete: false, missingPages: [2] });
    expect(settled.vehicles.created + settled.vehicles.updated).toBeGreaterThan(
      0,
    );
    expect(settled.vehicles.deactivated + settled.users.deactivated).toBe(0);
    expect(enterprise().activeVehicles).toBe(
      day1.activeVehicles + settled.vehicles.created,
    );
  });

  it('records why the cancelled vehicles it read were not deactivated', async () => {
    const { outcomes } = await world.describe(ALFA.id, 'day-2');

    expect(outcomes.map((o) => o.detail)).toContainEqual(
      expect.stringMatching(/not deactivated: the read is incomplete$/),
    );
  });

  it('once its missing page is redriven, finishes complete and deactivates', async () => {
    failing = false;

    const result = await world.fanOut({ action: 'redrive', tenantId: ALFA.id });

    expect(result.operations?.[0]).toMatchObject({
      outcome: 'redriven',
      pages: [FAILING_PAGE],
    });
    const run = await world.run(ALFA.id, 'day-2');
    const report = run.report as RunReport;
    expect(run.status).toBe('DONE');
    expect(report).toMatchObject({ complete: true, missingPages: [] });
    expect(report.vehicles.deactivated).toBeGreaterThan(0);
    expect(enterprise().activeVehicles).toBe(
      day1.activeVehicles +
        report.vehicles.created -
        report.vehicles.deactivated +
        report.vehicles.reactivated,
    );
  });

  it('refuses to redrive a run that misses nothing', async () => {
    const result = await world.fanOut({ action: 'redrive', tenantId: ALFA.id });

    expect(result.operations?.[0]).toMatchObject({
      outcome: 'refused',
      detail: 'no page is missing',
    });
  });
});
