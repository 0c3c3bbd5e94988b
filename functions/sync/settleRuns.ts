import { logger } from '../observability/logger';
import { countRun } from '../observability/metrics';
import type { Services } from '../runtime/services';
import type { Run } from '../state/types';
import { missingPages } from './missingPages';
import type { OperationResult } from './operatorRun';

/**
 * Gives up a reading run's missing pages and reconciles what it read:
 * creates and updates go ahead, and, the read being incomplete, nothing
 * is deactivated. The pages stay listed as missing; redriving them later
 * reopens the run and finishes it complete.
 */
export async function settleRun(
  services: Services,
  run: Run,
  why: string,
): Promise<OperationResult> {
  const { tenantId, runId } = run;
  const pages = missingPages(run);
  if (run.status !== 'READING' || pages.length === 0) {
    const detail = `run is ${run.status} with ${pages.length} pages missing`;
    return { tenantId, runId, outcome: 'refused', detail };
  }
  const settledAt = new Date().toISOString();
  const flipped = await services.runs.transition(
    tenantId,
    runId,
    ['READING'],
    'READ',
    { readAt: settledAt, settledAt },
  );
  if (!flipped) {
    return { tenantId, runId, outcome: 'refused', detail: 'run moved on' };
  }
  await services.queue.sendReconcile({ tenantId, runId });
  countRun('RunsUnfinished', tenantId, runId);
  logger.warn('run settled without its missing pages', {
    tenantId,
    runId,
    why,
    missingPages: pages,
  });
  return { tenantId, runId, outcome: 'settled', detail: why, pages };
}

/**
 * Settles the runs that stopped reading: the latest run (and latest run
 * that writes) of each enabled tenant, or of `tenantId`, still READING
 * with pages missing and no page done for `stalledAfterMs`. Set that
 * longer than a page message can live in the page queue (visibility
 * timeout × receives), so that a page still being retried is never taken
 * for a dead letter.
 */
export async function settleStalledRuns(
  services: Services,
  stalledAfterMs: number,
  tenantId?: string,
): Promise<OperationResult[]> {
  const results: OperationResult[] = [];
  for (const tenant of await services.tenants.list()) {
    if (!tenant.enabled || (tenantId && tenant.id !== tenantId)) continue;
    for (const run of await candidates(services, tenant.id)) {
      if (run.status !== 'READING' || missingPages(run).length === 0) continue;
      const idleMs = Date.now() - (run.progressAt ?? Date.parse(run.startedAt));
      if (idleMs < stalledAfterMs) continue;
      const minutes = Math.round(idleMs / 60_000);
      results.push(
        await settleRun(services, run, `no page read for ${minutes} min`),
      );
    }
  }
  return results;
}

/** The latest run, and the latest that writes when a dry run came after. */
async function candidates(services: Services, tenantId: string) {
  const recent = await services.runs.latest(tenantId, 5);
  const writing = recent.find((r) => !r.dryRun);
  return [...new Set([recent[0], writing])].filter((r) => r !== undefined);
}
