import { notFound } from '../errors';
import { matchesFilters, pageOf, parseListQuery } from '../listQuery';
import { enterpriseResource } from '../resources';
import type { Route } from '../router';
import type { RouteDeps } from './RouteDeps';

const SPEC = { resource: 'enterprises', fields: ['cnpj', 'name'] };

/** `GET /enterprises` (filtered by CNPJ) and `GET /enterprises/:id`. */
export function enterpriseRoutes({ store }: RouteDeps): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/enterprises',
      handle(ctx) {
        const query = parseListQuery(ctx.query, SPEC);
        const found = [...store.enterprises.values()].filter((enterprise) =>
          matchesFilters({ ...enterprise }, query.filters),
        );
        const data = pageOf(found, query).map(enterpriseResource);
        return { status: 200, body: { data } };
      },
    },
    {
      method: 'GET',
      pattern: '/enterprises/:id',
      handle(ctx) {
        const enterprise = store.enterprises.get(ctx.params.id);
        if (!enterprise) throw notFound(`enterprise ${ctx.params.id}`);
        return { status: 200, body: { data: enterpriseResource(enterprise) } };
      },
    },
  ];
}
