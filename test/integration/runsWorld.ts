import {
  type LocalPipeline,
  startLocalPipeline,
} from '../../bin/local/LocalPipeline';
import { runSync, type TenantOutcome } from '../../bin/local/runSync';
import { setLogSink } from '../../functions/observability/logger';
import { setMetricSink } from '../../functions/observability/metrics';
import type { Run } from '../../functions/state/types';
import {
  describeRun,
  type RunDescription,
} from '../../functions/sync/describeRun';
import type { FanOutResult } from '../../functions/sync/fanOut';
import type { TenantWithToken } from '../../functions/tenants/tenantSchema';
import { generateAssociation, type RawRecord } from '../sandbox/sga';
import {
  ACCOUNT,
  type Sandboxes,
  startSandboxes,
  type TestTenant,
} from '../support/sandboxes';

/** Two sandboxes, the local pipeline, and what the run tests ask of them. */
export interface RunsWorld {
  sandboxes: Sandboxes;
  pipeline: LocalPipeline;
  tenants: TenantWithToken[];
  /** One sync of every tenant (or of `tenantId`), as the command line does. */
  sync(
    runId: string,
    options?: { tenantId?: string; dryRun?: boolean },
  ): Promise<TenantOutcome[]>;
  /** Invokes the fan-out handler, then delivers every message. */
  fanOut(event: object): Promise<FanOutResult>;
  run(tenantId: string, runId: string): Promise<Run>;
  describe(tenantId: string, runId: string): Promise<RunDescription>;
  /** The records first served to each tenant, in tenant order. */
  initial: RawRecord[][];
  /** Serves `records` to the tenant's token from now on: the next day. */
  serve(tenantId: string, records: RawRecord[], pageSize?: number): void;
  close(): Promise<void>;
}

export interface WorldOptions {
  tenants: (TestTenant & Partial<TenantWithToken>)[];
  vehicles: number[];
  pageSize?: number;
  /** Variables set before the handlers load (they read them once). */
  env?: Record<string, string>;
  concurrency?: { pages: number; reconcile: number };
  softruckPerMinute?: number;
}

const DRAIN_MS = 120_000;

/**
 * Starts the SGA and Softruck sandboxes with the tenants' associations and
 * the local pipeline pointed at them. Logs and metric lines are silenced:
 * tests assert on state, not on output.
 */
export async function startRunsWorld(
  options: WorldOptions,
): Promise<RunsWorld> {
  setLogSink(() => undefined);
  setMetricSink(() => undefined);
  const pageSize = options.pageSize ?? 20;
  const sandboxes = await startSandboxes({
    tenants: options.tenants,
    vehicles: options.vehicles,
    pageSize,
    softruckPerMinute: options.softruckPerMinute,
  });
  Object.assign(process.env, sandboxes.env, options.env ?? {});
  const pipeline = await startLocalPipeline(
    undefined,
    options.concurrency ?? { pages: 4, reconcile: 4 },
  );
  const tenants = options.tenants.map((t) => ({
    activeStatuses: ['ATIVO'],
    enabled: true,
    brakeShare: 0.1,
    brakeMinimum: 20,
    ...t,
  }));
  const { services } = pipeline;
  const run = async (tenantId: string, runId: string) => {
    const found = await services.runs.get(tenantId, runId);
    if (!found) throw new Error(`no run ${runId} of ${tenantId}`);
    return found;
  };
  return {
    sandboxes,
    pipeline,
    tenants,
    sync: (runId, o = {}) =>
      runSync(pipeline, {
        tenants,
        tenantId: o.tenantId,
        dryRun: o.dryRun ?? false,
        runId,
        softruck: ACCOUNT,
        timeoutMs: DRAIN_MS,
        progress: () => undefined,
      }),
    async fanOut(event) {
      const result = (await pipeline.invokeFanOut(event)) as FanOutResult;
      await pipeline.drain(DRAIN_MS);
      return result;
    },
    run,
    // startSandboxes generates with these seeds; equal seeds, equal data.
    initial: options.tenants.map((_, i) =>
      generateAssociation({ seed: 100 + i, vehicles: options.vehicles[i] }),
    ),
    describe: async (tenantId, runId) =>
      describeRun(services, await run(tenantId, runId)),
    serve(tenantId, records, size = pageSize) {
      const tenant = tenants.find((t) => t.id === tenantId);
      if (!tenant) throw new Error(`no tenant ${tenantId}`);
      sandboxes.sga.setAssociation(tenant.sgaToken, {
        records,
        pageSize: size,
      });
    },
    async close() {
      await pipeline.close();
      await sandboxes.close();
    },
  };
}
