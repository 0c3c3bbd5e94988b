import { ASSOCIATE_FIELDS } from '../sandbox/sga/associates';
import {
  generateAssociation,
  isActiveStatus,
  isValidCpf,
  nextDay,
  type RawRecord,
} from '../sandbox/sga';
import { TENANTS, type TestTenant } from '../support/sandboxes';
import { type CrashPoint, CrashInjector, tenantLookups } from './runsCrash';
import { type Holdings, holdings } from './holdings';
import { type RunsWorld, startRunsWorld } from './runsWorld';
import { tenantCopy } from './runsTenantData';

/** What Softruck held for one tenant after each day and its re-run. */
export interface DayHoldings {
  day1: Holdings;
  day2: Holdings;
}

export interface Convergence {
  reference: DayHoldings;
  crashed: Map<string, DayHoldings>;
  /** Crash points never reached: a scenario that proved nothing. */
  unfired: string[];
  world: RunsWorld;
}

const tenant = (n: number): TestTenant => ({
  ...TENANTS[0],
  id: `t${n}`,
  sgaToken: `sga-token-t${n}-0001`,
  softruckEnterpriseId: `Ent-t${n}`,
  sync: 'both',
  deactivateNonActive: true,
});

/** A sale: vehicle `code` gets the associate of another record. */
function sell(records: RawRecord[], code: unknown, buyer: RawRecord) {
  return records.map((r) => {
    if (r.codigo_veiculo !== code) return r;
    const sold = { ...r };
    for (const field of ASSOCIATE_FIELDS) sold[field] = buyer[field];
    return sold;
  });
}

/** Two days of one association: creations first, then every change. */
function days(): RawRecord[][] {
  const first = generateAssociation({ seed: 42, vehicles: 28 });
  const next = nextDay(first, {
    seed: 43,
    newVehicles: 3,
    changed: 6,
    cancelled: 3,
    reactivated: 2,
    removed: 2,
  }).records;
  const plain = next.filter(
    (r) =>
      isActiveStatus(r.descricao_situacao) &&
      r.codigo_veiculo &&
      isValidCpf(String(r.cpf)),
  );
  const seller = plain[0];
  const buyer = plain.find((r) => r.cpf !== seller.cpf) as RawRecord;
  return [first, sell(next, seller.codigo_veiculo, buyer)];
}

/**
 * Runs the same two days for an uninterrupted reference tenant and for
 * one tenant per crash point, each crashing once at its point. Every day
 * is run, then run again, as the next invocation would after a crash;
 * what Softruck then holds for each tenant is compared with the reference.
 */
export async function runConvergence(
  points: CrashPoint[],
): Promise<Convergence> {
  const tenants = [tenant(0), ...points.map((_, i) => tenant(i + 1))];
  const world = await startRunsWorld({
    tenants,
    vehicles: tenants.map(() => 1),
    pageSize: 10,
    softruckPerMinute: 60_000,
    concurrency: { pages: 8, reconcile: 8 },
    // Every re-run packs the state the crashed run left.
    env: { RECONCILE_CONTINUE_DELAY_S: '1', STATE_PACK_MIN_RECORDS: '1' },
  });
  const data = days();
  const copies = tenants.map((_, i) => data.map((d) => tenantCopy(d, i + 1)));
  const byEnterprise = new Map(
    tenants.map((t) => [t.softruckEnterpriseId, t.id]),
  );
  const injector = new CrashInjector(
    tenantLookups(world.sandboxes.softruck, (e) => byEnterprise.get(e)),
  );
  points.forEach((point, i) => injector.arm(tenants[i + 1].id, point));
  const held: Holdings[][] = tenants.map(() => []);
  for (const day of [1, 2]) {
    tenants.forEach((t, i) => world.serve(t.id, copies[i][day - 1].records));
    injector.day = day;
    await world.sync(`day-${day}`);
    injector.day = 0;
    await world.sync(`day-${day}-again`);
    tenants.forEach((t, i) => {
      const [one, two] = copies[i];
      const original = (cpf: string) =>
        one.originalCpf(cpf) !== cpf
          ? one.originalCpf(cpf)
          : two.originalCpf(cpf);
      held[i].push(
        holdings(world.sandboxes.softruck, t.softruckEnterpriseId, original),
      );
    });
  }
  const [reference, ...crashed] = held.map(([day1, day2]) => ({ day1, day2 }));
  return {
    reference,
    crashed: new Map(points.map((p, i) => [p.name, crashed[i]])),
    unfired: injector.unfired(),
    world,
  };
}

/**
 * The suite every crash scenario shares: runs the convergence once, then
 * checks that each point was reached and that each crashed tenant ended
 * as the reference did. `more` adds a scenario's own tests; it gets the
 * result once it is there.
 */
export function describeConvergence(
  title: string,
  points: CrashPoint[],
  more?: (result: () => Convergence) => void,
): void {
  let result: Convergence;

  beforeAll(async () => {
    result = await runConvergence(points);
  }, 120_000);

  afterAll(() => result?.world.close());

  describe(title, () => {
    it('reached every crash point', () => {
      expect(result.unfired).toEqual([]);
    });

    it.each(points.map((p) => p.name))(
      'converges to the uninterrupted Softruck state, crashing %s',
      (name) => {
        const crashed = result.crashed.get(name);

        expect(crashed?.day1).toEqual(result.reference.day1);
        expect(crashed?.day2).toEqual(result.reference.day2);
      },
    );

    more?.(() => result);
  });
}
