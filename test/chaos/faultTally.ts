import type { SgaSandbox } from '../sandbox/sga';
import type { SoftruckSandbox } from '../sandbox/softruck';

/** Faults injected, by kind, counted from what the sandboxes saw. */
export type FaultTally = Record<string, number>;

/** Counts the faults the two sandboxes answered with. */
export function sandboxFaults(
  sga: SgaSandbox,
  softruck: SoftruckSandbox,
): FaultTally {
  const count = <T>(list: T[], test: (item: T) => boolean) =>
    list.filter(test).length;
  return {
    'sga 5xx': count(sga.calls, (c) => c.status >= 500),
    'sga timeout': count(sga.calls, (c) => c.status === 0),
    'sga token blocked': count(sga.calls, (c) => c.status === 403),
    'softruck 429': count(softruck.requests, (r) => r.status === 429),
    'softruck 5xx': count(softruck.requests, (r) => r.fault === 'fail5xx'),
    'softruck answer lost': count(
      softruck.requests,
      (r) => r.fault === 'loseAnswer',
    ),
  };
}

/** One line per kind, for the printed figures. */
export function formatTally(tally: FaultTally): string {
  return Object.entries(tally)
    .map(([kind, n]) => `  ${kind}: ${n}`)
    .join('\n');
}
