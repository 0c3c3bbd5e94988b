import { normalizeRecord } from '../normalize';
import { vehicleCodeOf } from '../normalize/vehicleCodeOf';
import { logger } from '../observability/logger';
import { sgaGateKey } from '../runtime/createServices';
import type { Services } from '../runtime/services';
import type { PageMessage } from '../queue/messages';
import {
  SgaAuthError,
  SgaBlockedError,
  type SgaError,
  SgaRouteDisabledError,
} from '../sga/errors';
import { pauseRun, recordBlock } from '../sga/pauseForBlock';
import { readScope } from '../sga/readScope';
import type { SgaClient } from '../sga/SgaClient';
import type { ReadRecord, ReadRejection, Run } from '../state/types';
import { completeRead } from './completeRead';
import { pageDrift } from '../drift/pageDrift';

/**
 * Reads one page of a run: fetches it, normalizes each record (a bad
 * record fails alone, with its reason), stores what it read and marks the
 * page done. A blocked token pauses the run instead of failing the page;
 * a route SGA refuses fails the run, naming the route; 5xx, timeouts and
 * resets that outlast the client's retries fail the page, for the queue
 * to retry.
 */
export async function readRunPage(
  services: Services,
  message: PageMessage,
): Promise<void> {
  const { tenantId, runId, page } = message;
  const run = await services.runs.get(tenantId, runId);
  if (!run) throw new Error(`run ${runId} of ${tenantId} does not exist`);
  if (run.pagesDone.includes(page)) {
    logger.info('page already read (redelivery)');
    await completeRead(services, run);
    return;
  }
  if (run.status !== 'READING') {
    logger.info('page skipped: run is not reading', { status: run.status });
    return;
  }
  const tenant = await services.tenants.get(tenantId);
  if (!tenant) throw new Error(`tenant ${tenantId} does not exist`);
  const blocked = await services.slots.blockedUntil(sgaGateKey(tenantId));
  if (blocked) return pauseRun(services, run, blocked);
  const sga = await services.sgaFor(tenant);
  let raw: unknown[];
  const anomalies: string[] = [];
  try {
    raw = await readScope(sga, run.scope, page);
    if (raw.length === 0 && run.scope.kind === 'all') {
      anomalies.push(`page ${page} of ${run.pageCount} came back empty`);
    }
  } catch (error) {
    if (error instanceof SgaBlockedError) return blockedNow(services, run);
    if (!isRefusal(error)) throw error;
    const past = await pastTheLastPage(services, run, sga, page, error);
    if (past === undefined) return;
    raw = [];
    anomalies.push(past);
  }
  const { records, rejections } = normalizePage(raw, page);
  const drift = pageDrift(raw, page);
  await services.reads.putPage(tenantId, runId, page, {
    records,
    rejections,
  });
  const mark = await services.runs.markPageDone(
    tenantId,
    runId,
    page,
    anomalies,
    sga.calls,
    drift,
  );
  logger.info('page read', {
    records: records.length,
    rejected: rejections.length,
    pagesDone: mark.run.pagesDone.length,
    pageCount: run.pageCount,
    anomalies,
  });
  await completeRead(services, mark.run, tenant);
}

const isRefusal = (error: unknown): error is SgaError =>
  error instanceof SgaRouteDisabledError || error instanceof SgaAuthError;

/**
 * A 404 on a page is either a page past the last one (the association
 * shrank since the count) or a route not enabled: a fresh count tells
 * which. Returns the anomaly of a page past the last; otherwise fails or
 * pauses the run and returns `undefined`.
 */
async function pastTheLastPage(
  services: Services,
  run: Run,
  sga: SgaClient,
  page: number,
  refusal: SgaError,
): Promise<string | undefined> {
  if (run.scope.kind === 'all' && refusal.status === 404) {
    try {
      const { pages } = await sga.pageCount();
      if (page > pages) {
        return `page ${page} is past the last page: SGA now counts ${pages}`;
      }
    } catch (error) {
      if (error instanceof SgaBlockedError) {
        await blockedNow(services, run);
        return undefined;
      }
      if (!isRefusal(error)) throw error;
    }
  }
  await services.runs.transition(
    run.tenantId,
    run.runId,
    ['READING'],
    'FAILED',
    {
      error: `SGA refused the read: ${refusal.message}`,
      finishedAt: new Date().toISOString(),
    },
  );
  logger.error('run failed: SGA refused a route', {
    route: refusal.route,
    status: refusal.status,
  });
  return undefined;
}

/** Normalizes a page; rejections keep their position and reasons. */
export function normalizePage(raw: unknown[], page: number) {
  const records: ReadRecord[] = [];
  const rejections: ReadRejection[] = [];
  raw.forEach((item, index) => {
    const result = normalizeRecord(item);
    if (result.ok) {
      const { vehicle, associate, problems } = result;
      records.push({ page, index, vehicle, associate, problems });
    } else {
      const code = vehicleCodeOf(item);
      rejections.push({ page, index, code, rejections: result.rejections });
    }
  });
  return { records, rejections };
}

async function blockedNow(services: Services, run: Run) {
  await pauseRun(services, run, await recordBlock(services, run.tenantId));
}
