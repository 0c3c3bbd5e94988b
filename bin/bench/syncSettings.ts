import { type BenchSandboxes, REAL } from './benchSandboxes';

/** The reconciler's real time budget, and its delay before continuing. */
const RECONCILE_BUDGET_MS = 12 * 60_000;
const CONTINUE_DELAY_S = 5;

/** The sync's settings at `factor`: its budget and pace match the sandboxes. */
export function settingsAt(factor: number, boxes: BenchSandboxes) {
  return {
    SGA_BASE_URL: boxes.sgaUrl,
    SOFTRUCK_BASE_URL: boxes.softruckUrl,
    SOFTRUCK_RATE_PER_MINUTE: String(REAL.softruckPerMinute * factor),
    SGA_MIN_INTERVAL_MS: String(Math.round(REAL.sgaMinIntervalMs / factor)),
    RECONCILE_TIME_BUDGET_MS: String(Math.round(RECONCILE_BUDGET_MS / factor)),
    // Whole seconds only; a continuation sent before the lease is released
    // must not be taken at once by the other reconciler.
    RECONCILE_CONTINUE_DELAY_S: String(
      Math.max(1, Math.round(CONTINUE_DELAY_S / factor)),
    ),
    BENCH_FACTOR: String(factor),
    // Warnings and errors by default: a continuation lost or a message
    // dead-lettered must leave a trace in the pipeline's log.
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
  };
}
