import { normalizeRecord } from '../normalize';
import {
  SgaAuthError,
  SgaBlockedError,
  SgaRouteDisabledError,
  SgaTransientError,
} from './errors';
import { parseListing } from './parseListing';
import { ALL_ROUTES, LOOKUP_ROUTES, type SgaRoute } from './routes';
import type { SgaClient, SgaProbe } from './SgaClient';

/** How one route answered the check. */
export type RouteState =
  /** It answered: data, or "nothing found". */
  | 'enabled'
  /** Not enabled on the token: 404, or 401/403 while others answer. */
  | 'disabled'
  /** 401, as every other route: the token itself is refused. */
  | 'refused'
  /** 404 on a lookup for a value SGA may not hold: off, or nothing found. */
  | 'unclear'
  /** No usable answer after the retries: 5xx, timeout, reset, bad body. */
  | 'failed'
  | 'blocked'
  /** Not called: the token was blocked by then. */
  | 'skipped';

export interface RouteResult {
  route: SgaRoute;
  state: RouteState;
  /** HTTP status or failure, for the operator; never a record's value. */
  detail?: string;
}

export interface RouteCheck {
  /** invalid: 401 on every route called; unknown: no route answered. */
  token: 'valid' | 'invalid' | 'blocked' | 'unknown';
  routes: RouteResult[];
}

type LookupRoute = 'byPlate' | 'byChassis' | 'byCpf';

export interface CheckOptions {
  /** The routes to call, in this order; all eight when not given. */
  routes?: readonly SgaRoute[];
  /** Values to look up; else taken from a record a listing returned. */
  lookups?: Partial<Record<LookupRoute, string>>;
}

/** Values no record has: a 404 for them proves nothing either way. */
const PLACEHOLDERS: Record<LookupRoute, string> = {
  byPlate: 'AAA0A00',
  byChassis: '00000000000000000',
  byCpf: '00000000000',
};

/**
 * Calls each route once with cheap arguments (page 1, and for lookups the
 * plate, chassis and CPF of a record page 1 returned) and tells which are
 * enabled. It stops at the first sign of a block: calling on would only
 * lengthen it.
 */
export async function checkRoutes(
  sga: SgaClient,
  options: CheckOptions = {},
): Promise<RouteCheck> {
  const routes = options.routes ?? ALL_ROUTES;
  const lookups: Partial<Record<LookupRoute, string>> = {
    ...options.lookups,
  };
  const fromRecord = new Set<SgaRoute>();
  const results: RouteResult[] = [];
  let blocked = false;
  for (const route of ALL_ROUTES.filter((r) => routes.includes(r))) {
    if (blocked) {
      results.push({ route, state: 'skipped' });
      continue;
    }
    const isLookup = LOOKUP_ROUTES.includes(route);
    const value = isLookup
      ? (lookups[route as LookupRoute] ?? PLACEHOLDERS[route as LookupRoute])
      : 1;
    const probe = await sga.probe(route, value);
    const result = classify(probe, isLookup && !fromRecord.has(route));
    blocked = result.state === 'blocked';
    results.push(result);
    if (result.state === 'enabled' && (route === 'page' || route === 'listAll'))
      adoptSample(probe.body, lookups, fromRecord);
  }
  return { token: tokenState(results), routes: settle(results) };
}

function classify(probe: SgaProbe, mayBeAbsent: boolean): RouteResult {
  const { route, status, error } = probe;
  const http = status === undefined ? undefined : `HTTP ${status}`;
  if (error instanceof SgaBlockedError) {
    return { route, state: 'blocked', detail: http };
  }
  if (error instanceof SgaRouteDisabledError) {
    return { route, state: 'disabled', detail: http };
  }
  if (error instanceof SgaAuthError) {
    return { route, state: 'refused', detail: http };
  }
  if (error) {
    const detail =
      error instanceof SgaTransientError && http ? http : error.message;
    return { route, state: 'failed', detail };
  }
  if (status === 404) {
    return mayBeAbsent
      ? { route, state: 'unclear', detail: 'HTTP 404' }
      : { route, state: 'disabled', detail: 'HTTP 404 for a listed record' };
  }
  return { route, state: 'enabled', detail: http };
}

/** Takes lookup values from the first record that has them all. */
function adoptSample(
  body: unknown,
  lookups: Partial<Record<LookupRoute, string>>,
  fromRecord: Set<SgaRoute>,
): void {
  if (fromRecord.size > 0 || body === undefined) return;
  let records: unknown[];
  try {
    records = parseListing(body, 'page');
  } catch {
    return;
  }
  for (const record of records.slice(0, 50)) {
    const read = normalizeRecord(record);
    if (!read.ok || !read.vehicle.plate || !read.vehicle.chassis) continue;
    if (!read.associate) continue;
    lookups.byPlate ??= read.vehicle.plate;
    lookups.byChassis ??= read.vehicle.chassis;
    lookups.byCpf ??= read.associate.document;
    LOOKUP_ROUTES.forEach((route) => fromRecord.add(route));
    return;
  }
}

function tokenState(results: RouteResult[]): RouteCheck['token'] {
  if (results.some((r) => r.state === 'blocked')) return 'blocked';
  const called = results.filter((r) => r.state !== 'skipped');
  if (called.length > 0 && called.every((r) => r.state === 'refused')) {
    return 'invalid';
  }
  const answered = ['enabled', 'disabled', 'unclear'];
  return called.some((r) => answered.includes(r.state)) ? 'valid' : 'unknown';
}

/** A 401 on some routes while others answer means those are not enabled. */
function settle(results: RouteResult[]): RouteResult[] {
  if (tokenState(results) !== 'valid') return results;
  return results.map((r) =>
    r.state === 'refused' ? { ...r, state: 'disabled' } : r,
  );
}
