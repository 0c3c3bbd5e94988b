import { summarizeDrift } from '../drift/driftSummary';
import type { Outcome } from '../state/OutcomeStore';
import type { KindCounts, Run, RunReport } from '../state/types';
import { missingPages } from './missingPages';

const emptyCounts = (): KindCounts => ({
  created: 0,
  updated: 0,
  deactivated: 0,
  reactivated: 0,
  unchanged: 0,
  failed: 0,
  held: 0,
  pending: 0,
});

/** Lists in the run item are cut here: an item holds at most 400 KB. */
const LIST_LIMIT = 500;

export interface ReportInput {
  run: Run;
  outcomes: Outcome[];
  recordsRead: number;
  recordsRejected: number;
  rejectionReasons: { key: string; reason: string }[];
  conflicts: { key: string; reason: string }[];
  heldReason?: string;
  softruckCalls: number;
  complete: boolean;
}

/**
 * Sums a run's per-record outcomes into the report an operator reads. A
 * record counts as unchanged only when nothing else happened to it: a
 * status recorded beside an update is kept in the outcomes, not counted.
 */
export function buildReport(input: ReportInput): RunReport {
  const { run } = input;
  const vehicles = emptyCounts();
  const users = emptyCounts();
  const links = { linked: 0, unlinked: 0, failed: 0 };
  const failures = [...input.rejectionReasons];
  const written = new Set(
    input.outcomes.filter((o) => o.step !== 'none').map((o) => o.key),
  );
  let held = 0;
  for (const o of input.outcomes) {
    if (o.kind === 'link') {
      if (o.outcome === 'linked') links.linked++;
      if (o.outcome === 'failed') links.failed++;
      if (o.detail === 'replaced the previous user') links.unlinked++;
    } else if (o.outcome !== 'unchanged' || !written.has(o.key)) {
      const counts = o.kind === 'vehicle' ? vehicles : users;
      if (o.outcome in counts) counts[o.outcome as keyof KindCounts]++;
      if (o.outcome === 'held') held++;
    }
    if (o.outcome === 'failed') {
      failures.push({ key: o.key, reason: o.detail ?? 'failed' });
    }
  }
  const finishedAt = run.finishedAt ?? new Date().toISOString();
  return {
    tenantId: run.tenantId,
    runId: run.runId,
    status: run.status,
    dryRun: run.dryRun,
    complete: input.complete,
    anomalies: run.anomalies,
    missingPages: missingPages(run).slice(0, LIST_LIMIT),
    recordsRead: input.recordsRead,
    recordsRejected: input.recordsRejected,
    vehicles,
    users,
    links,
    held:
      held > 0
        ? { reason: input.heldReason ?? 'held by the brake', count: held }
        : null,
    failures: failures.slice(0, LIST_LIMIT),
    conflicts: input.conflicts.slice(0, LIST_LIMIT),
    calls: { sga: run.sgaCalls, softruck: input.softruckCalls },
    drift: summarizeDrift(run.drift ?? {}, run.driftSudden ?? []),
    startedAt: run.startedAt,
    finishedAt,
    durationMs: Date.parse(finishedAt) - Date.parse(run.startedAt),
  };
}
