import { isObject } from './attributes';
import type { Problem } from './errors';
import type { SandboxStore } from './SandboxStore';

/**
 * Reads `relationships.enterprise`, given as `{type, id}` or as
 * `{data: {type, id}}`, and checks that the enterprise exists.
 *
 * @returns the enterprise id, or undefined after recording a problem
 */
export function readEnterpriseId(
  relationships: unknown,
  path: string,
  store: SandboxStore,
  problems: Problem[],
): string | undefined {
  const at = `${path}.enterprise`;
  const raw = isObject(relationships) ? relationships.enterprise : undefined;
  const ref = isObject(raw) && isObject(raw.data) ? raw.data : raw;
  if (!isObject(ref) || typeof ref.id !== 'string') {
    problems.push({ path: at, message: 'is required' });
    return undefined;
  }
  if (ref.type !== 'enterprise' && ref.type !== 'enterprises') {
    problems.push({ path: `${at}.type`, message: 'must be "enterprise"' });
    return undefined;
  }
  if (!store.enterprises.has(ref.id)) {
    problems.push({ path: at, message: `enterprise ${ref.id} not found` });
    return undefined;
  }
  return ref.id;
}

/**
 * Reads `relationships.roles`: `{data: [...]}`, `{data: {...}}` or a bare
 * array of `{type, id}`. At least one role is needed.
 */
export function readRoleIds(
  relationships: unknown,
  path: string,
  problems: Problem[],
): string[] | undefined {
  const at = `${path}.roles`;
  const raw = isObject(relationships) ? relationships.roles : undefined;
  const data = isObject(raw) ? raw.data : raw;
  const refs = Array.isArray(data) ? data : data === undefined ? [] : [data];
  const ids = refs.map((ref) =>
    isObject(ref) && typeof ref.id === 'string' && ref.id !== ''
      ? ref.id
      : undefined,
  );
  if (ids.length === 0 || ids.includes(undefined)) {
    problems.push({ path: at, message: 'needs at least one role {type, id}' });
    return undefined;
  }
  return ids as string[];
}

/** Whether the write names an enterprise at all. */
export function namesEnterprise(relationships: unknown): boolean {
  return isObject(relationships) && relationships.enterprise !== undefined;
}

/**
 * On update, an enterprise may be restated but not changed: moving a
 * record to another customer is the failure this sandbox must expose.
 */
export function checkSameEnterprise(
  relationships: unknown,
  path: string,
  currentId: string,
  store: SandboxStore,
  problems: Problem[],
): void {
  if (!namesEnterprise(relationships)) return;
  const id = readEnterpriseId(relationships, path, store, problems);
  if (id !== undefined && id !== currentId) {
    problems.push({
      path: `${path}.enterprise`,
      message: 'cannot move to another enterprise',
    });
  }
}
