import type { Run } from '../../functions/state/types';

/**
 * A run item as the run store holds it: a finished daily run of tenant
 * `alfa` that read all three of its pages; `extra` changes what a test
 * is about.
 */
export function runOf(extra: Partial<Run> = {}): Run {
  return {
    tenantId: 'alfa',
    runId: '2026-12-04',
    status: 'DONE',
    scope: { kind: 'all' },
    dryRun: false,
    pageCount: 3,
    pagesDone: [1, 2, 3],
    anomalies: [],
    startedAt: '2026-12-04T09:00:00.000Z',
    sgaCalls: 4,
    ...extra,
  };
}
