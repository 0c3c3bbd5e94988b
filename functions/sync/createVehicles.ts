import {
  changedAttributes,
  type VehicleAttributes,
} from '../softruck/attributes';
import {
  SoftruckAlreadyExistsError,
  SoftruckValidationError,
} from '../softruck/errors';
import type { Outcome } from '../state/OutcomeStore';
import type { VehicleState } from '../state/types';
import type { ApplyContext } from './applyPlan';
import { errorReason } from './errorReason';
import { inEnterprise } from '../softruck/SoftruckApi';
import type { Action } from './plan';

type Create = Extract<Action, { type: 'create'; kind: 'vehicle' }>;

/**
 * Creates vehicles in one request. When Softruck refuses the batch, the
 * records it names are failed and the rest retried; when it cannot say
 * which (an "Already Exists", often after a lost answer), each is created
 * alone, and an existing one is adopted instead of duplicated.
 */
export async function createVehicles(
  c: ApplyContext,
  batch: Create[],
): Promise<Outcome[]> {
  try {
    const created = await c.api.createVehicles(
      c.enterpriseId,
      batch.map((a) => a.attributes),
    );
    const outcomes: Outcome[] = [];
    for (const [i, action] of batch.entries()) {
      const resource =
        created.find((r) => r.attributes?.plate === action.attributes.plate) ??
        created[i];
      if (!resource?.id) {
        outcomes.push(failed(action, 'Softruck answered no id'));
        continue;
      }
      await remember(c, action, resource.id);
      outcomes.push({
        key: action.label,
        kind: 'vehicle',
        step: 'create',
        outcome: 'created',
      });
    }
    return outcomes;
  } catch (error) {
    const refused =
      error instanceof SoftruckValidationError ||
      error instanceof SoftruckAlreadyExistsError;
    if (!refused) throw error;
    if (batch.length === 1) return [await recover(c, batch[0], error)];
    return splitAndRetry(c, batch, error);
  }
}

async function splitAndRetry(
  c: ApplyContext,
  batch: Create[],
  error: Error,
): Promise<Outcome[]> {
  const named =
    error instanceof SoftruckValidationError
      ? indexesIn(error.paths, batch.length)
      : new Set<number>();
  if (named.size === 0) {
    const outcomes: Outcome[] = [];
    for (const action of batch)
      outcomes.push(...(await createVehicles(c, [action])));
    return outcomes;
  }
  const outcomes = [...named].map((i) => failed(batch[i], error.message));
  const rest = batch.filter((_, i) => !named.has(i));
  if (rest.length > 0) outcomes.push(...(await createVehicles(c, rest)));
  return outcomes;
}

/** Batch positions named by paths such as `data.3.attributes.plate`. */
function indexesIn(paths: string[], size: number): Set<number> {
  const found = new Set<number>();
  for (const path of paths) {
    const match = /^data\.(\d+)\./.exec(path);
    if (match && Number(match[1]) < size) found.add(Number(match[1]));
  }
  return found;
}

async function recover(
  c: ApplyContext,
  action: Create,
  error: Error,
): Promise<Outcome> {
  if (!(error instanceof SoftruckAlreadyExistsError)) {
    return failed(action, errorReason(error));
  }
  const { plate, vin } = action.attributes;
  let match = inEnterprise(
    await c.api.findVehicles('plate', plate),
    c.enterpriseId,
  );
  if (!match && vin) {
    match = inEnterprise(await c.api.findVehicles('vin', vin), c.enterpriseId);
  }
  if (!match) {
    return failed(action, 'exists in Softruck outside the tenant enterprise');
  }
  const changes = changedAttributes(match.attributes, action.attributes);
  if (Object.keys(changes).length > 0) {
    await c.api.updateVehicle(match.id, changes);
  }
  if (match.attributes.deactivated_at) {
    await c.api.setVehicleActive(match.id, true);
  }
  await remember(c, action, match.id);
  return {
    key: action.label,
    kind: 'vehicle',
    step: 'create',
    outcome: 'created',
    detail: 'adopted the existing Softruck record',
  };
}

async function remember(c: ApplyContext, action: Create, id: string) {
  const state: VehicleState = {
    code: action.key,
    softruckId: id,
    attributes: action.attributes as VehicleAttributes,
    active: true,
    lastRunId: c.runId,
  };
  c.state.vehicles.set(action.key, state);
  await c.store.putVehicle(c.tenantId, state);
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
