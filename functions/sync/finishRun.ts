import { logger } from '../observability/logger';
import { countRun, emitRunMetrics } from '../observability/metrics';
import type { Services } from '../runtime/services';
import type { RunRead } from '../state/ReadStore';
import type { Run } from '../state/types';
import { buildReport } from './buildReport';

export interface FinishInput {
  read: RunRead;
  complete: boolean;
  conflicts: { key: string; reason: string }[];
  heldReason?: string;
}

/**
 * Sums the run's outcomes into its report and marks it DONE, once: the
 * metrics of a run are emitted by the caller that made the flip.
 */
export async function finishRun(
  services: Services,
  run: Run,
  input: FinishInput,
): Promise<void> {
  const { tenantId, runId } = run;
  const latest = (await services.runs.get(tenantId, runId)) ?? run;
  const finishedAt = new Date().toISOString();
  const report = buildReport({
    run: { ...latest, status: 'DONE', finishedAt },
    outcomes: await services.outcomes.list(tenantId, runId),
    recordsRead: input.read.records.length,
    recordsRejected: input.read.rejections.length,
    rejectionReasons: input.read.rejections.map((r) => ({
      key: r.code ? `vehicle:${r.code}` : `page ${r.page} record ${r.index}`,
      reason: r.rejections.map((x) => `${x.field} ${x.reason}`).join('; '),
    })),
    conflicts: input.conflicts,
    heldReason: input.heldReason,
    softruckCalls: latest.softruckCalls ?? 0,
    complete: input.complete,
  });
  const finished = await services.runs.transition(
    tenantId,
    runId,
    ['RECONCILING'],
    'DONE',
    { finishedAt, report },
  );
  if (!finished) {
    logger.info('run not finished here: it moved on (superseded?)');
    return;
  }
  emitRunMetrics(report);
  if (report.held) countRun('RunsHeld', tenantId, runId);
  logger.info('run done', {
    complete: report.complete,
    vehicles: report.vehicles,
    users: report.users,
    failures: report.failures.length,
    held: report.held,
    missingPages: report.missingPages.length,
    calls: report.calls,
  });
}
