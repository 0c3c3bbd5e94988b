import type { AwsUsage } from './awsCost';
import { REAL } from './benchSandboxes';
import type { OursDayResult } from './runOurs';

/** Lambda memory as the stack deploys it (`lib/SyncFunctions.ts`). */
export const LAMBDA_MEMORY_MB = {
  fanOut: 256,
  pageWorker: 512,
  reconciler: 512,
};

/**
 * A day's AWS usage from what the pipeline's process counted. Lambda
 * time is measured here and brought back to real speed: a page worker's
 * SGA answers take 60 ms per record instead of 60 / factor, so it gets
 * records x 60 ms x (1 - 1 / factor) more; the fan-out and the
 * reconcilers, mostly waiting on SGA's count and Softruck's budget, are
 * multiplied by the factor, an upper estimate since CPU does not slow
 * down.
 */
export function usageOf(day: OursDayResult, tenants: number): AwsUsage {
  const { aws, fanOutMs } = day.inside;
  const f = day.speed.factor;
  const handled = (queue: string) =>
    aws.handled[queue] ?? { invocations: 0, ms: 0 };
  const pages = handled('pages.fifo');
  const reconcile = handled('reconcile');
  const sgaWaitMs = day.recordsServed * REAL.sgaMsPerRecord * (1 - 1 / f);
  return {
    lambda: [
      {
        name: 'fan-out',
        memoryMb: LAMBDA_MEMORY_MB.fanOut,
        invocations: 1,
        seconds: (fanOutMs * f) / 1000,
      },
      {
        name: 'page worker',
        memoryMb: LAMBDA_MEMORY_MB.pageWorker,
        invocations: pages.invocations,
        seconds: (pages.ms + sgaWaitMs) / 1000,
      },
      {
        name: 'reconciler',
        memoryMb: LAMBDA_MEMORY_MB.reconciler,
        invocations: reconcile.invocations,
        seconds: (reconcile.ms * f) / 1000,
      },
    ],
    sqsFifoRequests: aws.sqsFifo,
    sqsStandardRequests: aws.sqsStandard,
    readUnits: aws.readUnits,
    // A write refused by its condition still costs a unit.
    writeUnits: aws.writeUnits + aws.refusedWrites,
    secretsCalls: aws.secretsCalls,
    secretsStored: tenants + 1,
  };
}

/**
 * Usage of a deployment with `k` times the records and the same tenants:
 * what grows with records (page workers, reconcilers, queue messages,
 * table units) times `k`; the fan-out and secrets, which go with
 * tenants, as they are.
 */
export function scaleUsage(usage: AwsUsage, k: number): AwsUsage {
  return {
    ...usage,
    lambda: usage.lambda.map((fn) =>
      fn.name === 'fan-out'
        ? fn
        : { ...fn, invocations: fn.invocations * k, seconds: fn.seconds * k },
    ),
    sqsFifoRequests: usage.sqsFifoRequests * k,
    sqsStandardRequests: usage.sqsStandardRequests * k,
    readUnits: usage.readUnits * k,
    writeUnits: usage.writeUnits * k,
  };
}
