import { logger } from '../observability/logger';
import type { Services } from '../runtime/services';
import { type OperationResult, operatorRun } from './operatorRun';

/**
 * Releases the deactivations the brake held in one run: the run is
 * reconciled again, planned afresh from its stored read, with the brake
 * off for this run only. Refused for a dry run, a run without held
 * deactivations, and any run but the tenant's latest.
 */
export async function releaseRun(
  services: Services,
  tenantId: string,
  runId: string,
): Promise<OperationResult> {
  const found = await operatorRun(services, tenantId, runId);
  if ('refused' in found) return found.refused;
  const { run } = found;
  const refuse = (detail: string): OperationResult => ({
    tenantId,
    runId,
    outcome: 'refused',
    detail,
  });
  if (run.dryRun) return refuse('a dry run writes nothing to release');
  if (run.status !== 'DONE') return refuse(`run is ${run.status}`);
  if (!run.report?.held) return refuse('the run held no deactivations');
  const reopened = await services.runs.transition(
    tenantId,
    runId,
    ['DONE'],
    'READ',
    { releaseHeld: true },
  );
  if (!reopened) return refuse('run moved on; try again');
  await services.queue.sendReconcile({ tenantId, runId });
  const { count, reason } = run.report.held;
  logger.warn('held deactivations released', { tenantId, runId, count });
  return {
    tenantId,
    runId,
    outcome: 'released',
    detail: `${count} held deactivations released (${reason})`,
  };
}
