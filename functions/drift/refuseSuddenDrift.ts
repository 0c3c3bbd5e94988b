import { logger } from '../observability/logger';
import { countRun, emitDriftMetrics } from '../observability/metrics';
import type { Services } from '../runtime/services';
import type { Run } from '../state/types';
import { summarizeDrift } from './driftSummary';
import { suddenChanges } from './suddenDrift';

/** The sudden changes of a read run: its pages' and its own as a whole. */
export function suddenDriftOf(run: Run): string[] {
  const whole = suddenChanges(run.drift ?? {}, 'the run');
  return [...whole, ...(run.driftSudden ?? [])];
}

/**
 * Fails a run whose read shows a sudden change in what SGA sends (the
 * vehicle code gone from most records, say) before anything is written
 * to Softruck, and returns true. A shape that changed overnight would
 * otherwise reject every record one by one, or worse, write them wrongly.
 */
export async function refuseSuddenDrift(
  services: Services,
  run: Run,
): Promise<boolean> {
  const sudden = suddenDriftOf(run);
  if (sudden.length === 0) return false;
  const { tenantId, runId } = run;
  const shown = sudden.slice(0, 5).join('; ');
  const more = sudden.length > 5 ? ` (and ${sudden.length - 5} more)` : '';
  await services.runs.transition(tenantId, runId, ['RECONCILING'], 'FAILED', {
    error: `SGA changed what it sends; nothing written: ${shown}${more}`,
    finishedAt: new Date().toISOString(),
  });
  countRun('RunsFailed', tenantId, runId);
  emitDriftMetrics(tenantId, runId, summarizeDrift(run.drift ?? {}, sudden));
  logger.error('run failed: SGA changed what it sends', { sudden });
  return true;
}
