import {
  isObject,
  readAttributes,
  requireText,
  type AttributeRules,
} from './attributes';
import type { Problem } from './errors';
import {
  checkSameEnterprise,
  readEnterpriseId,
  readRoleIds,
} from './relationships';
import type { SandboxStore } from './SandboxStore';
import { USER_FIELDS, type SandboxUser, type UserAttributes } from './types';

const USER_RULES: AttributeRules = { allowed: USER_FIELDS, maxLength: {} };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A user a create request asks for, once it has been checked. */
export interface UserDraft {
  enterpriseId: string;
  roleIds: string[];
  attributes: Partial<UserAttributes>;
}

/** A checked `PATCH /users/:id`. */
export interface UserUpdate {
  attributes: Partial<UserAttributes>;
  roleIds?: string[];
}

/** Checks the body of `POST /users`, recording what is wrong. */
export function readUserCreate(
  body: unknown,
  store: SandboxStore,
  problems: Problem[],
): UserDraft | undefined {
  const data = readData(body, problems);
  if (!data) return undefined;
  const attributes = readUserAttributes(data.attributes, true, problems);
  const enterpriseId = readEnterpriseId(
    data.relationships,
    'data.relationships',
    store,
    problems,
  );
  const roleIds = readRoleIds(
    data.relationships,
    'data.relationships',
    problems,
  );
  if (enterpriseId === undefined || roleIds === undefined) return undefined;
  return { enterpriseId, roleIds, attributes };
}

/** Checks the body of `PATCH /users/:id`, recording what is wrong. */
export function readUserUpdate(
  body: unknown,
  user: SandboxUser,
  store: SandboxStore,
  problems: Problem[],
): UserUpdate {
  const data = readData(body, problems);
  if (!data) return { attributes: {} };
  const attributes = readUserAttributes(data.attributes, false, problems);
  const path = 'data.relationships';
  checkSameEnterprise(
    data.relationships,
    path,
    user.enterpriseId,
    store,
    problems,
  );
  const givesRoles =
    isObject(data.relationships) && data.relationships.roles !== undefined;
  const roleIds = givesRoles
    ? readRoleIds(data.relationships, path, problems)
    : undefined;
  return { attributes, roleIds };
}

function readData(body: unknown, problems: Problem[]) {
  const data = isObject(body) ? body.data : undefined;
  if (isObject(data)) return data;
  problems.push({ path: 'data', message: 'must be one object' });
  return undefined;
}

/** Checks user attributes: required names, CPF, birth date, e-mail. */
export function readUserAttributes(
  input: unknown,
  creating: boolean,
  problems: Problem[],
  at = 'data.attributes',
): Partial<UserAttributes> {
  const attributes = readAttributes(input, at, USER_RULES, problems);
  requireText(attributes, 'username', at, creating, problems);
  requireText(attributes, 'name', at, creating, problems);
  const { cpf, birthdate, email } = attributes;
  if (typeof cpf === 'string' && !/^\d+$/.test(cpf)) {
    problems.push({ path: `${at}.cpf`, message: 'must hold digits only' });
  }
  if (typeof birthdate === 'string' && !isCalendarDate(birthdate)) {
    problems.push({ path: `${at}.birthdate`, message: 'must be YYYY-MM-DD' });
  }
  if (typeof email === 'string' && !EMAIL.test(email)) {
    problems.push({ path: `${at}.email`, message: 'is not an e-mail address' });
  }
  return attributes;
}

/** `YYYY-MM-DD` naming a day that exists (no 31 February). */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
