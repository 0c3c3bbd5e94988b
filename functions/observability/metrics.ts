import type { DriftSummary } from '../drift/driftSummary';
import type { RunReport } from '../state/types';

/** Namespace the CDK stack's alarms and dashboard read. */
export const METRICS_NAMESPACE = 'SgaSoftruckSync';

/** Run outcomes that need an operator; each has an alarm. */
export type AlarmMetric = 'RunsFailed' | 'RunsHeld' | 'RunsUnfinished';

type Sink = (line: string) => void;
let sink: Sink = (line) => process.stdout.write(`${line}\n`);

/** Replaces where metric lines go (tests); returns the previous sink. */
export function setMetricSink(next: Sink): Sink {
  const previous = sink;
  sink = next;
  return previous;
}

/**
 * Writes one CloudWatch embedded-metric-format line: Lambda's log agent
 * turns it into metric data points, with no API call and no extra
 * permission. No dimensions, so every alarm sums all tenants; the tenant
 * and run ride along as plain properties for log searches.
 */
function emit(
  values: Record<string, number>,
  properties: Record<string, string>,
  unit: 'Count' | 'Milliseconds' = 'Count',
): void {
  sink(
    JSON.stringify({
      _aws: {
        Timestamp: Date.now(),
        CloudWatchMetrics: [
          {
            Namespace: METRICS_NAMESPACE,
            Dimensions: [[]],
            Metrics: Object.keys(values).map((Name) => ({
              Name,
              Unit: Name.endsWith('Ms') ? 'Milliseconds' : unit,
            })),
          },
        ],
      },
      ...properties,
      ...values,
    }),
  );
}

/** Counts one run that needs an operator. */
export function countRun(
  metric: AlarmMetric,
  tenantId: string,
  runId: string,
): void {
  emit({ [metric]: 1 }, { tenantId, runId });
}

/** The figures of a finished run: reads, writes by kind, calls, time. */
export function emitRunMetrics(report: RunReport): void {
  const sum = (k: keyof RunReport['vehicles']) =>
    report.vehicles[k] + report.users[k];
  emit(
    {
      RecordsRead: report.recordsRead,
      RecordsRejected: report.recordsRejected,
      Created: sum('created'),
      Updated: sum('updated'),
      Deactivated: sum('deactivated'),
      Reactivated: sum('reactivated'),
      Failed: sum('failed') + report.links.failed,
      Held: sum('held'),
      SgaCalls: report.calls.sga,
      SoftruckCalls: report.calls.softruck,
      DurationMs: report.durationMs ?? 0,
    },
    { tenantId: report.tenantId, runId: report.runId },
  );
  if (report.drift)
    emitDriftMetrics(report.tenantId, report.runId, report.drift);
}

/**
 * How a run's read differed from what the sync assumes of SGA: distinct
 * new fields, missing fields, new formats and new statuses, and 1 for a
 * run refused for a sudden change. Any non-zero value wants a look.
 */
export function emitDriftMetrics(
  tenantId: string,
  runId: string,
  drift: DriftSummary,
): void {
  const distinct = (kind: DriftSummary['items'][number]['kind']) =>
    drift.items.filter((item) => item.kind === kind).length;
  emit(
    {
      DriftNewFields: distinct('new field'),
      DriftMissingFields: distinct('missing field'),
      DriftNewFormats: distinct('new format'),
      DriftNewStatuses: distinct('new status'),
      DriftSudden: drift.sudden.length > 0 ? 1 : 0,
    },
    { tenantId, runId },
  );
}
