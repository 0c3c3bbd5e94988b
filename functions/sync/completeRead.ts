import { logger } from '../observability/logger';
import { sgaGateKey } from '../runtime/createServices';
import type { Services } from '../runtime/services';
import { SgaBlockedError } from '../sga/errors';
import type { Run } from '../state/types';
import type { Tenant } from '../tenants/tenantSchema';

/**
 * Ends the reading of a run once every page is in: checks that SGA's page
 * count did not change meanwhile (a changed count means pages shifted and
 * some records may have been missed), flips the run to READ, which only
 * one caller can do, and asks for the reconcile. A run already READ asks
 * again: the caller that flipped it may have died before asking.
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
    anomalies.push(...(await recount(services, owner, run)));
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

async function recount(
  services: Services,
  tenant: Tenant,
  run: Run,
): Promise<string[]> {
  const sga = await services.sgaFor(tenant);
  try {
    const { pages } = await sga.pageCount();
    return pages === run.pageCount
      ? []
      : [`page count changed from ${run.pageCount} to ${pages} during the run`];
  } catch (error) {
    if (error instanceof SgaBlockedError) {
      const until = Date.now() + services.env.SGA_BLOCK_PAUSE_MS;
      await services.slots.block(sgaGateKey(tenant.id), until);
    }
    return [`page count could not be checked again: ${(error as Error).name}`];
  }
}
