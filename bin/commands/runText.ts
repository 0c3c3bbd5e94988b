import type { RunDescription } from '../../functions/sync/describeRun';
import { formatOutcome } from '../local/formatReport';

/** Lines of a list shown before "and N more". */
const SHOWN = 50;

/**
 * A run as text for the terminal: the summary the run command prints,
 * then every list an operator acts on: missing pages, held
 * deactivations, failures and plate conflicts.
 */
export function formatRun(description: RunDescription): string {
  const { run, report, held } = description;
  const lines = [
    formatOutcome({
      tenantId: run.tenantId,
      runId: run.runId,
      status: run.status,
      error: run.error,
      pausedUntil: run.pausedUntil,
      // The summary's first few failures would repeat the full list below.
      report: { ...report, failures: [] },
    }),
    `  pages: ${run.pagesDone.length} of ${run.pageCount} read` +
      (report.missingPages.length
        ? `; missing: ${report.missingPages.join(', ')}`
        : ''),
    `  started ${run.startedAt}` +
      (run.finishedAt ? `, finished ${run.finishedAt}` : ', not finished') +
      (run.error ? `; ${run.error}` : ''),
  ];
  section(
    lines,
    'held deactivations',
    held.map((h) => `${h.key}: ${h.reason ?? 'held'}`),
  );
  section(
    lines,
    'failures',
    report.failures.map((f) => `${f.key}: ${f.reason}`),
  );
  section(
    lines,
    'plate conflicts',
    report.conflicts.map((c) => `${c.key}: ${c.reason}`),
  );
  return lines.join('\n');
}

function section(lines: string[], title: string, items: string[]): void {
  if (items.length === 0) return;
  lines.push(`  ${title} (${items.length}):`);
  for (const item of items.slice(0, SHOWN)) lines.push(`    ${item}`);
  if (items.length > SHOWN) {
    lines.push(`    … and ${items.length - SHOWN} more (--json lists all)`);
  }
}
