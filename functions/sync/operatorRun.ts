import type { Services } from '../runtime/services';
import type { Run } from '../state/types';

/** What an operator's action on a run did, or why it did nothing. */
export interface OperationResult {
  tenantId: string;
  runId?: string;
  outcome: 'redriven' | 'settled' | 'released' | 'refused';
  detail: string;
  /** The pages sent again (redrive) or given up (settle). */
  pages?: number[];
}

/** How many of a tenant's latest runs are searched for a newer one. */
const NEWER_SEARCH = 20;

/**
 * The run an operator names, or the tenant's latest when none is named,
 * provided no later run that writes (not a dry run) exists: acting on an
 * older run would apply an older picture of SGA over a newer one.
 */
export async function operatorRun(
  services: Services,
  tenantId: string,
  runId?: string,
): Promise<{ run: Run } | { refused: OperationResult }> {
  const refuse = (detail: string) => ({
    refused: { tenantId, runId, outcome: 'refused' as const, detail },
  });
  const recent = await services.runs.latest(tenantId, NEWER_SEARCH);
  const run = runId
    ? await services.runs.get(tenantId, runId)
    : (recent.find((r) => !r.dryRun) ?? recent[0]);
  if (!run) {
    return refuse(runId ? `no run ${runId}` : 'the tenant has no run');
  }
  const newer = recent.find((r) => r.runId > run.runId && !r.dryRun);
  if (newer) {
    return refuse(
      `run ${newer.runId} is newer; only the latest run can be changed`,
    );
  }
  return { run };
}
