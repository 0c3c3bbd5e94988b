import { randomUUID } from 'node:crypto';
import { refuseSuddenDrift } from '../drift/refuseSuddenDrift';
import { countRun } from '../observability/metrics';
import { logger } from '../observability/logger';
import type { ReconcileMessage } from '../queue/messages';
import type { Services } from '../runtime/services';
import type { SoftruckApi } from '../softruck/SoftruckApi';
import type { Run } from '../state/types';
import type { Tenant } from '../tenants/tenantSchema';
import { type ApplyContext, applyPlan } from './applyPlan';
import { checkEnterprise } from './checkEnterprise';
import { finishRun } from './finishRun';
import { passiveOutcomes, plannedOutcome } from './outcomesOf';
import type { Plan } from './plan';
import { planRun } from './planRun';

const LEASE_SLACK_MS = 2 * 60_000;

/**
 * Applies a read run to Softruck. Each invocation plans afresh from what
 * the run read and what the sync last wrote, so a retried or duplicated
 * message only finds less to do; it writes for a bounded time, then hands
 * over to a continuation message, which lets other tenants take turns.
 * A tenant's lease keeps two reconciles of one tenant (of one run or of
 * two) from ever writing at the same time.
 */
export async function reconcileRun(
  services: Services,
  message: ReconcileMessage,
): Promise<void> {
  const { tenantId, runId } = message;
  const { env } = services;
  const run = await services.runs.get(tenantId, runId);
  if (!run || (run.status !== 'READ' && run.status !== 'RECONCILING')) {
    logger.info('reconcile skipped', { status: run?.status ?? 'missing' });
    return;
  }
  const retryDelayS = Math.max(1, env.RECONCILE_CONTINUE_DELAY_S);
  const holder = randomUUID();
  const leaseMs = env.RECONCILE_TIME_BUDGET_MS + LEASE_SLACK_MS;
  if (!(await services.leases.acquire(tenantId, holder, leaseMs))) {
    // The holder may be this run's own earlier delivery: asking again
    // soon costs little and finds the run done, or the lease free.
    logger.info('another reconcile of this tenant is running; will retry');
    await services.queue.sendReconcile(message, retryDelayS);
    return;
  }
  let unfinished: boolean;
  try {
    unfinished = await reconcileWithLease(services, run);
  } finally {
    await services.leases.release(tenantId, holder);
  }
  // Sent once the lease is free, so the continuation never finds it held.
  if (unfinished) {
    await services.queue.sendReconcile(
      { tenantId, runId },
      env.RECONCILE_CONTINUE_DELAY_S,
    );
  }
}

/** Plans and applies; true when writes are left for a continuation. */
async function reconcileWithLease(
  services: Services,
  run: Run,
): Promise<boolean> {
  const { tenantId, runId } = run;
  const started = Date.now();
  const claimed = await services.runs.transition(
    tenantId,
    runId,
    ['READ', 'RECONCILING'],
    'RECONCILING',
  );
  if (!claimed) {
    logger.info('reconcile skipped: the run moved on (superseded?)');
    return false;
  }
  // Before the first Softruck call: the enterprise check is one too.
  if (await refuseSuddenDrift(services, run)) return false;
  const tenant = await services.tenants.get(tenantId);
  if (!tenant) throw new Error(`tenant ${tenantId} does not exist`);
  const api = services.softruck();
  const enterpriseId = tenant.softruckEnterpriseId;
  if (!(await confirmEnterprise(services, api, run, tenant))) return false;
  const { plan, read, state, layout, desired, extent } = await planRun(
    services,
    run,
    tenant,
  );
  // Before any write changes the state: it is packed as it was loaded.
  if (!run.dryRun) {
    await services.softruckState.compactIfDue(tenantId, { state, layout });
  }
  const context: ApplyContext = {
    api,
    store: services.softruckState,
    tenantId,
    enterpriseId,
    runId,
    state,
    deadline: started + services.env.RECONCILE_TIME_BUDGET_MS,
  };
  const remaining = run.dryRun
    ? await rehearse(services, run, plan)
    : await apply(services, run, context, plan);
  await services.runs.endReconcileTurn(tenantId, runId, api.calls);
  if (remaining.length > 0) return true;
  await finishRun(services, run, {
    read,
    complete: extent === 'complete',
    conflicts: desired.conflicts,
    heldReason: plan.heldReason,
  });
  return false;
}

/**
 * Whether the run may write to the tenant's enterprise: checked once per
 * run and enterprise, the answer kept on the run for its continuations.
 * A mismatch fails the run before anything is written.
 */
async function confirmEnterprise(
  services: Services,
  api: SoftruckApi,
  run: Run,
  tenant: Tenant,
): Promise<boolean> {
  const { tenantId, runId } = run;
  const enterpriseId = tenant.softruckEnterpriseId;
  if (run.enterpriseChecked === enterpriseId) return true;
  const mismatch = await checkEnterprise(api, tenant);
  if (mismatch) {
    await services.runs.transition(tenantId, runId, ['RECONCILING'], 'FAILED', {
      error: mismatch,
      finishedAt: new Date().toISOString(),
    });
    countRun('RunsFailed', tenantId, runId);
    logger.error('run failed: wrong enterprise', { reason: mismatch });
    return false;
  }
  await services.runs.transition(
    tenantId,
    runId,
    ['RECONCILING'],
    'RECONCILING',
    { enterpriseChecked: enterpriseId },
  );
  return true;
}

/** A dry run: the plan becomes the report; nothing is written. */
async function rehearse(services: Services, run: Run, plan: Plan) {
  await services.outcomes.putAll(run.tenantId, run.runId, [
    ...plan.actions.map(plannedOutcome),
    ...passiveOutcomes(plan, []),
  ]);
  return [];
}

/** Writes the plan; returns the actions left for a continuation. */
async function apply(
  services: Services,
  run: Run,
  context: ApplyContext,
  plan: Plan,
) {
  const { tenantId, runId } = run;
  const result = await applyPlan(context, plan.actions);
  const passive = run.passiveRecorded
    ? []
    : passiveOutcomes(plan, result.remaining);
  await services.outcomes.putAll(tenantId, runId, [
    ...result.outcomes,
    ...passive,
  ]);
  if (!run.passiveRecorded) {
    await services.runs.transition(
      tenantId,
      runId,
      ['RECONCILING'],
      'RECONCILING',
      { passiveRecorded: true },
    );
  }
  if (result.interruption) {
    logger.warn('reconcile interrupted', {
      reason: result.interruption,
      remaining: result.remaining.length,
    });
  }
  return result.remaining;
}
