import { normalizeRecord } from '../normalize';
import { vehicleCodeOf } from '../normalize/vehicleCodeOf';
import { logger } from '../observability/logger';
import { sgaGateKey } from '../runtime/createServices';
import type { Services } from '../runtime/services';
import type { PageMessage } from '../queue/messages';
import { SgaBlockedError } from '../sga/errors';
import type { SgaClient } from '../sga/SgaClient';
import type { ReadRecord, ReadRejection, Run } from '../state/types';
import { completeRead } from './completeRead';

/**
 * Reads one page of a run: fetches it, normalizes each record (a bad
 * record fails alone, with its reason), stores what it read and marks the
 * page done. A blocked token pauses the run instead of failing the page.
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
  if (blocked) return pause(services, run, blocked);
  const sga = await services.sgaFor(tenant);
  let raw: unknown[];
  try {
    raw = await fetchPage(sga, run, page);
  } catch (error) {
    if (!(error instanceof SgaBlockedError)) throw error;
    const until = Date.now() + services.env.SGA_BLOCK_PAUSE_MS;
    await services.slots.block(sgaGateKey(tenantId), until);
    logger.warn('SGA blocked the token; run paused', { until });
    return pause(services, run, until);
  }
  const { records, rejections } = normalizePage(raw, page);
  const anomalies =
    raw.length === 0 && run.scope.kind === 'all'
      ? [`page ${page} of ${run.pageCount} came back empty`]
      : [];
  await services.reads.putPage(tenantId, runId, { records, rejections });
  const mark = await services.runs.markPageDone(
    tenantId,
    runId,
    page,
    anomalies,
    sga.calls,
  );
  logger.info('page read', {
    records: records.length,
    rejected: rejections.length,
    pagesDone: mark.run.pagesDone.length,
    pageCount: run.pageCount,
  });
  await completeRead(services, mark.run, tenant);
}

function fetchPage(sga: SgaClient, run: Run, page: number) {
  const scope = run.scope;
  if (scope.kind === 'all') return sga.page(page);
  if (scope.by === 'plate') return sga.byPlate(scope.value);
  if (scope.by === 'chassis') return sga.byChassis(scope.value);
  return sga.byCpf(scope.value);
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

async function pause(services: Services, run: Run, until: number) {
  const pausedUntil = new Date(until).toISOString();
  await services.runs.transition(
    run.tenantId,
    run.runId,
    ['READING'],
    'PAUSED',
    {
      pausedUntil,
    },
  );
}
