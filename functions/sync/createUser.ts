import { changedAttributes, type UserAttributes } from '../softruck/attributes';
import { SoftruckAlreadyExistsError } from '../softruck/errors';
import { findUser } from '../softruck/findExisting';
import { IMMUTABLE_USER_ATTRIBUTES, tenantUsername } from '../softruck/mapUser';
import type { Resource } from '../softruck/SoftruckApi';
import type { Outcome } from '../state/OutcomeStore';
import type { UserState } from '../state/types';
import type { ApplyContext } from './applyPlan';
import type { Action } from './plan';

type Create = Extract<Action, { type: 'create'; kind: 'user' }>;

/**
 * Creates one user (the API takes one at a time). "Already Exists" means
 * the user is there, perhaps from an answer that was lost: the user of
 * that CPF (or username) in the tenant's enterprise is adopted. When none
 * is, the username is taken in another enterprise, the same associate in
 * another tenant: the user is created under the tenant-qualified username
 * instead, which a retry finds again by CPF.
 */
export async function createUser(
  c: ApplyContext,
  action: Create,
): Promise<Outcome> {
  const { attributes } = action;
  const created = await tryCreate(c, attributes);
  if (created) return remember(c, action, created.id, attributes.username);
  const existing = await findUser(c.api, c.enterpriseId, attributes.cpf, [
    attributes.username,
  ]);
  if (existing) return adopt(c, action, existing);
  const qualified = {
    ...attributes,
    username: tenantUsername(attributes.cpf, c.tenantId),
  };
  const second = await tryCreate(c, qualified);
  if (second) {
    return remember(c, action, second.id, qualified.username, {
      detail: 'username taken in another enterprise; tenant username used',
    });
  }
  const again = await findUser(c.api, c.enterpriseId, attributes.cpf);
  if (again) return adopt(c, action, again);
  return {
    key: action.label,
    kind: 'user',
    step: 'create',
    outcome: 'failed',
    detail: 'username taken outside the tenant enterprise, tenant one too',
  };
}

/** The created user, or undefined when Softruck says it exists already. */
async function tryCreate(
  c: ApplyContext,
  attributes: UserAttributes,
): Promise<Resource<UserAttributes> | undefined> {
  try {
    const created = await c.api.createUser(c.enterpriseId, attributes);
    if (!created?.id) throw new Error('Softruck answered no id');
    return created;
  } catch (error) {
    if (error instanceof SoftruckAlreadyExistsError) return undefined;
    throw error;
  }
}

/**
 * Takes over a user Softruck holds: writes what differs (never its
 * username) and switches it on, since only active users are created.
 */
async function adopt(
  c: ApplyContext,
  action: Create,
  match: Resource<UserAttributes>,
): Promise<Outcome> {
  const changes = changedAttributes(match.attributes, action.attributes, [
    ...IMMUTABLE_USER_ATTRIBUTES,
  ]);
  if (Object.keys(changes).length > 0) {
    await c.api.updateUser(match.id, changes);
  }
  if (match.attributes.deactivated_at) {
    await c.api.setUserActive(match.id, true);
  }
  return remember(c, action, match.id, match.attributes.username, {
    detail: 'adopted the existing Softruck record',
  });
}

async function remember(
  c: ApplyContext,
  action: Create,
  id: string,
  username: string,
  extra: { detail?: string } = {},
): Promise<Outcome> {
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
  return {
    key: action.label,
    kind: 'user',
    step: 'create',
    outcome: 'created',
    ...extra,
  };
}
