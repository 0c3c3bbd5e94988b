import {
  changedAttributes,
  type VehicleAttributes,
} from '../softruck/attributes';
import {
  SoftruckAlreadyExistsError,
  SoftruckValidationError,
} from '../softruck/errors';
import { findVehicle } from '../softruck/findExisting';
import { batchIndexes } from '../softruck/interpretAnswer';
import type { Resource } from '../softruck/SoftruckApi';
import type { Outcome } from '../state/OutcomeStore';
import type { VehicleState } from '../state/types';
import type { ApplyContext } from './applyPlan';
import { errorReason } from './errorReason';
import type { Action } from './plan';

type Create = Extract<Action, { type: 'create'; kind: 'vehicle' }>;

/**
 * Creates vehicles in one request, pushing each record's outcome into
 * `into` as soon as it is known (so that an exception keeps them). When
 * Softruck refuses the batch, the records it names are failed, or looked
 * up and adopted when they exist already, and the rest is sent again.
 * `manyExist` says an earlier answer showed several may exist (a lost
 * answer after the batch was written): every record is looked up once.
 */
export async function createVehicles(
  c: ApplyContext,
  batch: Create[],
  into: Outcome[],
  manyExist = false,
): Promise<void> {
  let created: Resource<VehicleAttributes>[];
  try {
    created = await c.api.createVehicles(
      c.enterpriseId,
      batch.map((a) => a.attributes),
    );
  } catch (error) {
    if (error instanceof SoftruckAlreadyExistsError) {
      return existing(c, batch, into, error.paths, manyExist);
    }
    if (error instanceof SoftruckValidationError) {
      return refused(c, batch, into, error);
    }
    throw error;
  }
  for (const [i, action] of batch.entries()) {
    const plate = action.attributes.plate.toUpperCase();
    const resource =
      created.find((r) => r.attributes?.plate?.toUpperCase() === plate) ??
      created[i];
    if (!resource?.id) into.push(failed(action, 'Softruck answered no id'));
    else into.push(await remember(c, action, resource.id));
  }
}

/** A batch refused for some of its records: those fail, the rest go on. */
async function refused(
  c: ApplyContext,
  batch: Create[],
  into: Outcome[],
  error: SoftruckValidationError,
): Promise<void> {
  const named = batchIndexes(error.paths, batch.length);
  if (batch.length === 1 || named.size === 0) {
    if (batch.length === 1) into.push(failed(batch[0], errorReason(error)));
    else for (const one of batch) await createVehicles(c, [one], into);
    return;
  }
  for (const i of named) into.push(failed(batch[i], errorReason(error)));
  const rest = batch.filter((_, i) => !named.has(i));
  if (rest.length > 0) await createVehicles(c, rest, into);
}

/**
 * "Already Exists": adopt the record named, then send the rest; when
 * several may exist, look each up once and create only what is missing.
 * Every branch sends fewer records than it got, so this ends.
 */
async function existing(
  c: ApplyContext,
  batch: Create[],
  into: Outcome[],
  paths: string[],
  manyExist: boolean,
): Promise<void> {
  const named = batchIndexes(paths, batch.length);
  const lookAtAll = batch.length === 1 || manyExist || named.size === 0;
  const rest: Create[] = [];
  for (const [i, action] of batch.entries()) {
    if (!lookAtAll && !named.has(i)) {
      rest.push(action);
      continue;
    }
    const match = await findVehicle(c.api, c.enterpriseId, action.attributes);
    const owner = match && ownerOf(c, match.id, action.key);
    if (owner) {
      into.push(failed(action, `same Softruck vehicle as vehicle ${owner}`));
    } else if (match) into.push(await adopt(c, action, match));
    else if (batch.length === 1) {
      into.push(failed(action, 'exists in Softruck outside the enterprise'));
    } else rest.push(action);
  }
  if (rest.length === 0) return;
  if (rest.length < batch.length) {
    return createVehicles(c, rest, into, true);
  }
  // Nothing found although Softruck says something exists: alone, each
  // answers for itself.
  for (const one of rest) await createVehicles(c, [one], into);
}

/**
 * The code of another vehicle of the tenant already written as Softruck
 * record `id`: two SGA codes (an old contract and a new one) must never
 * share one record, or one would switch the other off.
 */
function ownerOf(c: ApplyContext, id: string, code: string) {
  for (const vehicle of c.state.vehicles.values()) {
    if (vehicle.softruckId === id && vehicle.code !== code) return vehicle.code;
  }
  return undefined;
}

/** Takes over a vehicle Softruck holds: what differs, then switched on. */
async function adopt(
  c: ApplyContext,
  action: Create,
  match: Resource<VehicleAttributes>,
): Promise<Outcome> {
  const changes = changedAttributes(match.attributes, action.attributes);
  if (Object.keys(changes).length > 0) {
    await c.api.updateVehicle(match.id, changes);
  }
  if (match.attributes.deactivated_at) {
    await c.api.setVehicleActive(match.id, true);
  }
  const outcome = await remember(c, action, match.id);
  return { ...outcome, detail: 'adopted the existing Softruck record' };
}

async function remember(
  c: ApplyContext,
  action: Create,
  id: string,
): Promise<Outcome> {
  const state: VehicleState = {
    code: action.key,
    softruckId: id,
    attributes: action.attributes,
    active: true,
    lastRunId: c.runId,
  };
  c.state.vehicles.set(action.key, state);
  await c.store.putVehicle(c.tenantId, state);
  return {
    key: action.label,
    kind: 'vehicle',
    step: 'create',
    outcome: 'created',
  };
}

function failed(action: Create, reason: string): Outcome {
  return {
    key: action.label,
    kind: 'vehicle',
    step: 'create',
    outcome: 'failed',
    detail: reason,
  };
}
