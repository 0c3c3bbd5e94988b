import type { TenantOutcome } from '../../bin/local/runSync';
import { generateAssociation } from '../sandbox/sga';
import { enterpriseState } from '../sga/support/enterpriseState';
import {
  makeTenants,
  startWorld,
  type World,
} from '../sga/support/pipelineWorld';

/** Long enough for the invocation made during the pause, on a busy host. */
const PAUSE_MS = 4000;
const [blocked, twin] = makeTenants(['blocked', 'twin']);
/** The twin reads the same association into the same enterprise, unblocked. */
twin.cnpj = blocked.cnpj;
twin.softruckEnterpriseId = blocked.softruckEnterpriseId;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * SGA blocks the token halfway through the read: the run pauses, keeps
 * what it read and calls SGA no more until the pause is over; the next
 * invocation resumes the same run, which ends with the same Softruck
 * state as an unblocked run of the same association.
 */
describe('a run whose token SGA blocks halfway', () => {
  let world: World;
  let first: TenantOutcome;
  let during: TenantOutcome;
  let after: TenantOutcome;
  let blockedAt: number;
  let pagesAtPause: number[];
  let duringAt: number;

  beforeAll(async () => {
    world = await startWorld(
      [blocked, twin],
      {
        SGA_BLOCK_PAUSE_MS: String(PAUSE_MS),
      },
      2,
    );
    const records = generateAssociation({ seed: 31, vehicles: 150 });
    for (const t of [blocked, twin]) {
      world.sga.setAssociation(t.sgaToken, { records, pageSize: 20 });
    }
    await world.run([twin]);
    world.useSoftruck(1);
    // Route check (2 calls), page count, pages 1 and 2; page 3 is refused.
    world.sga.setBehaviour(blocked.sgaToken, {
      blockAfterCalls: 5,
      blockForMs: PAUSE_MS - 1000,
    });
    [first] = await world.run([blocked]);
    blockedAt = world.sga.calls.find((c) => c.status === 403)?.at ?? 0;
    const { runs } = world.pipeline.services;
    pagesAtPause =
      (await runs.get('blocked', first.runId ?? ''))?.pagesDone ?? [];
    world.sga.setBehaviour(blocked.sgaToken, { blockAfterCalls: undefined });
    duringAt = Date.now();
    [during] = await world.run([blocked]);
    await sleep(Date.parse(first.pausedUntil ?? '') - Date.now() + 50);
    [after] = await world.run([blocked]);
  }, 55_000);

  afterAll(() => world.close());

  const callsOf = (from: number, to = Infinity) =>
    world.sga.calls.filter(
      (c) => c.token === blocked.sgaToken && c.at >= from && c.at < to,
    );

  it('pauses the run at the block, keeping the two pages read', () => {
    expect(first.status).toBe('PAUSED');
    expect(pagesAtPause).toEqual([1, 2]);
    expect(callsOf(0).map((c) => c.status)).toContain(403);
  });

  it('makes no SGA call from the block until the pause is over', () => {
    const pausedUntil = Date.parse(first.pausedUntil ?? '');

    expect(pausedUntil - blockedAt).toBeGreaterThanOrEqual(PAUSE_MS - 100);
    expect(callsOf(blockedAt + 1, pausedUntil)).toEqual([]);
  });

  it('reports an invocation during the pause as paused, calling nothing', () => {
    expect(duringAt).toBeLessThan(Date.parse(first.pausedUntil ?? ''));
    expect(during.status).toBe('PAUSED');
    expect(during.pausedUntil).toBe(first.pausedUntil);
  });

  it('resumes the same run after the pause and finishes it', () => {
    expect(after.runId).toBe(first.runId);
    expect(after.status).toBe('DONE');
    expect(after.report?.complete).toBe(true);
  });

  it('reads after the pause only the pages it had not read', () => {
    const pages = callsOf(Date.parse(first.pausedUntil ?? ''))
      .filter((c) => c.route === 'page')
      .map((c) => Number(c.path.split('/').pop()));

    expect(pages).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it('ends with the Softruck state of an unblocked run', () => {
    const reference = enterpriseState(
      world.softrucks[0],
      twin.softruckEnterpriseId,
    );
    const resumed = enterpriseState(
      world.softrucks[1],
      blocked.softruckEnterpriseId,
    );

    expect(reference.vehicles.length).toBeGreaterThan(100);
    expect(resumed).toEqual(reference);
  });
});
