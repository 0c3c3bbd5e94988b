import {
  alreadyExists,
  notFound,
  validationFailed,
  type Problem,
} from '../errors';
import { matchesFilters, pageOf, parseListQuery } from '../listQuery';
import { userResource } from '../resources';
import type { Route } from '../router';
import type { SandboxStore } from '../SandboxStore';
import { USER_FIELDS, type UserAttributes } from '../types';
import { readUserCreate, readUserUpdate } from '../userValidation';
import type { RouteDeps } from './RouteDeps';
import { statusRoutes } from './statusRoutes';

const SPEC = { resource: 'users', fields: USER_FIELDS };

/** The user routes: list, read, create one, update, status. */
export function userRoutes({ store, now }: RouteDeps): Route[] {
  const find = (id: string) => store.users.get(id);
  const existing = (id: string) => {
    const user = find(id);
    if (!user) throw notFound(`user ${id}`);
    return user;
  };
  return [
    {
      method: 'GET',
      pattern: '/users',
      handle(ctx) {
        const query = parseListQuery(ctx.query, SPEC);
        const found = [...store.users.values()].filter((user) =>
          matchesFilters(user.attributes, query.filters),
        );
        const data = pageOf(found, query).map(userResource);
        return { status: 200, body: { data } };
      },
    },
    {
      method: 'GET',
      pattern: '/users/:id',
      handle: (ctx) => ({
        status: 200,
        body: { data: userResource(existing(ctx.params.id)) },
      }),
    },
    {
      method: 'POST',
      pattern: '/users',
      handle(ctx) {
        const problems: Problem[] = [];
        const draft = readUserCreate(ctx.json(), store, problems);
        if (!draft || problems.length > 0) throw validationFailed(problems);
        checkUnique(store, draft.enterpriseId, draft.attributes);
        const user = store.addUser(
          draft.enterpriseId,
          draft.roleIds,
          draft.attributes,
        );
        return { status: 201, body: { data: userResource(user) } };
      },
    },
    {
      method: 'PATCH',
      pattern: '/users/:id',
      handle(ctx) {
        const user = existing(ctx.params.id);
        const problems: Problem[] = [];
        const update = readUserUpdate(ctx.json(), user, store, problems);
        if (problems.length > 0) throw validationFailed(problems);
        checkUnique(store, user.enterpriseId, update.attributes, user.id);
        store.updateUser(user, update.attributes);
        if (update.roleIds) user.roleIds = update.roleIds;
        return { status: 200, body: { data: userResource(user) } };
      },
    },
    ...statusRoutes('/users', find, userResource, now),
  ];
}

/** Username is unique everywhere; a CPF only within one enterprise. */
function checkUnique(
  store: SandboxStore,
  enterpriseId: string,
  attributes: Partial<UserAttributes>,
  exceptId?: string,
): void {
  const { username, cpf } = attributes;
  if (username && store.userWithUsername(username, exceptId)) {
    throw alreadyExists(`username ${username}`, 'data.attributes.username');
  }
  if (cpf && store.userWithCpf(enterpriseId, cpf, exceptId)) {
    throw alreadyExists('a user with this cpf', 'data.attributes.cpf');
  }
}
