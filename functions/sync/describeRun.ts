import type { Services } from '../runtime/services';
import type { Outcome } from '../state/OutcomeStore';
import type { Run, RunReport } from '../state/types';
import { buildReport } from './buildReport';
import { readExtent } from './planRun';

/** A run as an operator sees it: its report and the records it held. */
export interface RunDescription {
  run: Run;
  report: RunReport;
  /** Labels of the records whose deactivation the brake holds. */
  held: { key: string; reason?: string }[];
  /** Outcomes by kind of record and what happened. */
  outcomes: Outcome[];
}

/**
 * Describes a run from the state: a finished run by its stored report, an
 * unfinished one (reading, paused, superseded) by a report built now from
 * what it read and did so far. The held list comes from the outcomes.
 */
export async function describeRun(
  services: Services,
  run: Run,
): Promise<RunDescription> {
  const outcomes = await services.outcomes.list(run.tenantId, run.runId);
  const held = outcomes
    .filter((o) => o.outcome === 'held')
    .map((o) => ({ key: o.key, reason: o.detail }));
  if (run.report && run.status === 'DONE') {
    return { run, report: run.report, held, outcomes };
  }
  const read = await services.reads.load(run.tenantId, run.runId);
  const report = buildReport({
    run,
    outcomes,
    recordsRead: read.records.length,
    recordsRejected: read.rejections.length,
    rejectionReasons: [],
    conflicts: [],
    softruckCalls: run.softruckCalls ?? 0,
    complete: readExtent(run) === 'complete',
  });
  return { run, report, held, outcomes };
}
