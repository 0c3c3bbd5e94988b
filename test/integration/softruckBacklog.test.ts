import { setLogLevel } from '../../functions/observability/logger';
import { OutcomeStore } from '../../functions/state/OutcomeStore';
import type { KindCounts } from '../../functions/state/types';
import { describeRun } from '../../functions/sync/describeRun';
import type { TenantOutcome } from '../../bin/local/runSync';
import { nextDay } from '../sandbox/sga';
import type { SandboxRequest } from '../sandbox/softruck';
import {
  ReconcileDriver,
  startWorld,
  type World,
} from '../softruck/pipelineHarness';

/**
 * A backlog far larger than one reconciler invocation may write: with a
 * time budget of 1 ms, each invocation applies one step (a batch of
 * vehicles, one user, a batch of links) and hands over to a continuation.
 */
const TENANT = 'alfa';

interface Snapshot {
  sgaCalls: number;
  vehicles: KindCounts;
  users: KindCounts;
}

/** One day: the sync, a snapshot of the run's report after each message. */
async function day(world: World, runId: string) {
  const snapshots: Snapshot[] = [];
  const putAll = jest.spyOn(OutcomeStore.prototype, 'putAll');
  const from = world.softruck.requests.length;
  const driver = new ReconcileDriver(world, 1, async () => {
    const run = await world.pipeline.services.runs.get(TENANT, runId);
    if (!run) return;
    const { report } = await describeRun(world.pipeline.services, run);
    snapshots.push({
      sgaCalls: world.sga.calls.length,
      vehicles: report.vehicles,
      users: report.users,
    });
  });
  driver.start();
  const [outcome] = await world.sync(runId);
  await driver.stop();
  const outcomesWritten = putAll.mock.calls.reduce(
    (sum, [, , outcomes]) => sum + outcomes.length,
    0,
  );
  putAll.mockRestore();
  return {
    outcome,
    snapshots,
    outcomesWritten,
    requests: world.softruck.requests.slice(from),
  };
}

const done = (c: KindCounts) => c.created + c.updated + c.failed;
const isStatus = (r: SandboxRequest) => r.path.includes('/status/');

describe('a backlog drained by continuation messages', () => {
  let world: World;
  let first: Awaited<ReturnType<typeof day>>;
  let second: Awaited<ReturnType<typeof day>>;
  let report: NonNullable<TenantOutcome['report']>;

  beforeAll(async () => {
    setLogLevel('warn');
    world = await startWorld({
      tenants: [
        {
          id: TENANT,
          cnpj: '11222333000181',
          enterpriseId: 'EntAlfa00000001',
          sync: 'both',
          seed: 410,
          vehicles: 50,
        },
      ],
      softruck: { ratePerMinute: 100_000 },
      env: {
        SOFTRUCK_RATE_PER_MINUTE: '100000',
        RECONCILE_TIME_BUDGET_MS: '1',
      },
      concurrency: { pages: 2, reconcile: 0 },
    });
    first = await day(world, '2026-12-01');
    world.serve(
      TENANT,
      nextDay(world.records.get(TENANT) ?? [], {
        seed: 411,
        newVehicles: 3,
        changed: 6,
        cancelled: 3,
        removed: 1,
      }).records,
    );
    second = await day(world, '2026-12-02');
    report = first.outcome.report!;
  }, 58_000);

  afterAll(async () => world?.close());

  it('finishes the run over many reconciler invocations', () => {
    expect(first.outcome.status).toBe('DONE');
    expect(first.snapshots.length).toBeGreaterThan(20);
  });

  it('says at every hand-over exactly what remains', () => {
    const total = {
      vehicles: done(report.vehicles),
      users: done(report.users),
    };
    const pending = first.snapshots.map(
      (s) => s.vehicles.pending + s.users.pending,
    );
    // The first invocation wrote one step: a batch of 25 vehicles.
    expect(pending[0]).toBe(total.vehicles + total.users - 25);
    expect(pending).toEqual([...pending].sort((a, b) => b - a));
    for (const s of first.snapshots) {
      expect(done(s.vehicles) + s.vehicles.pending).toBe(total.vehicles);
      expect(done(s.users) + s.users.pending).toBe(total.users);
    }
    expect(report.users.pending + report.vehicles.pending).toBe(0);
  });

  it('checks the enterprise once per run, not at every continuation', () => {
    for (const day of [first, second]) {
      const checks = day.requests.filter(
        (r) => r.method === 'GET' && r.path.startsWith('/v2/enterprises/'),
      );
      expect(checks).toHaveLength(1);
    }
  });

  it('writes each outcome about twice at most, not at every hand-over', () => {
    // Pending once, then the outcome itself: rewriting what remains at
    // each of the many continuations would cost far more.
    const kept = done(report.vehicles) + done(report.users);
    expect(first.outcomesWritten).toBeLessThanOrEqual(2 * kept + 100);
  });

  it('never reads SGA again while it drains', () => {
    const calls = first.snapshots.map((s) => s.sgaCalls);
    expect(new Set(calls).size).toBe(1);
  });

  it('writes each record once: no duplicate, no repeated create', () => {
    const vehicles = world.softruck.vehicles();
    expect(new Set(vehicles.map((v) => v.attributes.code)).size).toBe(
      vehicles.length,
    );
    expect(first.requests.filter((r) => r.status === 400)).toEqual([]);
    const creates = first.requests.filter(
      (r) => r.method === 'POST' && r.path === '/v2/users',
    );
    expect(creates).toHaveLength(report.users.created);
  });

  it('counts in the report every request the run made', () => {
    expect(report.calls.softruck).toBe(first.requests.length);
    expect(second.outcome.report?.calls.softruck).toBe(second.requests.length);
  });

  it('switches statuses before any other write of the next day', () => {
    const writes = second.requests.filter(
      (r) => r.method !== 'GET' && !r.path.endsWith('/auth/login'),
    );
    const statuses = writes.filter(isStatus);
    expect(statuses.length).toBeGreaterThan(0);
    expect(writes.slice(0, statuses.length)).toEqual(statuses);
    expect(second.outcome.report?.vehicles.deactivated).toBeGreaterThan(0);
  });
});
