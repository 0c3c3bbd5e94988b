import { logger } from '../observability/logger';
import type { Services } from '../runtime/services';
import { missingPages } from './missingPages';
import { type OperationResult, operatorRun } from './operatorRun';
import { settleRun } from './settleRuns';

/**
 * Sends a run's missing pages again (the page queue's dead letters, or
 * pages a settled run gave up). A run settled and DONE is reopened for
 * them, so that, all pages in, it reconciles again with a complete read
 * and may then deactivate. A page read meanwhile counts once anyway.
 */
export async function redriveRun(
  services: Services,
  tenantId: string,
  runId?: string,
): Promise<OperationResult> {
  const found = await operatorRun(services, tenantId, runId);
  if ('refused' in found) return found.refused;
  const { run } = found;
  const refuse = (detail: string): OperationResult => ({
    tenantId,
    runId: run.runId,
    outcome: 'refused',
    detail,
  });
  const pages = missingPages(run);
  if (pages.length === 0) return refuse('no page is missing');
  if (run.status !== 'READING' && run.status !== 'DONE') {
    return refuse(`run is ${run.status}`);
  }
  // A fresh progress time keeps the resume schedule from settling the
  // run again before the pages sent now are read.
  const reopened = await services.runs.transition(
    tenantId,
    run.runId,
    [run.status],
    'READING',
    { progressAt: Date.now() },
  );
  if (!reopened) return refuse('run moved on; try again');
  await services.queue.sendPages(
    pages.map((page) => ({ tenantId, runId: run.runId, page })),
    Date.now(),
  );
  logger.info('missing pages sent again', {
    tenantId,
    runId: run.runId,
    pages,
  });
  return {
    tenantId,
    runId: run.runId,
    outcome: 'redriven',
    detail: `${pages.length} pages sent again`,
    pages,
  };
}

/** Settles the named (or latest) run now: the operator's decision. */
export async function settleNow(
  services: Services,
  tenantId: string,
  runId?: string,
): Promise<OperationResult> {
  const found = await operatorRun(services, tenantId, runId);
  if ('refused' in found) return found.refused;
  return settleRun(services, found.run, 'settled by an operator');
}
