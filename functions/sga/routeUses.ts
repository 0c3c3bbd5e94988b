import type { SgaRoute } from './routes';

/** What a token can be used for, and the routes each use reads. */
export const ROUTE_USES: readonly { use: string; routes: SgaRoute[] }[] = [
  { use: 'daily sync', routes: ['pageCount', 'page'] },
  { use: 'one-record sync by plate', routes: ['byPlate'] },
  { use: 'one-record sync by chassis', routes: ['byChassis'] },
  { use: 'one-record sync by CPF', routes: ['byCpf'] },
];

/** The key a one-record sync looks up, and the route that serves it. */
export const LOOKUP_ROUTE = {
  plate: 'byPlate',
  chassis: 'byChassis',
  cpf: 'byCpf',
} as const satisfies Record<string, SgaRoute>;

export type LookupKey = keyof typeof LOOKUP_ROUTE;

/**
 * The routes a run reads, and so refuses to start without. The contract
 * asks for all eight to be enabled, but the sync reads only these; the
 * other three (products, product types, the unpaginated listing) are
 * reported by the route check and never stop a run.
 */
export function routesNeeded(lookup?: LookupKey): SgaRoute[] {
  return lookup ? [LOOKUP_ROUTE[lookup]] : ['pageCount', 'page'];
}

/** Every route some use of the sync reads. */
export const ROUTES_THE_SYNC_READS: readonly SgaRoute[] = ROUTE_USES.flatMap(
  (u) => u.routes,
);
