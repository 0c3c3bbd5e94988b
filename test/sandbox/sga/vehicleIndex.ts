import { RawRecord } from './buildRecord';
import { VehicleIdRegistry } from './vehicleIds';

/** Whether SGA's status text means active, the way the sync reads it. */
export function isActiveStatus(status: unknown): boolean {
  return (
    String(status ?? '')
      .trim()
      .toUpperCase() === 'ATIVO'
  );
}

/**
 * The records of one day by vehicle code. A listing may repeat a record,
 * so every edit goes to all of its copies and they stay identical.
 */
export class VehicleIndex {
  /** Plates and chassis already held, so new ones stay unique. */
  readonly ids = new VehicleIdRegistry();
  private readonly copies = new Map<string, RawRecord[]>();
  private readonly vehiclesOf = new Map<string, Set<string>>();

  constructor(records: RawRecord[]) {
    for (const record of records) {
      this.ids.reserve(record.placa, record.chassi);
      const code = String(record.codigo_veiculo ?? '');
      if (code === '') continue;
      this.copies.set(code, [...(this.copies.get(code) ?? []), record]);
      const owner = String(record.codigo_associado);
      const owned = this.vehiclesOf.get(owner) ?? new Set<string>();
      this.vehiclesOf.set(owner, owned.add(code));
    }
  }

  /** Every vehicle code, in order of first appearance. */
  codes(): string[] {
    return [...this.copies.keys()];
  }

  /** The first copy of a vehicle's record. */
  first(code: string): RawRecord {
    const found = this.copies.get(code);
    if (!found) throw new Error(`No vehicle ${code}`);
    return found[0];
  }

  /** Overwrites fields on every copy of a vehicle's record. */
  edit(code: string, patch: RawRecord): void {
    for (const record of this.copies.get(code) ?? []) {
      Object.assign(record, patch);
    }
  }

  /** Whether the vehicle's associate has no other vehicle. */
  isLone(code: string): boolean {
    const owner = String(this.first(code).codigo_associado);
    return this.vehiclesOf.get(owner)?.size === 1;
  }

  /** Whether the vehicle's status is active. */
  isActive(code: string): boolean {
    return isActiveStatus(this.first(code).descricao_situacao);
  }
}
