import { normalizeRecord } from '../../functions/normalize';
import type { Vehicle } from '../../functions/normalize/types';
import { vehicleCodeOf } from '../../functions/normalize/vehicleCodeOf';
import { canonicalStatus } from '../../functions/normalize/status';
import type { RawRecord } from '../sandbox/sga';
import type { Snapshot } from './snapshot';

/** The tenant settings the rules depend on. */
export interface OracleTenant {
  sync: 'users' | 'vehicles' | 'both';
  deactivateNonActive: boolean;
  activeStatuses: string[];
  brakeShare: number;
  brakeMinimum: number;
}

export interface ExpectedVehicle {
  code: string;
  plate: string;
  vin: string | null;
  active: boolean;
  /** Digits of the owner's document, when it makes a user. */
  owner?: string;
}

/** What one enterprise should hold after a complete run. */
export interface Expected {
  vehicles: Map<string, ExpectedVehicle>;
  /** CPF digits to active. */
  users: Map<string, boolean>;
  /** Codes and documents whose outcome the rules leave open. */
  unsure: { codes: Set<string>; documents: Set<string> };
  held: boolean;
}

interface Reading {
  vehicle: Vehicle;
  document?: string;
  position: number;
}

/** The placeholder rule of the mapping table, written out again here. */
function plateOf(v: Vehicle): string {
  if (v.plate) return v.plate;
  if (v.chassis) return `SP${v.chassis.slice(-14)}`;
  return `SPC${v.code.slice(-13)}`;
}

/** Active reading first, then the later contract, then the later page. */
function better(a: Reading, b: Reading, isActive: (r: Reading) => boolean) {
  if (isActive(a) !== isActive(b)) return isActive(a) ? a : b;
  const ca = a.vehicle.contractDate ?? '';
  const cb = b.vehicle.contractDate ?? '';
  if (ca !== cb) return ca > cb ? a : b;
  return a.position > b.position ? a : b;
}

function readDay(records: RawRecord[], isActive: (r: Reading) => boolean) {
  const byCode = new Map<string, Reading>();
  const unsure = { codes: new Set<string>(), documents: new Set<string>() };
  records.forEach((raw, position) => {
    const result = normalizeRecord(raw);
    if (!result.ok) {
      const code = vehicleCodeOf(raw);
      if (code) unsure.codes.add(code);
      unsure.documents.add(String(raw.cpf ?? '').replace(/\D/g, ''));
      return;
    }
    const reading = {
      vehicle: result.vehicle,
      document: result.associate?.document,
      position,
    };
    const seen = byCode.get(result.vehicle.code);
    byCode.set(
      result.vehicle.code,
      seen ? better(seen, reading, isActive) : reading,
    );
  });
  const byPlate = new Map<string, Reading>();
  for (const reading of byCode.values()) {
    const plate = plateOf(reading.vehicle);
    const other = byPlate.get(plate);
    if (!other) {
      byPlate.set(plate, reading);
      continue;
    }
    // A plate conflict: the loser is reported, not written; leave both
    // codes and owners unchecked rather than guess what was kept before.
    for (const r of [other, reading]) {
      unsure.codes.add(r.vehicle.code);
      if (r.document) unsure.documents.add(r.document);
    }
  }
  return { readings: [...byPlate.values()], unsure };
}

/**
 * What the enterprise should hold after a complete run of `records`,
 * given what it held before (`previous`): the table of sync-rules.md
 * applied record by record, with the brake, written independently of
 * the sync's planner.
 */
export function expectedState(
  tenant: OracleTenant,
  records: RawRecord[],
  previous: Snapshot,
): Expected {
  const statuses = new Set(tenant.activeStatuses.map(canonicalStatus));
  const isActive = (r: Reading) => statuses.has(r.vehicle.status);
  const { readings, unsure } = readDay(records, isActive);
  const vehicles = new Map<string, ExpectedVehicle>();
  const users = new Map<string, boolean>();
  const mayDeactivate = tenant.deactivateNonActive;
  const wantVehicles = tenant.sync !== 'users';
  const wantUsers = tenant.sync !== 'vehicles';
  const owners = new Map<string, boolean>();
  for (const r of readings) {
    if (unsure.codes.has(r.vehicle.code)) continue;
    const active = isActive(r);
    if (r.document) {
      owners.set(r.document, (owners.get(r.document) ?? false) || active);
    }
    if (!wantVehicles) continue;
    const known = previous.vehicles.get(r.vehicle.code);
    if (!known && !active && mayDeactivate) continue;
    vehicles.set(r.vehicle.code, {
      code: r.vehicle.code,
      plate: plateOf(r.vehicle),
      vin: r.vehicle.chassis ?? null,
      active: mayDeactivate ? active : true,
      owner: wantUsers ? r.document : undefined,
    });
  }
  if (wantVehicles) {
    for (const [code, known] of previous.vehicles) {
      if (vehicles.has(code) || unsure.codes.has(code)) continue;
      vehicles.set(code, { ...known, active: known.active && !mayDeactivate });
    }
  }
  if (wantUsers) {
    for (const [document, active] of owners) {
      const known = previous.users.has(document);
      if (!known && !active && mayDeactivate) continue;
      users.set(document, mayDeactivate ? active : true);
    }
    for (const [document, known] of previous.users) {
      if (users.has(document) || unsure.documents.has(document)) continue;
      users.set(document, known && !mayDeactivate);
    }
  }
  const held = brakeHolds(tenant, previous, vehicles, users, records);
  if (held) restoreActive(previous, vehicles, users);
  return { vehicles, users, unsure, held };
}

function brakeHolds(
  tenant: OracleTenant,
  previous: Snapshot,
  vehicles: Map<string, ExpectedVehicle>,
  users: Map<string, boolean>,
  records: RawRecord[],
): boolean {
  const hadRecords = previous.vehicles.size + previous.users.size > 0;
  if (records.length === 0) return hadRecords;
  const over = (before: Map<string, boolean>, after: Map<string, boolean>) => {
    const active = [...before.values()].filter(Boolean).length;
    const off = [...before].filter(([k, a]) => a && after.get(k) === false);
    return (
      off.length > Math.max(tenant.brakeMinimum, tenant.brakeShare * active)
    );
  };
  const activeOf = (m: Map<string, { active: boolean }>) =>
    new Map([...m].map(([k, v]) => [k, v.active]));
  return (
    over(activeOf(previous.vehicles), activeOf(vehicles)) ||
    over(previous.users, users)
  );
}

/** A held run switches nothing off: what was active stays active. */
function restoreActive(
  previous: Snapshot,
  vehicles: Map<string, ExpectedVehicle>,
  users: Map<string, boolean>,
): void {
  for (const [code, v] of vehicles) {
    if (previous.vehicles.get(code)?.active) v.active = true;
  }
  for (const [document, active] of users) {
    if (!active && previous.users.get(document)) users.set(document, true);
  }
}
