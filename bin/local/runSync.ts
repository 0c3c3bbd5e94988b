import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SecretWriter } from '../../functions/secrets/SecretWriter';
import type { SoftruckCredentials } from '../../functions/softruck/SoftruckClient';
import type { Run, RunReport, RunStatus } from '../../functions/state/types';
import { refuseMissingRoutes } from '../../functions/sga/routeGate';
import type { FanOutResult } from '../../functions/sync/fanOut';
import {
  tenantSchema,
  type TenantWithToken,
} from '../../functions/tenants/tenantSchema';
import type { LocalPipeline } from './LocalPipeline';

export interface RunSyncOptions {
  /** Tenants to register first; without them, the stored enabled ones. */
  tenants?: TenantWithToken[];
  /** Only this tenant, when set. */
  tenantId?: string;
  dryRun: boolean;
  lookup?: { by: 'plate' | 'chassis' | 'cpf'; value: string };
  /** A fixed run id (the demonstration's days); else one per invocation. */
  runId?: string;
  softruck: SoftruckCredentials;
  timeoutMs: number;
  progress: (line: string) => void;
}

/** How one tenant's run ended, for the summary and `--report`. */
export interface TenantOutcome {
  tenantId: string;
  runId?: string;
  status: RunStatus | 'NOT_STARTED';
  error?: string;
  pausedUntil?: string;
  report?: RunReport;
}

/**
 * Runs the sync once through the local pipeline: registers the tenants
 * and their tokens, resumes runs paused by an SGA block whose pause is
 * over, starts a run for the others, delivers every message, and returns
 * each tenant's outcome. It never sleeps through a block: a tenant still
 * blocked is reported as paused.
 */
export async function runSync(
  pipeline: LocalPipeline,
  options: RunSyncOptions,
): Promise<TenantOutcome[]> {
  const { services } = pipeline;
  const writer = new SecretWriter(
    new SecretsManagerClient({}),
    services.env.SGA_TOKEN_SECRET_PREFIX,
    services.env.SOFTRUCK_SECRET_ID,
  );
  await writer.putSoftruckCredentials(options.softruck);
  for (const { sgaToken, ...settings } of options.tenants ?? []) {
    await services.tenants.put(tenantSchema.parse(settings));
    await writer.putSgaToken(settings.id, sgaToken);
  }
  const ids = options.tenants
    ? options.tenants.map((t) => t.id)
    : (await services.tenants.list()).filter((t) => t.enabled).map((t) => t.id);
  const outcomes = new Map<string, TenantOutcome>();
  for (const id of ids) {
    if (options.tenantId && id !== options.tenantId) continue;
    outcomes.set(id, await start(pipeline, id, options));
  }
  let last = '';
  await pipeline.drain(options.timeoutMs, async () => {
    // Only news is printed: a long reconcile would repeat one line.
    const line = await progressLine(pipeline, outcomes);
    if (line !== last) options.progress(line);
    last = line;
  });
  for (const outcome of outcomes.values()) {
    if (!outcome.runId) continue;
    const run = await services.runs.get(outcome.tenantId, outcome.runId);
    if (run) Object.assign(outcome, describe(run));
  }
  return [...outcomes.values()];
}

async function start(
  pipeline: LocalPipeline,
  tenantId: string,
  options: RunSyncOptions,
): Promise<TenantOutcome> {
  const resumed = (await pipeline.invokeFanOut({
    action: 'resume',
    tenantId,
  })) as FanOutResult;
  const found = resumed.tenants[0];
  if (found?.outcome === 'paused') {
    return { tenantId, status: 'PAUSED', pausedUntil: found.until };
  }
  if (found?.outcome === 'joined') {
    return { tenantId, runId: found.run.runId, status: found.run.status };
  }
  try {
    const refusal = await refuseMissingRoutes(
      pipeline.services,
      tenantId,
      options.lookup,
    );
    if (refusal) return { tenantId, status: 'NOT_STARTED', error: refusal };
    const result = (await pipeline.invokeFanOut({
      tenantId,
      dryRun: options.dryRun,
      ...(options.runId ? { runId: options.runId } : {}),
      ...(options.lookup ? { [options.lookup.by]: options.lookup.value } : {}),
    })) as FanOutResult;
    const one = result.tenants[0];
    if (one.outcome === 'paused') {
      return { tenantId, status: 'PAUSED', pausedUntil: one.until };
    }
    if (one.outcome === 'failed') {
      return { tenantId, status: 'NOT_STARTED', error: one.error };
    }
    return { tenantId, runId: one.run.runId, status: one.run.status };
  } catch (error) {
    return { tenantId, status: 'NOT_STARTED', error: (error as Error).message };
  }
}

function describe(run: Run): Partial<TenantOutcome> {
  return {
    status: run.status,
    report: run.report,
    error: run.error,
    pausedUntil: run.status === 'PAUSED' ? run.pausedUntil : undefined,
  };
}

async function progressLine(
  pipeline: LocalPipeline,
  outcomes: Map<string, TenantOutcome>,
): Promise<string> {
  const parts: string[] = [];
  for (const o of outcomes.values()) {
    if (!o.runId) continue;
    const run = await pipeline.services.runs.get(o.tenantId, o.runId);
    if (!run) continue;
    const pages = `${run.pagesDone.length}/${run.pageCount} pages`;
    parts.push(`${o.tenantId}: ${run.status.toLowerCase()} ${pages}`);
  }
  return parts.join(' | ');
}
