import { SoftruckStateStore } from '../../functions/state/SoftruckStateStore';
import type { RunReport } from '../../functions/state/types';
import { CrashInjector, tenantLookups } from '../integration/runsCrash';
import { type RunsWorld, startRunsWorld } from '../integration/runsWorld';
import type { RawRecord } from '../sandbox/sga';
import { Random } from '../sandbox/sga/random';
import { TENANTS, type TestTenant } from '../support/sandboxes';
import { type Comparison, compareComplete, compareIncomplete } from './compare';
import { dayFaults, dayRecords } from './dayPlan';
import { type FaultTally, sandboxFaults } from './faultTally';
import { expectedState } from './oracle';
import { armCrashes, installPageFaults } from './runtimeFaults';
import { emptySnapshot, snapshot, type Snapshot } from './snapshot';

/** How one tenant's day ended and what the oracle found. */
export interface TenantDay {
  day: number;
  tenantId: string;
  complete: boolean;
  held: boolean;
  /** Whether the oracle, too, expected the brake to hold. */
  oracleHeld?: boolean;
  comparison: Comparison;
  /** Records the run itself reported as failed, left to the next day. */
  reportedFailures: number;
}

export interface ChaosResult {
  days: TenantDay[];
  faults: FaultTally;
  unfiredCrashes: string[];
  /** Times a tenant's state was packed anew, between the faults. */
  statePackings: number;
}

export const BLOCK_PAUSE_MS = 2500;
const SIZES = [260, 140];
const TENANT_A: TestTenant = { ...TENANTS[0], id: 'chaos-a' };
const TENANT_B: TestTenant = { ...TENANTS[1], id: 'chaos-b' };
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Starts the pipeline for the chaos days; the caller closes it. */
export function startChaosWorld(): Promise<RunsWorld> {
  return startRunsWorld({
    tenants: [TENANT_A, TENANT_B],
    vehicles: [1, 1],
    pageSize: 25,
    softruckPerMinute: 60_000,
    concurrency: { pages: 4, reconcile: 4 },
    env: {
      SGA_TIMEOUT_MS: '1500',
      SGA_BLOCK_PAUSE_MS: String(BLOCK_PAUSE_MS),
      RECONCILE_CONTINUE_DELAY_S: '1',
      // Packed often, so that faults also strike around the packing.
      STATE_PACK_MIN_RECORDS: '10',
    },
  });
}

/**
 * Runs `dayCount` days of both tenants under faults, comparing Softruck
 * with the oracle after each tenant's day.
 */
export async function runChaos(
  world: RunsWorld,
  seed: number,
  dayCount: number,
): Promise<ChaosResult> {
  const random = new Random(seed);
  const { sga, softruck } = world.sandboxes;
  const ids = world.tenants.map((t) => t.id);
  const byEnterprise = new Map(
    world.tenants.map((t) => [t.softruckEnterpriseId, t.id]),
  );
  const injector = new CrashInjector(
    tenantLookups(softruck, (e) => byEnterprise.get(e)),
  );
  const pageFaults = installPageFaults(random);
  const packings = countPackings();
  const tally: FaultTally = { crashes: 0, 'short page': 0 };
  const extra = (kind: string, n = 1) => (tally[kind] = (tally[kind] ?? 0) + n);
  const days: TenantDay[] = [];
  let records: RawRecord[][] = [];
  let before: Snapshot[] = ids.map(() => emptySnapshot());
  for (let day = 1; day <= dayCount; day++) {
    records = dayRecords(random, day, records, SIZES);
    world.tenants.forEach((t, i) => world.serve(t.id, records[i]));
    const faults = dayFaults(day, ids);
    const tokenOf = (id?: string) =>
      world.tenants.find((t) => t.id === id)?.sgaToken;
    for (const t of world.tenants) {
      sga.setBehaviour(t.sgaToken, {
        failRate: 0.04,
        hangNext: t.id === ids[0] ? faults.hangs : 0,
        shortPages: t.id === faults.shortPageTenant ? [3] : [],
        blockAfterCalls: t.id === faults.blockTenant ? 6 : undefined,
        blockForMs: BLOCK_PAUSE_MS - 500,
      });
    }
    if (faults.shortPageTenant) extra('short page');
    softruck.setFaults({
      seed: random.int(1, 1_000_000),
      failRate: 0.03,
      rate429Next: random.int(2, 6),
      loseAnswerNext: random.int(1, 3),
    });
    armCrashes(injector, faults.crashes, day);
    pageFaults.deadLetterToken = tokenOf(faults.deadLetterTenant);
    pageFaults.shuffle = faults.shufflePages;
    pageFaults.sent = [];
    injector.day = day;
    const runId = `day-${day}`;
    await world.sync(runId);
    if (faults.blockTenant) {
      await sleep(BLOCK_PAUSE_MS + 200);
      for (const t of world.tenants) {
        sga.setBehaviour(t.sgaToken, { blockAfterCalls: undefined });
      }
      await world.sync(runId, { tenantId: faults.blockTenant });
    }
    if (faults.deadLetterTenant) {
      extra('page dead-lettered');
      await world.fanOut({
        action: 'resume',
        tenantId: faults.deadLetterTenant,
        stalledAfterMinutes: 0,
      });
      pageFaults.deadLetterToken = undefined;
    }
    injector.day = 0;
    softruck.setFaults({ failRate: 0, rate429Next: 0, loseAnswerNext: 0 });
    if (faults.redeliver) {
      const again = random.shuffle(pageFaults.sent);
      await world.pipeline.services.queue.sendPages(again, 1000 + day);
      for (const id of ids) {
        await world.pipeline.services.queue.sendReconcile({
          tenantId: id,
          runId,
        });
      }
      await world.pipeline.drain(50_000);
      extra('duplicate delivery', again.length + ids.length);
    }
    if (faults.shufflePages) extra('pages out of order');
    const after: Snapshot[] = [];
    for (const [i, t] of world.tenants.entries()) {
      const run = await world.run(t.id, runId);
      const report = run.report as RunReport | undefined;
      const now = snapshot(softruck, t.softruckEnterpriseId);
      const complete = run.status === 'DONE' && report?.complete === true;
      const held = (report?.held ?? null) !== null;
      const entry: TenantDay = {
        day,
        tenantId: t.id,
        complete,
        held,
        comparison: compareIncomplete(before[i], now),
        reportedFailures: report?.failures.length ?? 0,
      };
      if (complete) {
        const expected = expectedState(t, records[i], before[i]);
        entry.oracleHeld = expected.held;
        const failed = new Set(report?.failures.map((f) => f.key));
        entry.comparison = compareComplete(expected, now, failed);
        entry.reportedFailures = failed.size;
        if (expected.held !== held) {
          entry.comparison.mismatches.push(
            `brake: oracle ${expected.held}, run ${held}`,
          );
        }
      }
      days.push(entry);
      after.push(now);
    }
    before = after;
  }
  const unfiredCrashes = injector.unfired();
  const armed = [1, 2, 3, 4, 5]
    .slice(0, dayCount)
    .flatMap((d) => dayFaults(d, ids).crashes).length;
  extra('crashes', armed - unfiredCrashes.length);
  return {
    days,
    faults: { ...sandboxFaults(sga, softruck), ...tally },
    unfiredCrashes,
    statePackings: packings(),
  };
}

/** Counts the packings of tenants' states from now on. */
function countPackings(): () => number {
  let packed = 0;
  const proto = SoftruckStateStore.prototype;
  const real = proto.compactIfDue;
  jest.spyOn(proto, 'compactIfDue').mockImplementation(async function (
    this: SoftruckStateStore,
    ...args
  ) {
    const done = await real.apply(this, args);
    if (done) packed++;
    return done;
  });
  return () => packed;
}
