import { logger } from '../observability/logger';
import { sgaGateKey } from '../runtime/createServices';
import type { Services } from '../runtime/services';
import type { Run } from '../state/types';
import { completeRead } from './completeRead';
import { enqueue, type StartResult } from './startRun';

/**
 * Resumes runs that an SGA block paused, once the block is over: the
 * missing pages are enqueued again (what was read is kept), so the run
 * ends as an unblocked one would; a run paused after its last page (at
 * the final recount) finishes its read. No SGA call is made while the
 * tenant is still blocked. Runs whose reading finished but whose
 * reconcile was lost are asked for again, and so are runs whose reconcile
 * stopped: no turn for `stalledAfterMs` and nobody holding the tenant's
 * lease, as when a continuation message was lost.
 */
export async function resumeRuns(
  services: Services,
  stalledAfterMs: number,
  tenantId?: string,
): Promise<StartResult[]> {
  const results: StartResult[] = [];
  for (const tenant of await services.tenants.list()) {
    if (!tenant.enabled || (tenantId && tenant.id !== tenantId)) continue;
    const [run] = await services.runs.latest(tenant.id, 1);
    if (!run) continue;
    const runId = run.runId;
    const id = tenant.id;
    if (
      run.status === 'READ' ||
      (run.status === 'RECONCILING' &&
        (await reconcileStopped(services, run, stalledAfterMs)))
    ) {
      await services.queue.sendReconcile({ tenantId: id, runId });
      results.push({ tenantId: id, outcome: 'joined', run });
      continue;
    }
    if (run.status !== 'PAUSED') continue;
    const blocked = await services.slots.blockedUntil(sgaGateKey(id));
    if (blocked) {
      results.push({
        tenantId: id,
        outcome: 'paused',
        until: new Date(blocked).toISOString(),
      });
      continue;
    }
    if (await services.runs.transition(id, runId, ['PAUSED'], 'READING')) {
      logger.info('paused run resumed', { tenantId: id, runId });
      const resumed = { ...run, status: 'READING' as const };
      if (resumed.pagesDone.length >= resumed.pageCount) {
        await completeRead(services, resumed, tenant);
      } else {
        await enqueue(services, resumed, Date.now());
      }
      results.push({ tenantId: id, outcome: 'joined', run: resumed });
    }
  }
  return results;
}

/**
 * Whether a reconciling run has had no turn for `stalledAfterMs` with
 * nobody at work on its tenant. A continuation waiting its turn behind
 * other tenants' is not stopped; set `stalledAfterMs` longer than such a
 * wait. Asked again by mistake, a run only gets one more turn: the lease
 * keeps two from writing at once and each plans afresh.
 */
async function reconcileStopped(
  services: Services,
  run: Run,
  stalledAfterMs: number,
): Promise<boolean> {
  const last = run.reconciledAt ?? Date.parse(run.readAt ?? run.startedAt);
  const idleMs = Date.now() - last;
  if (idleMs < stalledAfterMs) return false;
  if (await services.leases.isHeld(run.tenantId)) return false;
  logger.warn('reconcile asked for again: it stopped', {
    tenantId: run.tenantId,
    runId: run.runId,
    idleMinutes: Math.round(idleMs / 60_000),
  });
  return true;
}
