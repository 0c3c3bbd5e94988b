import type { TenantWithToken } from '../../functions/tenants/tenantSchema';
import { RECONCILER_MAX_CONCURRENCY } from '../../lib/SyncFunctions';
import { DEFAULT_PAGE_WORKERS } from '../../lib/SyncSettings';
import type { AwsCounts } from './instrument';

/** As deployed: page workers and reconcilers running at once. */
export const CONCURRENCY = {
  pages: DEFAULT_PAGE_WORKERS,
  reconcile: RECONCILER_MAX_CONCURRENCY,
};

/** What the sync's process is to run: one day. */
export interface DayRequest {
  tenants: TenantWithToken[];
  runId: string;
  /** Where the local DynamoDB and secrets are kept between days. */
  stateDir: string;
  timeoutMs: number;
}

/** How one tenant's run of the day ended. */
export interface RunSummary {
  tenantId: string;
  status: string;
  /** Epoch ms: when every page was in, and when the run ended. */
  readAt?: number;
  finishedAt?: number;
  sgaCalls: number;
  softruckCalls: number;
  /** Records Softruck refused or that kept failing. */
  failed: number;
}

/** What the sync's process measured of one day. */
export interface OursDay {
  type: 'day';
  /** Epoch ms just before the fan-out was invoked. */
  startedAt: number;
  /** Epoch ms when every queue was found empty. */
  drainedAt: number;
  fanOutMs: number;
  /** CPU of the whole process (handlers and local AWS) in the day. */
  cpuMs: number;
  runs: RunSummary[];
  /** Messages the day left in the dead-letter queues. */
  deadLetters: number;
  aws: AwsCounts;
}

/** A failure in a child process, with its stack. */
export interface ChildError {
  type: 'error';
  error?: string;
}

/** The CPU one step of the core took on `records` records. */
export interface CorePhase {
  name: string;
  records: number;
  cpuMs: number;
}

/** What the core's measurement found. */
export interface CoreCost {
  type: 'core';
  phases: CorePhase[];
  /** Live heap above the start (after GC), at its highest between steps. */
  peakHeapMb: number;
  /** The process's peak resident memory, its input data included. */
  peakRssMb: number;
}
