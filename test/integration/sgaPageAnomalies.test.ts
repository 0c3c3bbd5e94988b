import type { TenantOutcome } from '../../bin/local/runSync';
import {
  generateAssociation,
  nextDay,
  type RawRecord,
  type SgaBehaviour,
} from '../sandbox/sga';
import { enterpriseState } from '../sga/support/enterpriseState';
import {
  makeTenants,
  startWorld,
  type World,
  type WorldTenant,
} from '../sga/support/pipelineWorld';

interface AnomalyCase {
  id: string;
  behaviour: Partial<SgaBehaviour>;
  /** What SGA serves once the run has counted its pages. */
  midRun?: (records: RawRecord[]) => RawRecord[];
  anomaly: RegExp;
}

const CASES: AnomalyCase[] = [
  {
    id: 'grown',
    behaviour: { pageLatencyPerRecordMs: 2 },
    midRun: (records) => nextDay(records, { seed: 5, newVehicles: 25 }).records,
    anomaly: /^page count changed from 7 to 9 during the run$/,
  },
  {
    id: 'shrunk-empty',
    behaviour: { pageLatencyPerRecordMs: 2, pastLastPage: 'empty' },
    midRun: (records) => records.slice(0, 45),
    anomaly: /^page [67] of 7 came back empty$/,
  },
  {
    id: 'shrunk-404',
    behaviour: { pageLatencyPerRecordMs: 2, pastLastPage: 404 },
    midRun: (records) => records.slice(0, 45),
    anomaly: /^page [67] is past the last page: SGA now counts 5$/,
  },
  {
    id: 'short',
    behaviour: { shortPages: [2] },
    anomaly: /^pages held 57 of the 62 records SGA declared$/,
  },
];

const tenants = makeTenants([...CASES.map((c) => c.id), 'control']);
const tenant = (id: string) => tenants.find((t) => t.id === id) as WorldTenant;

/** Resolves once `token` has asked for its page count `times` times. */
async function afterPageCounts(
  world: World,
  token: string,
  times: number,
  since: number,
) {
  for (let waited = 0; waited < 20_000; waited += 2) {
    const counts = world.sga.calls.filter(
      (c) => c.token === token && c.route === 'pageCount' && c.at >= since,
    );
    if (counts.length >= times) return;
    await new Promise((done) => setTimeout(done, 2));
  }
  throw new Error('the run never counted its pages');
}

/**
 * A read that SGA serves oddly is reported in the run's anomalies and
 * never taken for "no more vehicles": the run creates and updates, and
 * deactivates nothing, while the same day's changes read cleanly do.
 */
describe('page anomalies', () => {
  let world: World;
  const day2 = new Map<string, TenantOutcome>();

  beforeAll(async () => {
    world = await startWorld(tenants);
    const today = new Map<string, RawRecord[]>();
    tenants.forEach((t, i) => {
      const records = generateAssociation({ seed: 40 + i, vehicles: 65 });
      today.set(t.id, records);
      world.sga.setAssociation(t.sgaToken, { records, pageSize: 10 });
    });
    await world.run(tenants);
    for (const t of tenants) {
      const changed = nextDay(today.get(t.id) ?? [], {
        seed: 7,
        cancelled: 3,
        removed: 3,
      }).records;
      today.set(t.id, changed);
      world.sga.setAssociation(t.sgaToken, { records: changed, pageSize: 10 });
    }
    const since = Date.now();
    const watchers = CASES.filter((c) => c.midRun).map(async (c) => {
      const { sgaToken } = tenant(c.id);
      // The route check counts once, the run's start a second time.
      await afterPageCounts(world, sgaToken, 2, since);
      const records = c.midRun?.(today.get(c.id) ?? []) ?? [];
      world.sga.setAssociation(sgaToken, { records, pageSize: 10 });
    });
    for (const c of CASES)
      world.sga.setBehaviour(tenant(c.id).sgaToken, c.behaviour);
    const outcomes = await world.run(tenants);
    await Promise.all(watchers);
    outcomes.forEach((o) => day2.set(o.tenantId, o));
  }, 55_000);

  afterAll(() => world.close());

  it('deactivates what the day changed when the read is clean', () => {
    const report = day2.get('control')?.report;

    expect(report?.complete).toBe(true);
    expect(report?.anomalies).toEqual([]);
    expect(report?.vehicles.deactivated).toBeGreaterThanOrEqual(6);
  });

  it.each(CASES)('reports $id in the run', ({ id, anomaly }) => {
    const outcome = day2.get(id);

    expect(outcome?.status).toBe('DONE');
    expect(outcome?.report?.complete).toBe(false);
    expect(outcome?.report?.anomalies).toContainEqual(
      expect.stringMatching(anomaly),
    );
  });

  it.each(CASES)('deactivates nothing after $id', ({ id }) => {
    const report = day2.get(id)?.report;
    const state = enterpriseState(
      world.softruck,
      tenant(id).softruckEnterpriseId,
    );

    expect(report?.vehicles.deactivated).toBe(0);
    expect(report?.users.deactivated).toBe(0);
    expect(state.vehicles.every((v) => v.active)).toBe(true);
    expect(state.users.every((u) => u.active)).toBe(true);
  });
});
