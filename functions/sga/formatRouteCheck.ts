import type { RouteCheck, RouteResult, RouteState } from './routeCheck';
import { routePath, type SgaRoute } from './routes';
import { ROUTE_USES, ROUTES_THE_SYNC_READS } from './routeUses';

const ARGUMENTS: Partial<Record<SgaRoute, string>> = {
  page: ':numero_pagina',
  byPlate: ':placa',
  byChassis: ':chassi',
  byCpf: ':cpf',
};

/** `GET /path/:argument`, as the route is named in SGA's panel. */
export function describeRoute(route: SgaRoute): string {
  const path = routePath(route, 'ARG').replace('ARG', ARGUMENTS[route] ?? '');
  return `GET ${path}`;
}

const LABELS: [RouteState, string][] = [
  ['disabled', 'not enabled'],
  ['unclear', 'unclear'],
  ['failed', 'no answer'],
  ['blocked', 'blocked'],
  ['skipped', 'not called'],
];

const column = (label: string) => `  ${`${label}:`.padEnd(13)}`;

/** Whether the token can do everything the sync reads SGA for. */
export function isReadyForSync(check: RouteCheck): boolean {
  if (check.token !== 'valid') return false;
  return ROUTES_THE_SYNC_READS.every((route) =>
    check.routes.some((r) => r.route === route && r.state === 'enabled'),
  );
}

/**
 * The route check of one tenant as lines for the terminal: the token's
 * state, each route by state, and what the token can be used for.
 */
export function formatRouteCheck(tenantId: string, check: RouteCheck) {
  const lines = [`${tenantId}: ${headline(check)}`];
  if (check.token === 'invalid') return lines.join('\n');
  const enabled = check.routes.filter((r) => r.state === 'enabled');
  if (enabled.length) {
    lines.push(column('enabled') + enabled.map((r) => r.route).join(', '));
  }
  for (const [state, label] of LABELS) {
    for (const result of check.routes.filter((r) => r.state === state)) {
      lines.push(column(label) + show(result));
    }
  }
  const on = new Set(enabled.map((r) => r.route));
  const can = ROUTE_USES.filter((u) => u.routes.every((r) => on.has(r)));
  if (can.length) lines.push(column('can') + can.map((u) => u.use).join(', '));
  for (const use of ROUTE_USES.filter((u) => !can.includes(u))) {
    const lacking = use.routes.filter((r) => !on.has(r)).join(', ');
    lines.push(`${column('cannot')}${use.use} (needs ${lacking})`);
  }
  return lines.join('\n');
}

function headline(check: RouteCheck): string {
  const enabled = check.routes.filter((r) => r.state === 'enabled').length;
  switch (check.token) {
    case 'invalid':
      return (
        'token invalid: SGA refused it (HTTP 401) on every route; ' +
        'nothing can be synced'
      );
    case 'blocked':
      return (
        'token blocked by SGA for bulk extraction; no more calls made, ' +
        'check again after the block (about an hour)'
      );
    case 'unknown':
      return 'no route answered; SGA may be down, try again later';
    default:
      return `token valid; ${enabled} of ${check.routes.length} routes enabled`;
  }
}

function show(result: RouteResult): string {
  const why = result.detail ? ` (${result.detail})` : '';
  return `${result.route.padEnd(13)}${describeRoute(result.route)}${why}`;
}
