import type { Services } from '../../functions/runtime/services';
import { RunStore } from '../../functions/state/RunStore';
import { TenantStore } from '../../functions/state/TenantStore';
import type { Run, RunReport } from '../../functions/state/types';
import { redriveRun, settleNow } from '../../functions/sync/redriveRun';
import { releaseRun } from '../../functions/sync/releaseRun';
import { settleStalledRuns } from '../../functions/sync/settleRuns';
import { type LocalTable, startLocalTable } from '../state/localTable';
import { tenant } from './fixtures';
import { runOf } from '../support/runs';

/** An operator's actions on runs, against the run store on dynalite. */
let local: LocalTable;
let services: Services;
const sent = { pages: [] as unknown[][], reconciles: [] as unknown[] };
let tenantSeq = 0;
let id: string;

const HELD = { reason: 'too many', count: 3 } as RunReport['held'];

async function given(run: Partial<Run> & { runId: string }): Promise<Run> {
  const full = runOf({
    tenantId: id,
    startedAt: new Date(Date.now() - 3600_000).toISOString(),
    ...run,
  });
  await services.runs.create(full);
  // create() keeps no sets; marking pages puts them in as a worker would.
  for (const page of full.pagesDone) {
    await services.runs.markPageDone(id, full.runId, page, [], 0);
  }
  if (full.progressAt === undefined && full.pagesDone.length > 0) {
    await services.runs.transition(id, full.runId, [full.status], full.status, {
      progressAt: Date.parse(full.startedAt),
    });
  }
  return full;
}

const statusOf = async (runId: string) =>
  (await services.runs.get(id, runId))?.status;

beforeAll(async () => {
  local = await startLocalTable();
  services = {
    runs: new RunStore(local.db, local.table),
    tenants: new TenantStore(local.db, local.table),
    queue: {
      sendPages: async (pages: unknown[]) => void sent.pages.push(pages),
      sendReconcile: async (m: unknown) => void sent.reconciles.push(m),
    },
  } as unknown as Services;
});
afterAll(() => local.close());
beforeEach(async () => {
  id = `t${++tenantSeq}`;
  await services.tenants.put(tenant({ id }));
  sent.pages.length = 0;
  sent.reconciles.length = 0;
});

describe('release', () => {
  it('reopens the held run for a reconcile with the brake off', async () => {
    await given({ runId: 'r1', report: { held: HELD } as RunReport });

    const result = await releaseRun(services, id, 'r1');

    expect(result.outcome).toBe('released');
    expect(await services.runs.get(id, 'r1')).toMatchObject({
      status: 'READ',
      releaseHeld: true,
    });
    expect(sent.reconciles).toEqual([{ tenantId: id, runId: 'r1' }]);
  });

  it.each([
    [{ dryRun: true }, 'a dry run writes nothing to release'],
    [{ report: { held: null } as RunReport }, 'the run held no deactivations'],
    [{ status: 'RECONCILING' as const }, 'run is RECONCILING'],
  ])('refuses a run like %j', async (run, detail) => {
    await given({ runId: 'r1', report: { held: HELD } as RunReport, ...run });

    const result = await releaseRun(services, id, 'r1');

    expect(result).toMatchObject({ outcome: 'refused', detail });
    expect(sent.reconciles).toEqual([]);
  });

  it('refuses any run but the latest one that writes', async () => {
    await given({ runId: 'r1', report: { held: HELD } as RunReport });
    await given({ runId: 'r2' });
    await given({ runId: 'r3', dryRun: true });

    const result = await releaseRun(services, id, 'r1');

    expect(result.detail).toBe(
      'run r2 is newer; only the latest run can be changed',
    );
  });
});

describe('redrive', () => {
  it('sends only the missing pages of a reading run, again', async () => {
    await given({
      runId: 'r1',
      status: 'READING',
      pageCount: 4,
      pagesDone: [1, 3],
    });

    const result = await redriveRun(services, id);

    expect(result).toMatchObject({ outcome: 'redriven', pages: [2, 4] });
    expect(sent.pages).toEqual([
      [
        { tenantId: id, runId: 'r1', page: 2 },
        { tenantId: id, runId: 'r1', page: 4 },
      ],
    ]);
  });

  it('reopens a settled run for its missing pages, with fresh progress', async () => {
    await given({ runId: 'r1', status: 'DONE', pagesDone: [1, 2] });

    await redriveRun(services, id, 'r1');

    const run = await services.runs.get(id, 'r1');
    expect(run?.status).toBe('READING');
    expect(run?.progressAt).toBeGreaterThan(Date.now() - 5_000);
  });

  it('refuses a paused run, which resumes by itself', async () => {
    await given({ runId: 'r1', status: 'PAUSED', pagesDone: [1] });

    const result = await redriveRun(services, id);

    expect(result).toMatchObject({
      outcome: 'refused',
      detail: 'run is PAUSED',
    });
  });
});

describe('settle', () => {
  it('gives up the missing pages of a reading run and asks for the reconcile', async () => {
    await given({ runId: 'r1', status: 'READING', pagesDone: [1] });

    const result = await settleNow(services, id);

    expect(result).toMatchObject({ outcome: 'settled', pages: [2, 3] });
    expect(await statusOf('r1')).toBe('READ');
    expect(sent.reconciles).toEqual([{ tenantId: id, runId: 'r1' }]);
  });

  it('settles by itself only runs stalled longer than the limit', async () => {
    await given({ runId: 'r1', status: 'READING', pagesDone: [1] });

    const early = await settleStalledRuns(services, 2 * 3600_000, id);
    const late = await settleStalledRuns(services, 30 * 60_000, id);

    expect(early).toEqual([]);
    expect(late).toMatchObject([{ outcome: 'settled', runId: 'r1' }]);
  });

  it('finds a stalled run behind a later dry run', async () => {
    await given({ runId: 'r1', status: 'READING', pagesDone: [1] });
    await given({ runId: 'r2', dryRun: true });

    const settled = await settleStalledRuns(services, 60_000, id);

    expect(settled).toMatchObject([{ outcome: 'settled', runId: 'r1' }]);
  });
});
