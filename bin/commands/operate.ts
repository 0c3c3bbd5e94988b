import { ConfigError } from '../../functions/config/formatIssues';
import { setLogLevel } from '../../functions/observability/logger';
import { describeRun } from '../../functions/sync/describeRun';
import type { FanOutResult } from '../../functions/sync/fanOut';
import { fanOut } from '../../functions/sync/fanOut';
import type { OperationResult } from '../../functions/sync/operatorRun';
import type { Run } from '../../functions/state/types';
import { startLocalPipeline } from '../local/LocalPipeline';
import { openState } from '../local/openState';
import { formatRun } from './runText';

/** Where an operator's action runs and what it asks the fan-out. */
export interface Operation {
  event: { action: 'redrive' | 'settle' | 'release' } & Record<string, unknown>;
  stateDir?: string;
  aws: boolean;
  verbose: boolean;
  /** Whether the run, once the action has played out, is as wanted. */
  succeeded(run: Run): boolean;
}

const DRAIN_TIMEOUT_MS = 6 * 3600_000;

/**
 * Runs an operator's action on a run. Locally (`--state-dir`) through the
 * fan-out handler of a local pipeline, whose queues are then drained so
 * that the run plays out before the report is printed; on AWS (`--aws`)
 * through the same step against the deployed table and queues, where the
 * deployed functions play it out. Exit code 0 when it did what it
 * should, 1 when it was refused or the run did not end as wanted.
 */
export async function operate(op: Operation): Promise<number> {
  setLogLevel(op.verbose ? 'info' : 'warn');
  if (op.aws) return operateOnAws(op);
  if (!op.stateDir)
    throw new ConfigError('--state-dir DIR (or --aws) is required');
  const pipeline = await startLocalPipeline(op.stateDir);
  try {
    const result = (await pipeline.invokeFanOut(op.event)) as FanOutResult;
    const done = result.operations?.[0];
    if (!done || done.outcome === 'refused') return refused(done);
    console.log(describe(done));
    await pipeline.drain(DRAIN_TIMEOUT_MS);
    const run = await pipeline.services.runs.get(done.tenantId, done.runId!);
    if (!run) return 1;
    console.log(formatRun(await describeRun(pipeline.services, run)));
    return op.succeeded(run) ? 0 : 1;
  } finally {
    await pipeline.close();
  }
}

async function operateOnAws(op: Operation): Promise<number> {
  for (const name of ['PAGE_QUEUE_URL', 'RECONCILE_QUEUE_URL']) {
    if (!process.env[name]) {
      throw new ConfigError(`environment: ${name} is required with --aws`);
    }
  }
  const state = await openState({ stateDir: op.stateDir, aws: true });
  try {
    const result = await fanOut(state.services, op.event);
    const done = result.operations?.[0];
    if (!done || done.outcome === 'refused') return refused(done);
    console.log(`${describe(done)}; the deployed functions carry it out`);
    return 0;
  } finally {
    await state.close();
  }
}

function describe(result: OperationResult): string {
  const { tenantId, runId, outcome, detail } = result;
  return `${tenantId} run ${runId}: ${outcome}, ${detail}`;
}

function refused(result?: OperationResult): number {
  console.error(
    result
      ? `sga-sync: ${result.tenantId} run ${result.runId ?? '-'}: ` +
          `refused: ${result.detail}`
      : 'sga-sync: nothing was done',
  );
  return 1;
}
