import { ConfigError, formatIssues } from '../config/formatIssues';
import { logger, withLogContext } from '../observability/logger';
import type { Services } from '../runtime/services';
import type { RunScope } from '../state/types';
import { fanOutEventSchema, type FanOutEvent } from './fanOutEvent';
import type { OperationResult } from './operatorRun';
import { redriveRun, settleNow } from './redriveRun';
import { releaseRun } from './releaseRun';
import { resumeRuns } from './resumeRuns';
import { settleStalledRuns } from './settleRuns';
import { dailyRunId, onDemandRunId } from './runId';
import { mapConcurrent } from './mapConcurrent';
import { startRun, type StartResult } from './startRun';

export interface FanOutResult {
  runId?: string;
  tenants: StartResult[];
  /** What `resume` settled, or what an operator's action did. */
  operations?: OperationResult[];
}

/**
 * Tenants whose runs start at the same time. Each start makes one SGA call,
 * to that tenant's own SGA, so starting them side by side is polite to
 * every SGA; a few at a time keeps the largest tenant from waiting for the
 * counts of all the others before its first page is queued.
 */
const STARTS_AT_ONCE = 8;

/**
 * Starts the runs an event asks for, a few tenants at a time. A tenant
 * that fails does not stop the others; the function fails at the end,
 * naming them, so the schedule retries and the retry joins the runs that
 * did start.
 */
export async function fanOut(
  services: Services,
  input: unknown,
): Promise<FanOutResult> {
  const parsed = fanOutEventSchema.safeParse(input ?? {});
  if (!parsed.success) {
    throw new ConfigError(`invalid event: ${formatIssues(parsed.error)}`);
  }
  const event = parsed.data;
  if (event.action !== 'run') return maintain(services, event);
  const tenants = await selectTenants(services, event.tenantId);
  const scope = scopeOf(event);
  const runId =
    event.runId ??
    (scope.kind === 'lookup' || !event.scheduledTime
      ? onDemandRunId(new Date())
      : dailyRunId(new Date(event.scheduledTime)));
  const results = await mapConcurrent(tenants, STARTS_AT_ONCE, (tenant) =>
    withLogContext({ tenantId: tenant.id, runId }, async () => {
      const result = await startRun(services, tenant, {
        runId,
        dryRun: event.dryRun,
        scope,
      });
      if (result.outcome === 'failed') {
        logger.error('run not started', { error: result.error });
      }
      return result;
    }),
  );
  const failed = results.filter(
    (r): r is Extract<StartResult, { outcome: 'failed' }> =>
      r.outcome === 'failed',
  );
  if (failed.length > 0) {
    const why = failed.map((r) => `${r.tenantId} (${r.error})`);
    throw new Error(`runs not started: ${why.join('; ')}`);
  }
  return { runId, tenants: results };
}

/**
 * The actions on existing runs: the schedule's resume (paused runs go on,
 * stalled ones are settled) and an operator's redrive, settle or release.
 */
async function maintain(
  services: Services,
  event: FanOutEvent,
): Promise<FanOutResult> {
  const { tenantId, runId } = event;
  const one = async (op: Promise<OperationResult>) => {
    const result = await op;
    if (result.outcome === 'refused') {
      logger.warn(`${event.action} refused`, { ...result });
    }
    return { tenants: [], operations: [result] };
  };
  switch (event.action) {
    case 'redrive':
      return one(redriveRun(services, tenantId as string, runId));
    case 'settle':
      return one(settleNow(services, tenantId as string, runId));
    case 'release':
      return one(releaseRun(services, tenantId as string, runId as string));
    default: {
      const stalledMs = event.stalledAfterMinutes * 60_000;
      const tenants = await resumeRuns(services, stalledMs, tenantId);
      const operations = await settleStalledRuns(services, stalledMs, tenantId);
      return { tenants, operations };
    }
  }
}

async function selectTenants(services: Services, tenantId?: string) {
  if (!tenantId)
    return (await services.tenants.list()).filter((t) => t.enabled);
  const tenant = await services.tenants.get(tenantId);
  if (!tenant) throw new ConfigError(`tenantId: no tenant ${tenantId}`);
  return [tenant];
}

function scopeOf(event: FanOutEvent): RunScope {
  if (event.plate) return { kind: 'lookup', by: 'plate', value: event.plate };
  if (event.chassis) {
    return { kind: 'lookup', by: 'chassis', value: event.chassis };
  }
  if (event.cpf) return { kind: 'lookup', by: 'cpf', value: event.cpf };
  return { kind: 'all' };
}
