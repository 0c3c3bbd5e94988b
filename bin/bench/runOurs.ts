import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawRecord } from '../../test/sandbox/sga';
import {
  type BenchSandboxes,
  REAL,
  type Speed,
  startBenchSandboxes,
} from './benchSandboxes';
import { type Bound, lowerBound, pageSizes, readTimeMs } from './bounds';
import { countCalls } from './classifyCall';
import type { BenchTenant } from './deployment';
import { forkChild } from './forkChild';
import { type CallCounts, minimumCalls, totalCalls } from './minimumCalls';
import { CONCURRENCY, type DayRequest, type OursDay } from './protocol';
import { settingsAt } from './syncSettings';

/** One day of the sync, measured from outside and inside. */
export interface OursDayResult {
  speed: Speed;
  wallMs: number;
  bound: Bound;
  made: CallCounts;
  needed: CallCounts;
  rejected429: number;
  /** Requests refused for an expired token, to be sent again. */
  rejected401: number;
  sgaCalls: number;
  /** The page count, every page, the recount: per tenant. */
  sgaNeeded: number;
  runsDone: number;
  /** Messages left in the dead-letter queues: work the day lost. */
  deadLetters: number;
  failed: number;
  /** Records SGA served, every page once. */
  recordsServed: number;
  /** The tenant that finished last: its read, bound and measured, and its writes. */
  last: {
    tenantId: string;
    readBoundMs: number;
    readMs: number;
    writeMs: number;
  };
  inside: OursDay;
}

/** A day of the benchmark: the records SGA serves and how fast. */
export interface BenchDay {
  records: RawRecord[][];
  factor: number;
}

const DAY_TIMEOUT_MS = 6 * 3600_000;

/**
 * Runs the days through the real pipeline, each in a child process of
 * its own (the handlers read their settings once) on state kept on disk,
 * against one pair of sandboxes, and measures each day.
 */
export async function runOurs(
  tenants: BenchTenant[],
  days: BenchDay[],
  logFile: string,
): Promise<OursDayResult[]> {
  const boxes = await startBenchSandboxes(tenants);
  const stateDir = mkdtempSync(join(tmpdir(), 'sga-sync-bench-'));
  const results: OursDayResult[] = [];
  try {
    for (const [n, day] of days.entries()) {
      results.push(await oneDay(boxes, tenants, day, n, stateDir, logFile));
    }
  } finally {
    await boxes.close();
    // The days' local DynamoDB and secrets: hundreds of MB at full scale.
    rmSync(stateDir, { recursive: true, force: true });
  }
  return results;
}

async function oneDay(
  boxes: BenchSandboxes,
  tenants: BenchTenant[],
  day: BenchDay,
  n: number,
  stateDir: string,
  logFile: string,
): Promise<OursDayResult> {
  const speed = boxes.serve(day.records, day.factor);
  const before = boxes.holdings();
  const mark = boxes.mark();
  const request: DayRequest = {
    tenants: tenants.map((t) => t.tenant),
    runId: `2026-12-0${n + 1}`,
    stateDir,
    timeoutMs: DAY_TIMEOUT_MS,
  };
  const child = forkChild('oursChild.ts', {
    logFile,
    env: {
      ...settingsAt(day.factor, boxes),
      BENCH_DAY: JSON.stringify(request),
    },
  });
  const inside = await child.next<OursDay>('day', DAY_TIMEOUT_MS + 120_000);
  await child.exited;
  const requests = mark.softruckRequests();
  const needed = minimumCalls(
    before,
    boxes.holdings(),
    tenants.map((t) => t.tenant.softruckEnterpriseId),
  );
  const pages = day.records.map((r) => pageSizes(r.length, REAL.pageSize));
  const boundOf = () =>
    lowerBound({
      pages,
      sga: speed.sga,
      pageWorkers: CONCURRENCY.pages,
      softruckCalls: totalCalls(needed),
      softruckLimit: speed.softruckLimit,
    });
  const finished = inside.runs.map((r) => r.finishedAt ?? inside.drainedAt);
  const lastAt = Math.max(...finished);
  // A token lasts an hour: a day longer than that needs a login per hour
  // of it, whichever way its calls are spread. The time the day took is
  // judged by wall / bound; the logins are not charged for it twice.
  const ttl = speed.tokenTtlMs;
  needed.login = Math.max(1, Math.ceil((lastAt - inside.startedAt) / ttl));
  const bound = boundOf();
  const i = finished.indexOf(lastAt);
  const readAt = inside.runs[i].readAt ?? lastAt;
  const last = {
    tenantId: inside.runs[i].tenantId,
    readBoundMs: readTimeMs(pages[i], speed.sga),
    readMs: readAt - inside.startedAt,
    writeMs: lastAt - readAt,
  };
  return {
    last,
    speed,
    wallMs: lastAt - inside.startedAt,
    bound,
    made: countCalls(requests),
    needed,
    rejected429: requests.filter((r) => r.status === 429).length,
    rejected401: requests.filter((r) => r.status === 401).length,
    sgaCalls: mark.sgaCalls(),
    sgaNeeded: pages.reduce((sum, p) => sum + p.length + 2, 0),
    runsDone: inside.runs.filter((r) => r.status === 'DONE').length,
    deadLetters: inside.deadLetters,
    recordsServed: day.records.reduce((sum, r) => sum + r.length, 0),
    failed: inside.runs.reduce((sum, r) => sum + r.failed, 0),
    inside,
  };
}
