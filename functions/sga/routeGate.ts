import { sgaGateKey } from '../runtime/createServices';
import type { Services } from '../runtime/services';
import { describeRoute } from './formatRouteCheck';
import { recordBlock } from './pauseForBlock';
import { checkRoutes } from './routeCheck';
import { LOOKUP_ROUTE, type LookupKey, routesNeeded } from './routeUses';

/**
 * Checks, before a new run reads anything, that the tenant's token has
 * the routes that run reads (two calls for a daily run, one for a lookup),
 * and returns why the run must not start, or `undefined` when it may. It
 * is called once per run, not per page. A block seen here is recorded, so
 * that the run's start reports the pause without calling SGA again.
 */
export async function refuseMissingRoutes(
  services: Services,
  tenantId: string,
  lookup?: { by: LookupKey; value: string },
): Promise<string | undefined> {
  const tenant = await services.tenants.get(tenantId);
  if (!tenant) return undefined;
  if (await services.slots.blockedUntil(sgaGateKey(tenantId))) {
    return undefined;
  }
  const sga = await services.sgaFor(tenant);
  const check = await checkRoutes(sga, {
    routes: routesNeeded(lookup?.by),
    lookups: lookup && { [LOOKUP_ROUTE[lookup.by]]: lookup.value },
  });
  if (check.token === 'blocked') {
    await recordBlock(services, tenantId);
    return undefined;
  }
  if (check.token === 'invalid') {
    return 'the SGA token is invalid: SGA refused it (HTTP 401) on every route';
  }
  const missing = check.routes.filter((r) => r.state === 'disabled');
  if (missing.length === 0) return undefined;
  const list = missing
    .map((r) => `${r.route} (${describeRoute(r.route)}, ${r.detail})`)
    .join('; ');
  return `the SGA token lacks routes this run needs: ${list}`;
}
