import { isActiveStatus } from '../normalize';
import { logger } from '../observability/logger';
import type { Services } from '../runtime/services';
import type { RunRead } from '../state/ReadStore';
import type { SoftruckState, StateLayout } from '../state/SoftruckStateStore';
import type { Run } from '../state/types';
import type { Tenant } from '../tenants/tenantSchema';
import { applyBrake } from './applyBrake';
import type { Plan } from './plan';
import { planChanges, type ReadExtent } from './planChanges';
import { type DesiredState, resolveRecords } from './resolveRecords';

/** A run's plan and what it was made from. */
export interface RunPlan {
  plan: Plan;
  read: RunRead;
  state: SoftruckState;
  /** How the state lay in the table, for packing it anew. */
  layout: StateLayout;
  desired: DesiredState;
  extent: ReadExtent;
}

/**
 * Plans a run from what it read and what the sync last wrote, brake
 * applied. Reads the state only; the same run planned twice over the same
 * state gives the same plan.
 */
export async function planRun(
  services: Services,
  run: Run,
  tenant: Tenant,
): Promise<RunPlan> {
  const { tenantId, runId } = run;
  const read = await services.reads.load(tenantId, runId);
  const { state, layout } = await services.softruckState.load(tenantId);
  const isActive = (status: string) =>
    isActiveStatus(status, tenant.activeStatuses);
  const desired = resolveRecords(read.records, isActive);
  const extent = readExtent(run);
  const protectedCodes = new Set(
    read.rejections.flatMap((r) => (r.code ? [r.code] : [])),
  );
  const plan = applyBrake({
    plan: planChanges({ tenant, desired, state, read: extent, protectedCodes }),
    tenant,
    state,
    recordsRead: read.records.length + read.rejections.length,
    released: run.releaseHeld === true,
  });
  if (plan.heldReason) {
    logger.warn('deactivations held by the brake', {
      reason: plan.heldReason,
      held: plan.held.length,
    });
  }
  return { plan, read, state, layout, desired, extent };
}

/**
 * What the read allows: a lookup reads its one key whole; a full read is
 * complete when every page is in and nothing looked wrong while reading.
 */
export function readExtent(run: Run): ReadExtent {
  if (run.scope.kind === 'lookup') return 'lookup';
  const allPages = run.pagesDone.length >= run.pageCount;
  return allPages && run.anomalies.length === 0 ? 'complete' : 'incomplete';
}
