import { logger } from '../observability/logger';
import { sgaGateKey } from '../runtime/createServices';
import type { Services } from '../runtime/services';
import { SgaBlockedError } from '../sga/errors';
import { pauseRun, recordBlock } from '../sga/pauseForBlock';
import type { Run } from '../state/types';
import type { Tenant } from '../tenants/tenantSchema';

/**
 * Ends the reading of a run once every page is in: checks that SGA's
 * counts did not change meanwhile (a changed count means records shifted
 * between pages and some may have been missed) and that the pages held
 * as many records as SGA declared, flips the run to READ, which only one
 * caller can do, and asks for the reconcile. Any of these anomalies
 * forbids the run's deactivations. A run already READ asks again: the
 * caller that flipped it may have died before asking.
 */
export async function completeRead(
  services: Services,
  run: Run,
  tenant?: Tenant,
): Promise<void> {
  const { tenantId, runId } = run;
  if (run.status === 'READ') {
    await services.queue.sendReconcile({ tenantId, runId });
    return;
  }
  if (run.status !== 'READING' || run.pagesDone.length < run.pageCount) {
    return;
  }
  const anomalies: string[] = [];
  if (run.scope.kind === 'all') {
    const owner = tenant ?? (await services.tenants.get(tenantId));
    if (!owner) throw new Error(`tenant ${tenantId} does not exist`);
    const recounted = await recount(services, owner, run);
    if (recounted === 'paused') return;
    anomalies.push(...recounted, ...(await shortfall(services, run)));
  }
  const flipped = await services.runs.transition(
    tenantId,
    runId,
    ['READING'],
    'READ',
    { readAt: new Date().toISOString() },
    anomalies,
  );
  if (!flipped) return;
  logger.info('run read completely', { anomalies });
  await services.queue.sendReconcile({ tenantId, runId });
}

/** Asks SGA for its counts again; a block pauses the run instead. */
async function recount(
  services: Services,
  tenant: Tenant,
  run: Run,
): Promise<string[] | 'paused'> {
  const blocked = await services.slots.blockedUntil(sgaGateKey(tenant.id));
  if (blocked) {
    await pauseRun(services, run, blocked);
    return 'paused';
  }
  const sga = await services.sgaFor(tenant);
  try {
    const { pages, records } = await sga.pageCount();
    const changes: string[] = [];
    if (pages !== run.pageCount) {
      changes.push(
        `page count changed from ${run.pageCount} to ${pages} during the run`,
      );
    }
    const before = run.totalRecords;
    if (before !== undefined && records !== undefined && records !== before) {
      changes.push(
        `record count changed from ${before} to ${records} during the run`,
      );
    }
    return changes;
  } catch (error) {
    if (error instanceof SgaBlockedError) {
      await pauseRun(services, run, await recordBlock(services, tenant.id));
      return 'paused';
    }
    return [`page count could not be checked again: ${(error as Error).name}`];
  }
}

/**
 * Fewer records on the pages than SGA declared means a short page: some
 * records were not served. More is normal (SGA repeats records across
 * pages), so only a shortfall counts.
 */
async function shortfall(services: Services, run: Run): Promise<string[]> {
  const declared = run.totalRecords;
  if (declared === undefined) return [];
  const read = await services.reads.load(run.tenantId, run.runId);
  const served = read.records.length + read.rejections.length;
  return served < declared
    ? [`pages held ${served} of the ${declared} records SGA declared`]
    : [];
}
