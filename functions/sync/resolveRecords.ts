import type { Associate, Vehicle } from '../normalize/types';
import type { ReadRecord } from '../state/types';

/** What SGA says today, one entry per vehicle code and per associate. */
export interface DesiredState {
  vehicles: Map<string, DesiredVehicle>;
  users: Map<string, DesiredUser>;
  /** Records left out because another record took their identity. */
  conflicts: { key: string; reason: string }[];
}

export interface DesiredVehicle {
  vehicle: Vehicle;
  active: boolean;
}

export interface DesiredUser {
  associate: Associate;
  /** At least one of the associate's vehicles is active. */
  active: boolean;
  /** The vehicle whose record gave the associate's details. */
  vehicleCode: string;
}

type IsActive = (status: string) => boolean;

/**
 * Orders two readings of one identity: the active one first, then the
 * later contract, then the later position in the listing. Any delivery
 * order of pages gives the same winner.
 */
function better(a: ReadRecord, b: ReadRecord, isActive: IsActive): boolean {
  const activeA = isActive(a.vehicle.status);
  const activeB = isActive(b.vehicle.status);
  if (activeA !== activeB) return activeA;
  const dateA = a.vehicle.contractDate ?? '';
  const dateB = b.vehicle.contractDate ?? '';
  if (dateA !== dateB) return dateA > dateB;
  return a.page !== b.page ? a.page > b.page : a.index > b.index;
}

/**
 * Turns the records of a run into the state SGA asks for: a vehicle code
 * seen on two pages is one vehicle; two codes with one plate keep the
 * better and report the other; an associate with several vehicles is one
 * user, active when any of their vehicles is.
 */
export function resolveRecords(
  records: ReadRecord[],
  isActive: IsActive,
): DesiredState {
  const byCode = new Map<string, ReadRecord>();
  for (const record of records) {
    const seen = byCode.get(record.vehicle.code);
    if (!seen || better(record, seen, isActive)) {
      byCode.set(record.vehicle.code, record);
    }
  }
  const conflicts: DesiredState['conflicts'] = [];
  const byPlate = new Map<string, ReadRecord>();
  for (const record of byCode.values()) {
    const plate = record.vehicle.plate;
    if (!plate) continue;
    const other = byPlate.get(plate);
    if (!other) {
      byPlate.set(plate, record);
      continue;
    }
    const [winner, loser] = better(record, other, isActive)
      ? [record, other]
      : [other, record];
    byPlate.set(plate, winner);
    byCode.delete(loser.vehicle.code);
    conflicts.push({
      key: `vehicle:${loser.vehicle.code}`,
      reason: `plate also used by vehicle ${winner.vehicle.code}, kept`,
    });
  }
  return {
    vehicles: toVehicles(byCode, isActive),
    users: toUsers(byCode, isActive),
    conflicts,
  };
}

function toVehicles(
  byCode: Map<string, ReadRecord>,
  isActive: IsActive,
): Map<string, DesiredVehicle> {
  const vehicles = new Map<string, DesiredVehicle>();
  for (const [code, record] of byCode) {
    vehicles.set(code, {
      vehicle: record.vehicle,
      active: isActive(record.vehicle.status),
    });
  }
  return vehicles;
}

function toUsers(
  byCode: Map<string, ReadRecord>,
  isActive: IsActive,
): Map<string, DesiredUser> {
  const best = new Map<string, ReadRecord>();
  const active = new Set<string>();
  for (const record of byCode.values()) {
    const document = record.associate?.document;
    if (!document) continue;
    if (isActive(record.vehicle.status)) active.add(document);
    const seen = best.get(document);
    if (!seen || better(record, seen, isActive)) best.set(document, record);
  }
  const users = new Map<string, DesiredUser>();
  for (const [document, record] of best) {
    users.set(document, {
      associate: record.associate as Associate,
      active: active.has(document),
      vehicleCode: record.vehicle.code,
    });
  }
  return users;
}
