import { IMMUTABLE_USER_ATTRIBUTES, mapUser } from '../softruck/mapUser';
import { mapVehicle } from '../softruck/mapVehicle';
import type { SoftruckState } from '../state/SoftruckStateStore';
import type { Tenant } from '../tenants/tenantSchema';
import type { DesiredState } from './resolveRecords';
import { orderActions, type Plan, userLabel, vehicleLabel } from './plan';
import { planLinks } from './planLinks';
import { Rules } from './planRules';
import { protectedUsers } from './protectedUsers';

/**
 * How much of SGA the run read, which decides what may be deactivated:
 * `complete` allows both status and absence; `lookup` (one plate, chassis
 * or CPF, read whole) allows status only; `incomplete` allows neither.
 */
export type ReadExtent = 'complete' | 'incomplete' | 'lookup';

export interface PlanInput {
  tenant: Tenant;
  desired: DesiredState;
  state: SoftruckState;
  read: ReadExtent;
  /** Vehicle codes SGA sent but that could not be read: never "absent". */
  protectedCodes: Set<string>;
}

/**
 * Compares what SGA asks for with what the sync last wrote and lists the
 * writes that close the gap, following the product's rule table. Pure:
 * it reads nothing and writes nothing.
 */
export function planChanges(input: PlanInput): Plan {
  const { tenant, desired, state } = input;
  const plan: Plan = { actions: [], unchanged: [], held: [] };
  const rules = new Rules(input, plan);
  if (tenant.sync !== 'users') {
    for (const [code, { vehicle, active }] of desired.vehicles) {
      const wanted = {
        kind: 'vehicle' as const,
        key: code,
        label: vehicleLabel(code),
        active,
        status: vehicle.status,
        attributes: mapVehicle(vehicle),
      };
      rules.compare(wanted, state.vehicles.get(code));
    }
    for (const [code, known] of state.vehicles) {
      if (desired.vehicles.has(code) || input.protectedCodes.has(code)) {
        continue;
      }
      rules.absent('vehicle', code, vehicleLabel(code), known);
    }
  }
  if (tenant.sync !== 'vehicles') {
    for (const [document, user] of desired.users) {
      const known = state.users.get(document);
      const wanted = {
        kind: 'user' as const,
        key: document,
        label: userLabel(
          user.associate.code,
          known?.softruckId,
          user.vehicleCode,
        ),
        active: user.active,
        status: user.active ? 'ATIVO' : 'no active vehicle',
        attributes: mapUser(user.associate),
        immutable: IMMUTABLE_USER_ATTRIBUTES,
      };
      rules.compare(wanted, known);
    }
    const kept = protectedUsers(desired, state, input.protectedCodes);
    for (const [document, known] of state.users) {
      if (desired.users.has(document) || kept.has(document)) continue;
      rules.absent('user', document, known.label, known);
    }
  }
  if (tenant.sync === 'both') {
    plan.actions.push(...planLinks(desired, state, plan.actions));
  }
  return { ...plan, actions: orderActions(plan.actions) };
}
