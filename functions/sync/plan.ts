import type { UserAttributes, VehicleAttributes } from '../softruck/attributes';

export type RecordKind = 'vehicle' | 'user';

/** One write the reconciler will make, in the sync's vocabulary. */
export type Action = ActionBody & {
  /** How reports name the record: ids only, never personal data. */
  label: string;
};

type ActionBody =
  | {
      type: 'create';
      kind: 'vehicle';
      key: string;
      attributes: VehicleAttributes;
    }
  | { type: 'create'; kind: 'user'; key: string; attributes: UserAttributes }
  | {
      type: 'update';
      kind: RecordKind;
      key: string;
      softruckId: string;
      /** Only the attributes that differ from what was last written. */
      changes: Partial<VehicleAttributes & UserAttributes>;
      attributes: VehicleAttributes | UserAttributes;
    }
  | {
      type: 'deactivate';
      kind: RecordKind;
      key: string;
      softruckId: string;
      reason: string;
    }
  | { type: 'reactivate'; kind: RecordKind; key: string; softruckId: string }
  /** Links vehicle `key` to the user of `document`, replacing any other. */
  | { type: 'link'; kind: 'link'; key: string; document: string };

/** Everything a run would write, and what it leaves alone. */
export interface Plan {
  actions: Action[];
  /**
   * The records that need no write, with why when SGA did change (a
   * status recorded but, by the rules, not written).
   */
  unchanged: { kind: RecordKind; label: string; detail?: string }[];
  /** Deactivations the brake held, with why; empty when none were held. */
  held: Action[];
  heldReason?: string;
}

/** Status changes go first, so a short budget spends itself on them. */
const ORDER: Record<Action['type'], number> = {
  deactivate: 0,
  reactivate: 0,
  create: 1,
  update: 2,
  link: 3,
};

/** Sorts actions into the order they are applied. */
export function orderActions(actions: Action[]): Action[] {
  return [...actions].sort((a, b) => {
    const byType = ORDER[a.type] - ORDER[b.type];
    if (byType !== 0) return byType;
    // Vehicles before users, so links find both ids at the end.
    return a.kind === b.kind ? 0 : a.kind === 'vehicle' ? -1 : 1;
  });
}

/** The report label of a vehicle: its SGA code. */
export const vehicleLabel = (code: string) => `vehicle:${code}`;

/**
 * The report label of a user: the SGA associate code, else the Softruck
 * id, else the code of the user's vehicle; never the CPF.
 */
export const userLabel = (
  associateCode?: string,
  softruckId?: string,
  vehicleCode?: string,
) => {
  if (associateCode) return `user:associate-${associateCode}`;
  if (softruckId) return `user:softruck-${softruckId}`;
  return `user:owner-of-${vehicleCode ?? 'unknown'}`;
};
