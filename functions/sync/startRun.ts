import { logger } from '../observability/logger';
import type { Services } from '../runtime/services';
import { sgaGateKey } from '../runtime/createServices';
import { SgaBlockedError } from '../sga/errors';
import { recordBlock } from '../sga/pauseForBlock';
import type { Run, RunScope } from '../state/types';
import type { Tenant } from '../tenants/tenantSchema';

export interface StartOptions {
  runId: string;
  dryRun: boolean;
  scope: RunScope;
}

/** How the start of one tenant's run went. */
export type StartResult =
  | { tenantId: string; outcome: 'started' | 'joined'; run: Run }
  | { tenantId: string; outcome: 'paused'; until: string }
  | { tenantId: string; outcome: 'failed'; error: string };

const UNFINISHED = ['READING', 'PAUSED', 'READ', 'RECONCILING'] as const;

/**
 * Starts a tenant's run: asks SGA for the page count, records the run and
 * enqueues one message per page. A retry with the same run id joins the
 * run and re-sends what it still needs; older unfinished runs are
 * superseded, never half-applied.
 */
export async function startRun(
  services: Services,
  tenant: Tenant,
  options: StartOptions,
): Promise<StartResult> {
  const tenantId = tenant.id;
  const existing = await services.runs.get(tenantId, options.runId);
  if (existing)
    return {
      tenantId,
      outcome: 'joined',
      run: await rejoin(services, existing),
    };
  const blocked = await services.slots.blockedUntil(sgaGateKey(tenantId));
  if (blocked) {
    return {
      tenantId,
      outcome: 'paused',
      until: new Date(blocked).toISOString(),
    };
  }
  const sga = await services.sgaFor(tenant);
  let pages = 1;
  let records: number | undefined;
  try {
    if (options.scope.kind === 'all') {
      ({ pages, records } = await sga.pageCount());
    }
  } catch (error) {
    if (error instanceof SgaBlockedError) {
      const until = await recordBlock(services, tenantId);
      return {
        tenantId,
        outcome: 'paused',
        until: new Date(until).toISOString(),
      };
    }
    return { tenantId, outcome: 'failed', error: (error as Error).message };
  }
  // A rehearsal writes nothing, so it never ends a run that writes.
  if (!options.dryRun) await supersedeOlder(services, tenantId, options.runId);
  const run: Run = {
    tenantId,
    runId: options.runId,
    status: pages === 0 ? 'READ' : 'READING',
    scope: options.scope,
    dryRun: options.dryRun,
    pageCount: pages,
    totalRecords: records,
    pagesDone: [],
    // Records on no page cannot be read: that read is not complete.
    anomalies:
      pages === 0 && (records ?? 0) > 0
        ? [`SGA declared ${records} records on 0 pages`]
        : [],
    startedAt: new Date().toISOString(),
    sgaCalls: sga.calls,
  };
  const { created, run: stored } = await services.runs.create(run);
  if (!created)
    return { tenantId, outcome: 'joined', run: await rejoin(services, stored) };
  logger.info('run started', { tenantId, runId: run.runId, pages, records });
  await enqueue(services, stored);
  return { tenantId, outcome: 'started', run: stored };
}

/** Sends what an existing run still needs: its missing pages, or its reconcile. */
export async function enqueue(
  services: Services,
  run: Run,
  generation = 0,
): Promise<void> {
  const { tenantId, runId } = run;
  if (run.status === 'READ' || run.status === 'RECONCILING') {
    await services.queue.sendReconcile({ tenantId, runId });
    return;
  }
  if (run.status !== 'READING') return;
  const done = new Set(run.pagesDone);
  const missing = [];
  for (let page = 1; page <= run.pageCount; page++) {
    if (!done.has(page)) missing.push({ tenantId, runId, page });
  }
  await services.queue.sendPages(missing, generation);
}

async function rejoin(services: Services, run: Run): Promise<Run> {
  await enqueue(services, run);
  return run;
}

async function supersedeOlder(
  services: Services,
  tenantId: string,
  runId: string,
): Promise<void> {
  for (const older of await services.runs.latest(tenantId, 5)) {
    if (older.runId === runId) continue;
    if (!(UNFINISHED as readonly string[]).includes(older.status)) continue;
    const superseded = await services.runs.transition(
      tenantId,
      older.runId,
      [...UNFINISHED],
      'SUPERSEDED',
      { finishedAt: new Date().toISOString(), error: `superseded by ${runId}` },
    );
    if (superseded) {
      logger.warn('unfinished run superseded', {
        tenantId,
        runId: older.runId,
        supersededBy: runId,
        pagesDone: older.pagesDone.length,
        pageCount: older.pageCount,
      });
    }
  }
}
