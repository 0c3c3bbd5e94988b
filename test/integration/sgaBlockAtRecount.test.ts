import type { TenantOutcome } from '../../bin/local/runSync';
import type { Run } from '../../functions/state/types';
import { generateAssociation } from '../sandbox/sga';
import {
  makeTenants,
  startWorld,
  type World,
} from '../sga/support/pipelineWorld';

const PAUSE_MS = 1200;
const [tenant] = makeTenants(['late-block']);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * A block that comes at the very end, when SGA is asked for its counts
 * again after the last page: the run pauses with every page kept, and
 * after the pause it only recounts before it applies, as a whole read.
 */
describe('a run whose token SGA blocks at the final recount', () => {
  let world: World;
  let first: TenantOutcome;
  let after: TenantOutcome;
  let paused: Run | undefined;

  beforeAll(async () => {
    world = await startWorld([tenant], {
      SGA_BLOCK_PAUSE_MS: String(PAUSE_MS),
    });
    const records = generateAssociation({ seed: 33, vehicles: 60 });
    world.sga.setAssociation(tenant.sgaToken, { records, pageSize: 20 });
    const pages = Math.ceil(records.length / 20);
    // Route check (2), page count and every page pass; the recount is refused.
    world.sga.setBehaviour(tenant.sgaToken, {
      blockAfterCalls: 3 + pages,
      blockForMs: PAUSE_MS - 400,
    });
    [first] = await world.run([tenant]);
    paused = await world.pipeline.services.runs.get(
      tenant.id,
      first.runId ?? '',
    );
    world.sga.setBehaviour(tenant.sgaToken, { blockAfterCalls: undefined });
    await sleep(Date.parse(first.pausedUntil ?? '') - Date.now() + 50);
    [after] = await world.run([tenant]);
  }, 40_000);

  afterAll(() => world.close());

  it('pauses with every page read', () => {
    expect(first.status).toBe('PAUSED');
    expect(paused?.pagesDone).toHaveLength(paused?.pageCount ?? -1);
  });

  it('only recounts after the pause, then applies a complete read', () => {
    const since = Date.parse(first.pausedUntil ?? '');
    const calls = world.sga.calls.filter((c) => c.at >= since);

    expect(calls.map((c) => c.route)).toEqual(['pageCount']);
    expect(after).toMatchObject({ runId: first.runId, status: 'DONE' });
    expect(after.report?.complete).toBe(true);
    expect(after.report?.vehicles.created).toBeGreaterThan(40);
  });
});
