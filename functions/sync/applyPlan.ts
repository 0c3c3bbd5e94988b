import type { SoftruckApi } from '../softruck/SoftruckApi';
import type { UserAttributes, VehicleAttributes } from '../softruck/attributes';
import {
  SoftruckNotFoundError,
  SoftruckTransientError,
} from '../softruck/errors';
import type { Outcome } from '../state/OutcomeStore';
import type {
  SoftruckState,
  SoftruckStateStore,
} from '../state/SoftruckStateStore';
import type { Action } from './plan';
import { createVehicles } from './createVehicles';
import { createUser } from './createUser';
import { errorReason } from './errorReason';
import { linkUsers } from './linkUsers';

/** What applying a plan needs. `state` is kept current as writes land. */
export interface ApplyContext {
  api: SoftruckApi;
  store: SoftruckStateStore;
  tenantId: string;
  enterpriseId: string;
  runId: string;
  state: SoftruckState;
  /** Epoch ms after which no new write starts. */
  deadline: number;
}

export interface ApplyResult {
  outcomes: Outcome[];
  /** Actions not started: the deadline came, or Softruck kept failing. */
  remaining: Action[];
  /** Why the run stopped early, when it did. */
  interruption?: string;
}

/**
 * Applies actions in order. A record that Softruck refuses fails alone,
 * with the reason; Softruck trouble that outlasts the client's retries
 * stops the run so that it resumes later instead of failing every record.
 */
export async function applyPlan(
  context: ApplyContext,
  actions: Action[],
): Promise<ApplyResult> {
  const outcomes: Outcome[] = [];
  let index = 0;
  try {
    while (index < actions.length) {
      if (Date.now() >= context.deadline) {
        return done(outcomes, actions.slice(index), 'time budget used');
      }
      const action = actions[index];
      if (action.type === 'create' && action.kind === 'vehicle') {
        const batch = takeVehicleCreates(actions, index);
        outcomes.push(...(await createVehicles(context, batch)));
        index += batch.length;
        continue;
      }
      if (action.type === 'link') {
        const batch = takeLinks(actions, index);
        outcomes.push(...(await linkUsers(context, batch)));
        index += batch.length;
        continue;
      }
      outcomes.push(await applyOne(context, action));
      index++;
    }
  } catch (error) {
    if (!(error instanceof SoftruckTransientError)) throw error;
    return done(outcomes, actions.slice(index), error.message);
  }
  return { outcomes, remaining: [] };
}

function done(outcomes: Outcome[], remaining: Action[], why: string) {
  return { outcomes, remaining, interruption: why };
}

const BATCH = 25;

function takeVehicleCreates(actions: Action[], from: number) {
  const batch: Extract<Action, { type: 'create'; kind: 'vehicle' }>[] = [];
  for (let i = from; i < actions.length && batch.length < BATCH; i++) {
    const a = actions[i];
    if (a.type !== 'create' || a.kind !== 'vehicle') break;
    batch.push(a);
  }
  return batch;
}

function takeLinks(actions: Action[], from: number) {
  const batch: Extract<Action, { type: 'link' }>[] = [];
  for (let i = from; i < actions.length && batch.length < BATCH; i++) {
    const a = actions[i];
    if (a.type !== 'link') break;
    batch.push(a);
  }
  return batch;
}

async function applyOne(
  c: ApplyContext,
  action: Exclude<Action, { type: 'link' }>,
): Promise<Outcome> {
  const outcome = (o: Outcome['outcome'], detail?: string): Outcome => ({
    key: action.label,
    kind: action.kind,
    step: action.type,
    outcome: o,
    ...(detail ? { detail } : {}),
  });
  try {
    switch (action.type) {
      case 'create':
        return await createUser(c, action as never);
      case 'update':
        await update(c, action);
        return outcome('updated', Object.keys(action.changes).join(','));
      case 'deactivate':
      case 'reactivate':
        await setActive(c, action, action.type === 'reactivate');
        return action.type === 'deactivate'
          ? outcome('deactivated', action.reason)
          : outcome('reactivated');
    }
  } catch (error) {
    if (error instanceof SoftruckTransientError) throw error;
    return outcome('failed', errorReason(error));
  }
}

async function update(
  c: ApplyContext,
  action: Extract<Action, { type: 'update' }>,
): Promise<void> {
  if (action.kind === 'vehicle') {
    const known = c.state.vehicles.get(action.key);
    if (!known) throw new Error('vehicle missing from the sync state');
    await notFoundForgets(c, action, () =>
      c.api.updateVehicle(action.softruckId, action.changes),
    );
    const next = {
      ...known,
      attributes: action.attributes as VehicleAttributes,
      lastRunId: c.runId,
    };
    c.state.vehicles.set(action.key, next);
    await c.store.putVehicle(c.tenantId, next);
    return;
  }
  const known = c.state.users.get(action.key);
  if (!known) throw new Error('user missing from the sync state');
  await notFoundForgets(c, action, () =>
    c.api.updateUser(action.softruckId, action.changes),
  );
  const next = {
    ...known,
    attributes: {
      ...(action.attributes as UserAttributes),
      username: known.attributes.username,
    },
    lastRunId: c.runId,
  };
  c.state.users.set(action.key, next);
  await c.store.putUser(c.tenantId, next);
}

async function setActive(
  c: ApplyContext,
  action: Extract<Action, { type: 'deactivate' | 'reactivate' }>,
  active: boolean,
): Promise<void> {
  await notFoundForgets(c, action, () =>
    action.kind === 'vehicle'
      ? c.api.setVehicleActive(action.softruckId, active)
      : c.api.setUserActive(action.softruckId, active),
  );
  if (action.kind === 'vehicle') {
    const known = c.state.vehicles.get(action.key);
    if (!known) return;
    const next = { ...known, active, lastRunId: c.runId };
    c.state.vehicles.set(action.key, next);
    await c.store.putVehicle(c.tenantId, next);
  } else {
    const known = c.state.users.get(action.key);
    if (!known) return;
    const next = { ...known, active, lastRunId: c.runId };
    c.state.users.set(action.key, next);
    await c.store.putUser(c.tenantId, next);
  }
}

/**
 * Runs a write on a stored id; when Softruck no longer knows the id, the
 * record is forgotten so that the next run looks it up again (by plate or
 * CPF, through create and "Already Exists") instead of failing forever.
 */
async function notFoundForgets(
  c: ApplyContext,
  action: Action,
  write: () => Promise<void>,
): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (!(error instanceof SoftruckNotFoundError)) throw error;
    await forget(c, action.kind, action.key);
    throw new Error(
      'no longer in Softruck; it will be looked up again on the next run',
      { cause: error },
    );
  }
}

async function forget(c: ApplyContext, kind: string, key: string) {
  if (kind === 'vehicle') {
    c.state.vehicles.delete(key);
    await c.store.forgetVehicle(c.tenantId, key);
  } else {
    c.state.users.delete(key);
    await c.store.forgetUser(c.tenantId, key);
  }
}
