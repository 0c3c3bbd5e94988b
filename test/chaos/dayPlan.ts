import { generateAssociation, nextDay, type RawRecord } from '../sandbox/sga';
import type { Random } from '../sandbox/sga/random';

/** The runtime faults of one day, besides the sandboxes' random ones. */
export interface DayFaults {
  /** Crash points armed for the day: `tenant:Class.method:when:nth`. */
  crashes: string[];
  /** A tenant whose token SGA blocks after a few calls. */
  blockTenant?: string;
  /** A tenant one of whose pages comes back short. */
  shortPageTenant?: string;
  /** A tenant one of whose pages fails until it is dead-lettered. */
  deadLetterTenant?: string;
  /** Page messages sent in a shuffled order. */
  shufflePages: boolean;
  /** Every message of the day delivered again once the day is over. */
  redeliver: boolean;
  /** SGA calls that hang until the client's timeout. */
  hangs: number;
}

/** What day `day` serves to each tenant, in tenant order. */
export function dayRecords(
  random: Random,
  day: number,
  previous: RawRecord[][],
  sizes: number[],
): RawRecord[][] {
  if (day === 1) {
    return sizes.map((vehicles, i) =>
      generateAssociation({ seed: random.seed + i, vehicles }),
    );
  }
  return previous.map((records, i) => {
    // Day 4 of the first tenant cancels far more than the brake allows.
    const mass = day === 4 && i === 0;
    return nextDay(records, {
      seed: random.int(1, 1_000_000),
      newVehicles: random.int(3, 12),
      changed: random.int(4, 15),
      cancelled: mass ? 45 : random.int(1, 7),
      reactivated: random.int(1, 4),
      removed: random.int(1, 5),
    }).records;
  });
}

/**
 * The runtime faults of each day. The first tenant syncs both kinds and
 * deactivates, so the faults that could wrongly switch records off hit
 * it; the second gets the block and the crashes on the read side.
 */
export function dayFaults(day: number, [a, b]: string[]): DayFaults {
  const none: DayFaults = {
    crashes: [],
    shufflePages: false,
    redeliver: false,
    hangs: 0,
  };
  switch (day) {
    case 1:
      return {
        ...none,
        crashes: [
          `${a}:SoftruckApi.createVehicles:after:2`,
          `${a}:SoftruckStateStore.putVehicle:before:4`,
          `${a}:SoftruckApi.createUser:after:3`,
          `${b}:ReadStore.putPage:after:1`,
        ],
      };
    case 2:
      return {
        ...none,
        crashes: [
          `${a}:RunStore.markPageDone:after:2`,
          `${a}:SoftruckApi.updateVehicle:after:1`,
          `${b}:SoftruckStateStore.putVehicle:before:1`,
        ],
        shufflePages: true,
        redeliver: true,
        hangs: 1,
      };
    case 3:
      return { ...none, blockTenant: b, shortPageTenant: a, hangs: 1 };
    case 4:
      return {
        ...none,
        crashes: [`${a}:SoftruckApi.updateVehicle:after:2`],
        redeliver: true,
      };
    default:
      return { ...none, deadLetterTenant: a, shufflePages: true };
  }
}
