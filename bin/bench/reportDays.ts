import { CALL_KINDS, totalCalls } from './minimumCalls';
import { CONCURRENCY } from './protocol';
import type { NaiveDayResult } from './runNaive';
import type { OursDayResult } from './runOurs';
import { type Cell, ratio, seconds, table } from './table';

/** What the day sections need. */
export interface DaysInput {
  records: number[];
  changes: number[];
  ours: OursDayResult[];
  naive: NaiveDayResult[];
}

/** Hours, two decimals, from milliseconds. */
export const hours = (ms: number) => Math.round(ms / 36_000) / 100;

/** Section 1: each day's wall time against the bound the limits set. */
export function wallSection(input: DaysInput): string[] {
  const rows = input.ours.map((d, i) => [
    String(i + 1),
    d.speed.factor,
    input.records[i],
    input.changes[i],
    seconds(d.wallMs),
    seconds(d.bound.longestReadMs),
    seconds(d.bound.sharedReadMs),
    seconds(d.bound.softruckMs),
    seconds(d.bound.boundMs),
    d.bound.limitedBy,
    ratio(d.wallMs, d.bound.boundMs),
    hours(d.wallMs * d.speed.factor),
    hours(d.bound.boundMs * d.speed.factor),
  ]);
  return [
    '1. Wall time against the lower bound the limits allow',
    '   bound = max(slowest tenant read, all reads / ' +
      `${CONCURRENCY.pages} page workers, Softruck calls needed x ` +
      "60 s / 50), at the day's speed",
    '   a read = every page at 60 ms per record, the count and the ' +
      'recount; real time = wall x factor',
    table(
      [
        'day',
        'factor',
        'records',
        'changed',
        'wall s',
        'slowest read s',
        'reads/workers s',
        'Softruck s',
        'bound s',
        'set by',
        'wall/bound',
        'real wall h',
        'real bound h',
      ],
      rows,
    ),
    ...input.ours.map(
      ({ last }, i) =>
        `   day ${i + 1}: last to finish ${last.tenantId}, read in ` +
        `${seconds(last.readMs)} s (its pages alone: ` +
        `${seconds(last.readBoundMs)} s), then writes for ` +
        `${seconds(last.writeMs)} s`,
    ),
  ];
}

/** Section 2: calls made against the fewest the day's changes need. */
export function callSection(input: DaysInput): string[] {
  const { ours } = input;
  const rows: Cell[][] = CALL_KINDS.map((kind) => [
    kind,
    ...ours.flatMap((d) => [d.made[kind], d.needed[kind]]),
  ]);
  rows.push([
    'total',
    ...ours.flatMap((d) => [totalCalls(d.made), totalCalls(d.needed)]),
  ]);
  const headers = ours.flatMap((_, i) => [
    `day ${i + 1} made`,
    `day ${i + 1} needed`,
  ]);
  const sga = ours.map((d, i) => [
    String(i + 1),
    d.sgaCalls,
    d.sgaNeeded,
    ratio(d.sgaCalls, d.sgaNeeded),
    d.runsDone,
    d.deadLetters,
    d.failed,
    d.rejected429,
    d.rejected401,
  ]);
  return [
    '2. Calls made against the fewest needed',
    '   Softruck needed, from Softruck before and after the day: vehicle ' +
      'creates and link changes by 25 per enterprise,',
    '   one per user created, per record changed and per status change, ' +
      'a login per token hour, an enterprise check per tenant',
    table(['Softruck call', ...headers], rows),
    '',
    '   SGA needed: per tenant, the page count, every page once, the recount',
    table(
      [
        'day',
        'SGA made',
        'SGA needed',
        'made/needed',
        'runs done',
        'dead letters',
        'records failed',
        'Softruck 429s',
        'Softruck 401s',
      ],
      sga,
    ),
  ];
}
