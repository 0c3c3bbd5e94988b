import { changedAttributes } from '../softruck/attributes';
import { SoftruckAlreadyExistsError } from '../softruck/errors';
import { IMMUTABLE_USER_ATTRIBUTES } from '../softruck/mapUser';
import type { Outcome } from '../state/OutcomeStore';
import type { UserState } from '../state/types';
import type { ApplyContext } from './applyPlan';
import { inEnterprise } from '../softruck/SoftruckApi';
import type { Action } from './plan';

type Create = Extract<Action, { type: 'create'; kind: 'user' }>;

/**
 * Creates one user (the API takes one at a time). "Already Exists" means
 * a user with that CPF is there, perhaps from an answer that was lost: it
 * is looked up in the tenant's enterprise and adopted.
 */
export async function createUser(
  c: ApplyContext,
  action: Create,
): Promise<Outcome> {
  try {
    const created = await c.api.createUser(c.enterpriseId, action.attributes);
    if (!created?.id) throw new Error('Softruck answered no id');
    await remember(c, action, created.id);
    return {
      key: action.label,
      kind: 'user',
      step: 'create',
      outcome: 'created',
    };
  } catch (error) {
    if (!(error instanceof SoftruckAlreadyExistsError)) throw error;
  }
  const match = inEnterprise(
    await c.api.findUsers(action.attributes.cpf),
    c.enterpriseId,
  );
  if (!match) {
    return {
      key: action.label,
      kind: 'user',
      step: 'create',
      outcome: 'failed',
      detail: 'username or CPF taken outside the tenant enterprise',
    };
  }
  const changes = changedAttributes(match.attributes, action.attributes, [
    ...IMMUTABLE_USER_ATTRIBUTES,
  ]);
  if (Object.keys(changes).length > 0) {
    await c.api.updateUser(match.id, changes);
  }
  if (match.attributes.deactivated_at) {
    await c.api.setUserActive(match.id, true);
  }
  await remember(c, action, match.id, match.attributes.username);
  return {
    key: action.label,
    kind: 'user',
    step: 'create',
    outcome: 'created',
    detail: 'adopted the existing Softruck record',
  };
}

async function remember(
  c: ApplyContext,
  action: Create,
  id: string,
  username = action.attributes.username,
) {
  const state: UserState = {
    document: action.key,
    label: action.label,
    softruckId: id,
    attributes: { ...action.attributes, username },
    active: true,
    lastRunId: c.runId,
  };
  c.state.users.set(action.key, state);
  await c.store.putUser(c.tenantId, state);
}
