import {
  changedAttributes,
  type UserAttributes,
  type VehicleAttributes,
} from '../softruck/attributes';
import { SoftruckNotFoundError } from '../softruck/errors';
import { findUser, findVehicle } from '../softruck/findExisting';
import { IMMUTABLE_USER_ATTRIBUTES } from '../softruck/mapUser';
import type { Outcome } from '../state/OutcomeStore';
import type { UserState, VehicleState } from '../state/types';
import type { ApplyContext } from './applyPlan';
import type { Action } from './plan';

type Known = Extract<Action, { type: 'update' | 'deactivate' | 'reactivate' }>;
type Held = VehicleState | UserState;

/**
 * Writes to a record the sync knows by its Softruck id: an update of the
 * changed attributes, or a status switch. When Softruck answers 404 (the
 * record was removed or merged there), it is looked up again at once, by
 * plate or chassis, or by CPF, in the tenant's enterprise; found, the
 * write goes to it and its id is remembered; not found, the record is
 * forgotten, so that the next run creates it if SGA still wants it.
 */
export async function writeKnown(
  c: ApplyContext,
  action: Known,
): Promise<Outcome> {
  const known = recordOf(c, action);
  if (!known) throw new Error(`${action.kind} missing from the sync state`);
  let target = known;
  try {
    await write(c, action, known.softruckId, changesOf(action));
  } catch (error) {
    if (!(error instanceof SoftruckNotFoundError)) throw error;
    const found = await lookUp(c, action, known);
    if (!found) {
      await forget(c, action);
      throw new Error(
        'no longer in Softruck; forgotten, so the next run creates it ' +
          'again if SGA still has it active',
        { cause: error },
      );
    }
    target = await moved(c, action, known, found);
    await write(c, action, found.id, changesOf(action, found.attributes));
  }
  await save(c, action, target);
  if (action.type === 'update') {
    return outcome(action, 'updated', Object.keys(action.changes).join(','));
  }
  return action.type === 'deactivate'
    ? outcome(action, 'deactivated', action.reason)
    : outcome(action, 'reactivated');
}

function outcome(
  action: Known,
  result: Outcome['outcome'],
  detail?: string,
): Outcome {
  return {
    key: action.label,
    kind: action.kind,
    step: action.type,
    outcome: result,
    ...(detail ? { detail } : {}),
  };
}

/**
 * What an update sends: the planned changes, or, to a record found again,
 * what differs from what it holds (never its username).
 */
function changesOf(action: Known, holds?: object): object {
  if (action.type !== 'update') return {};
  if (!holds) return action.changes;
  const immutable = action.kind === 'user' ? IMMUTABLE_USER_ATTRIBUTES : [];
  return changedAttributes(
    holds as Partial<VehicleAttributes & UserAttributes>,
    action.attributes as Partial<VehicleAttributes & UserAttributes>,
    [...immutable],
  );
}

async function write(
  c: ApplyContext,
  action: Known,
  id: string,
  changes: object,
): Promise<void> {
  const vehicle = action.kind === 'vehicle';
  if (action.type !== 'update') {
    const active = action.type === 'reactivate';
    if (vehicle) await c.api.setVehicleActive(id, active);
    else await c.api.setUserActive(id, active);
    return;
  }
  if (Object.keys(changes).length === 0) return;
  if (vehicle) await c.api.updateVehicle(id, changes);
  else await c.api.updateUser(id, changes);
}

function recordOf(c: ApplyContext, action: Known): Held | undefined {
  return action.kind === 'vehicle'
    ? c.state.vehicles.get(action.key)
    : c.state.users.get(action.key);
}

async function lookUp(c: ApplyContext, action: Known, known: Held) {
  if (action.kind === 'vehicle') {
    const attributes = (known as VehicleState).attributes;
    return findVehicle(c.api, c.enterpriseId, attributes);
  }
  const { cpf, username } = (known as UserState).attributes;
  return findUser(c.api, c.enterpriseId, cpf, [username]);
}

/**
 * The record under the id it was found with. Links went with the old
 * record: the vehicle's, or those of every vehicle linked to the user,
 * are forgotten so that the next run makes them again.
 */
async function moved(
  c: ApplyContext,
  action: Known,
  known: Held,
  found: { id: string; attributes: object },
): Promise<Held> {
  const unlinked = ({
    linkedUserDocument: _d,
    linkedUserId: _u,
    ...rest
  }: VehicleState): VehicleState => rest;
  if (action.kind === 'vehicle') {
    return { ...unlinked(known as VehicleState), softruckId: found.id };
  }
  for (const vehicle of [...c.state.vehicles.values()]) {
    if (vehicle.linkedUserId === known.softruckId) {
      await put(c, 'vehicle', unlinked(vehicle));
    }
  }
  const user = known as UserState;
  const { username } = found.attributes as Partial<UserAttributes>;
  return {
    ...user,
    softruckId: found.id,
    attributes: {
      ...user.attributes,
      username: username ?? user.attributes.username,
    },
  } as UserState;
}

/** Remembers what was written, right after Softruck took it. */
async function save(c: ApplyContext, action: Known, known: Held) {
  const next = { ...known, lastRunId: c.runId };
  if (action.type !== 'update') next.active = action.type === 'reactivate';
  else if (action.kind === 'vehicle') {
    next.attributes = action.attributes as VehicleAttributes;
  } else {
    const { username } = (known as UserState).attributes;
    next.attributes = { ...(action.attributes as UserAttributes), username };
  }
  await put(c, action.kind, next);
}

async function put(c: ApplyContext, kind: Known['kind'], record: Held) {
  if (kind === 'vehicle') {
    const vehicle = record as VehicleState;
    c.state.vehicles.set(vehicle.code, vehicle);
    await c.store.putVehicle(c.tenantId, vehicle);
  } else {
    const user = record as UserState;
    c.state.users.set(user.document, user);
    await c.store.putUser(c.tenantId, user);
  }
}

async function forget(c: ApplyContext, action: Known) {
  if (action.kind === 'vehicle') {
    c.state.vehicles.delete(action.key);
    await c.store.forgetVehicle(c.tenantId, action.key);
  } else {
    c.state.users.delete(action.key);
    await c.store.forgetUser(c.tenantId, action.key);
  }
}
