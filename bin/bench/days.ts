import {
  generateAssociation,
  nextDay,
  type NextDayOptions,
  type RawRecord,
} from '../../test/sandbox/sga';

/** Share of a tenant's vehicles that change overnight. */
export const DAILY_CHANGE = 0.01;

/** How the day's changes split by kind; the rest are field edits. */
const SPLIT = { newVehicles: 0.25, cancelled: 0.15, reactivated: 0.1 };
const REMOVED = 0.1;

/**
 * The overnight changes of an association of `vehicles`: 1% of them (at
 * least one), split into new vehicles, cancelled, reactivated and removed
 * contracts, and edited fields (the remainder).
 */
export function dailyChanges(
  vehicles: number,
  seed: number,
): Required<NextDayOptions> {
  const total = Math.max(1, Math.round(vehicles * DAILY_CHANGE));
  const newVehicles = Math.floor(total * SPLIT.newVehicles);
  const cancelled = Math.floor(total * SPLIT.cancelled);
  const reactivated = Math.floor(total * SPLIT.reactivated);
  const removed = Math.floor(total * REMOVED);
  const changed = total - newVehicles - cancelled - reactivated - removed;
  return { seed, newVehicles, changed, cancelled, reactivated, removed };
}

/** Each tenant's records on the two days of the benchmark. */
export interface TwoDays {
  first: RawRecord[][];
  second: RawRecord[][];
  /** Changes per tenant on the second day, by kind. */
  changes: Record<string, number>[];
}

/** Generates every association, then its next day, from fixed seeds. */
export function twoDays(sizes: number[]): TwoDays {
  const first = sizes.map((vehicles, i) =>
    generateAssociation({ seed: 500 + i, vehicles }),
  );
  const changes: Record<string, number>[] = [];
  const second = first.map((records, i) => {
    const next = nextDay(records, dailyChanges(sizes[i], 900 + i));
    changes.push(
      Object.fromEntries(
        Object.entries(next.changes).map(([kind, codes]) => [
          kind,
          codes.length,
        ]),
      ),
    );
    return next.records;
  });
  return { first, second, changes };
}
