import { mapUser, IMMUTABLE_USER_ATTRIBUTES } from '../softruck/mapUser';
import { mapVehicle } from '../softruck/mapVehicle';
import { changedAttributes } from '../softruck/attributes';
import type { SoftruckState } from '../state/SoftruckStateStore';
import type { Tenant } from '../tenants/tenantSchema';
import type { DesiredState } from './resolveRecords';
import {
  type Action,
  orderActions,
  type Plan,
  type RecordKind,
  userLabel,
  vehicleLabel,
} from './plan';

export interface PlanInput {
  tenant: Tenant;
  desired: DesiredState;
  state: SoftruckState;
  /** Status-based deactivations allowed (the read of those records held). */
  statusDeactivations: boolean;
  /** Records missing from SGA may be deactivated (a complete read). */
  absentDeactivations: boolean;
  /** Vehicle codes SGA sent but that could not be read: never "absent". */
  protectedCodes: Set<string>;
}

interface Known {
  softruckId: string;
  active: boolean;
}

/**
 * Compares what SGA asks for with what the sync last wrote and lists the
 * writes that close the gap, following the product's rule table. Pure:
 * it reads nothing and writes nothing.
 */
export function planChanges(input: PlanInput): Plan {
  const { tenant, desired, state } = input;
  const actions: Action[] = [];
  const unchanged: Plan['unchanged'] = [];
  const mayDeactivate = tenant.deactivateNonActive;
  const syncVehicles = tenant.sync !== 'users';
  const syncUsers = tenant.sync !== 'vehicles';

  const compare = (
    kind: RecordKind,
    key: string,
    label: string,
    active: boolean,
    known: (Known & { attributes: object }) | undefined,
    attributes: object,
    immutable: readonly string[] = [],
  ) => {
    if (!known) {
      if (active || !mayDeactivate) {
        actions.push({
          type: 'create',
          kind,
          key,
          label,
          attributes,
        } as Action);
      } else unchanged.push({ kind, label });
      return;
    }
    const before = actions.length;
    const changes = changedAttributes(
      known.attributes as Record<string, unknown>,
      attributes as Record<string, unknown>,
      immutable,
    );
    const { softruckId } = known;
    if (Object.keys(changes).length > 0) {
      actions.push({
        type: 'update',
        kind,
        key,
        label,
        softruckId,
        changes,
        attributes,
      } as Action);
    }
    if (active && !known.active) {
      actions.push({ type: 'reactivate', kind, key, label, softruckId });
    } else if (
      !active &&
      known.active &&
      mayDeactivate &&
      input.statusDeactivations
    ) {
      actions.push({
        type: 'deactivate',
        kind,
        key,
        label,
        softruckId,
        reason: 'not active in SGA',
      });
    }
    if (actions.length === before) unchanged.push({ kind, label });
  };

  const absent = (
    kind: RecordKind,
    key: string,
    label: string,
    known: Known,
  ) => {
    if (!mayDeactivate || !input.absentDeactivations || !known.active) return;
    actions.push({
      type: 'deactivate',
      kind,
      key,
      label,
      softruckId: known.softruckId,
      reason: 'absent from SGA',
    });
  };

  if (syncVehicles) {
    for (const [code, { vehicle, active }] of desired.vehicles) {
      const known = state.vehicles.get(code);
      const label = vehicleLabel(code);
      compare('vehicle', code, label, active, known, mapVehicle(vehicle));
    }
    for (const [code, known] of state.vehicles) {
      if (desired.vehicles.has(code) || input.protectedCodes.has(code)) {
        continue;
      }
      absent('vehicle', code, vehicleLabel(code), known);
    }
  }
  if (syncUsers) {
    for (const [document, { associate, active }] of desired.users) {
      const known = state.users.get(document);
      const attributes = mapUser(associate);
      const label = userLabel(associate.code, known?.softruckId);
      compare('user', document, label, active, known, attributes, [
        ...IMMUTABLE_USER_ATTRIBUTES,
      ]);
    }
    const protectedUsers = new Set(
      [...input.protectedCodes].map(
        (code) => state.vehicles.get(code)?.linkedUserDocument,
      ),
    );
    for (const [document, known] of state.users) {
      if (desired.users.has(document) || protectedUsers.has(document)) {
        continue;
      }
      absent('user', document, known.label, known);
    }
  }
  if (syncVehicles && syncUsers) {
    // Link only pairs that will both exist in Softruck after this run.
    const created = new Set(
      actions
        .filter((a) => a.type === 'create')
        .map((a) => `${a.kind}:${a.key}`),
    );
    const exists = (kind: RecordKind, key: string) =>
      (kind === 'vehicle' ? state.vehicles : state.users).has(key) ||
      created.has(`${kind}:${key}`);
    for (const [code, { vehicle }] of desired.vehicles) {
      const document = vehicle.ownerDocument;
      if (!document || !desired.users.has(document)) continue;
      if (!exists('vehicle', code) || !exists('user', document)) continue;
      if (state.vehicles.get(code)?.linkedUserDocument === document) continue;
      actions.push({
        type: 'link',
        kind: 'link',
        key: code,
        label: `link:${code}`,
        document,
      });
    }
  }
  return { actions: orderActions(actions), unchanged, held: [] };
}
