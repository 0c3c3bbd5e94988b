import type { TenantOutcome } from '../../bin/local/runSync';
import { generateAssociation, type SgaCall } from '../sandbox/sga';
import {
  makeTenants,
  startWorld,
  type World,
} from '../sga/support/pipelineWorld';

const INTERVAL_MS = 300;
/**
 * What may come off one gap: a moment is handed out up to 25 ms late (the
 * pacing's tolerance), and this one process's event loop, shared with
 * DynamoDB, SQS and both sandboxes, can hold a request back a little more.
 */
const JITTER_MS = 60;
const tenants = makeTenants(['pace-a', 'pace-b']);

/**
 * Every SGA call of one tenant, whichever worker makes it, keeps at least
 * `SGA_MIN_INTERVAL_MS` after the previous one, measured where SGA sees
 * them; two tenants' reads go on at the same time.
 */
describe('pacing of SGA calls', () => {
  let world: World;
  let outcomes: TenantOutcome[];

  beforeAll(async () => {
    world = await startWorld(tenants, {
      SGA_MIN_INTERVAL_MS: String(INTERVAL_MS),
    });
    tenants.forEach((t, i) =>
      world.sga.setAssociation(t.sgaToken, {
        records: generateAssociation({ seed: 80 + i, vehicles: 60 }),
        pageSize: 10,
      }),
    );
    // Node loads its HTTP client on the first fetch: not the pacing's doing.
    await fetch(`${world.sga.url}/warm-up`);
    // A dry run: Softruck writes in this process would only add jitter.
    outcomes = await world.run(tenants, { dryRun: true });
  }, 50_000);

  afterAll(() => world.close());

  const callsOf = (index: number): SgaCall[] =>
    world.sga.calls.filter((c) => c.token === tenants[index].sgaToken);

  it('reads both tenants completely', () => {
    expect(outcomes.map((o) => o.status)).toEqual(['DONE', 'DONE']);
    expect(callsOf(0).length).toBeGreaterThanOrEqual(9);
  });

  it.each([0, 1])('keeps tenant %i’s calls apart', (index) => {
    const at = callsOf(index).map((c) => c.at);
    const gaps = at
      .slice(1)
      .map((t, i) => t - at[i])
      .sort((x, y) => x - y);

    expect(gaps[0]).toBeGreaterThanOrEqual(INTERVAL_MS - JITTER_MS);
    expect(gaps[gaps.length >> 1]).toBeGreaterThanOrEqual(INTERVAL_MS - 5);
  });

  it('reads the two tenants at the same time', () => {
    const pages = (index: number) =>
      callsOf(index)
        .filter((c) => c.route === 'page')
        .map((c) => c.at);
    const [a, b] = [pages(0), pages(1)];
    const overlap =
      Math.min(Math.max(...a), Math.max(...b)) -
      Math.max(Math.min(...a), Math.min(...b));

    expect(overlap).toBeGreaterThan(3 * INTERVAL_MS);
  });
});
