import type { KindCounts } from '../../functions/state/types';
import type { TenantOutcome } from './runSync';

const COLUMNS: (keyof KindCounts)[] = [
  'created',
  'updated',
  'deactivated',
  'reactivated',
  'unchanged',
  'failed',
  'held',
  'pending',
];

/** A run's outcome as a few lines of text for the terminal. */
export function formatOutcome(outcome: TenantOutcome): string {
  const run = outcome.runId ? `run ${outcome.runId}` : 'no run';
  const head = `${outcome.tenantId} ${run}: ${outcome.status}`;
  const report = outcome.report;
  if (!report) {
    const extra = outcome.pausedUntil
      ? ` (SGA blocked the token; resumes after ${outcome.pausedUntil})`
      : outcome.error
        ? ` (${outcome.error})`
        : '';
    return head + extra;
  }
  const lines = [
    `${head}${report.dryRun ? ' (dry run: nothing written)' : ''}`,
    `  read ${report.recordsRead} records, rejected ${report.recordsRejected}` +
      `; complete read: ${report.complete ? 'yes' : 'no'}` +
      (report.anomalies.length ? ` (${report.anomalies.join('; ')})` : ''),
    `  ${'kind'.padEnd(9)}${COLUMNS.map((c) => c.padStart(12)).join('')}`,
    row('vehicles', report.vehicles),
    row('users', report.users),
    `  links: ${report.links.linked} linked, ${report.links.unlinked} ` +
      `replaced, ${report.links.failed} failed`,
    `  calls: SGA ${report.calls.sga}, Softruck ${report.calls.softruck}` +
      `; ${Math.round((report.durationMs ?? 0) / 1000)} s`,
  ];
  if (report.held) {
    lines.push(
      `  HELD: ${report.held.count} deactivations (${report.held.reason})`,
    );
  }
  if (report.failures.length) {
    const count = report.failures.length;
    lines.push(
      count > 5
        ? `  failures (first 5 of ${count}):`
        : `  failures (${count}):`,
    );
    for (const f of report.failures.slice(0, 5)) {
      lines.push(`    ${f.key}: ${f.reason}`);
    }
  }
  return lines.join('\n');
}

function row(name: string, counts: KindCounts): string {
  return `  ${name.padEnd(9)}${COLUMNS.map((c) => String(counts[c]).padStart(12)).join('')}`;
}
