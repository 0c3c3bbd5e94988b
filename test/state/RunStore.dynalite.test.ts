import { RunStore } from '../../functions/state/RunStore';
import type { Run } from '../../functions/state/types';
import { type LocalTable, startLocalTable } from './localTable';

let local: LocalTable;
let runs: RunStore;
let next = 0;

/** A fresh reading run of three pages. */
async function newRun(): Promise<Run> {
  const run: Run = {
    tenantId: 'alfa',
    runId: `run-${++next}`,
    status: 'READING',
    scope: { kind: 'all' },
    dryRun: false,
    pageCount: 3,
    pagesDone: [],
    anomalies: [],
    startedAt: new Date().toISOString(),
    sgaCalls: 1,
  };
  await runs.create(run);
  return run;
}

beforeAll(async () => {
  local = await startLocalTable();
  runs = new RunStore(local.db, local.table);
});
afterAll(() => local.close());

describe('RunStore on DynamoDB (dynalite)', () => {
  it('counts a page delivered three times once', async () => {
    const { tenantId, runId } = await newRun();

    const marks = [];
    for (let i = 0; i < 3; i++) {
      marks.push(await runs.markPageDone(tenantId, runId, 2, [], 1));
    }

    expect(marks.map((m) => m.firstTime)).toEqual([true, false, false]);
    const run = await runs.get(tenantId, runId);
    expect(run).toMatchObject({ pagesDone: [2], sgaCalls: 2 });
  });

  it('counts each page once when duplicates arrive at once and out of order', async () => {
    const { tenantId, runId } = await newRun();
    const deliveries = [3, 1, 2, 3, 1, 2, 2, 3];

    const marks = await Promise.all(
      deliveries.map((page) => runs.markPageDone(tenantId, runId, page, [], 1)),
    );

    expect(marks.filter((m) => m.firstTime)).toHaveLength(3);
    const run = await runs.get(tenantId, runId);
    expect(run).toMatchObject({ pagesDone: [1, 2, 3], sgaCalls: 4 });
  });

  it('lets exactly one of many callers flip a read run', async () => {
    const { tenantId, runId } = await newRun();

    const flips = await Promise.all(
      Array.from({ length: 8 }, () =>
        runs.transition(tenantId, runId, ['READING'], 'READ'),
      ),
    );

    expect(flips.filter(Boolean)).toHaveLength(1);
    expect((await runs.get(tenantId, runId))?.status).toBe('READ');
  });

  it('keeps the first run when one with the same id is created again', async () => {
    const run = await newRun();

    const again = await runs.create({ ...run, pageCount: 9 });

    expect(again).toMatchObject({ created: false, run: { pageCount: 3 } });
  });

  it('refuses to mark a page of a run that does not exist', async () => {
    await expect(runs.markPageDone('alfa', 'nope', 1, [], 1)).rejects.toThrow(
      'run nope of alfa does not exist',
    );
  });

  it('lists a tenant’s runs newest first', async () => {
    await newRun();
    const newest = await newRun();

    const [first] = await runs.latest('alfa', 1);

    expect(first.runId).toBe(newest.runId);
  });
});
