import { normalizeRecord } from '../normalize';
import {
  PERSONAL_KINDS,
  SGA_FIELDS,
  isSgaFieldName,
} from '../normalize/sgaFields';
import { describeRoute } from '../sga/formatRouteCheck';
import {
  SgaAuthError,
  SgaBlockedError,
  SgaRouteDisabledError,
} from '../sga/errors';
import { parseCount } from '../sga/parseListing';
import { ALL_ROUTES, type SgaRoute } from '../sga/routes';
import type { SgaClient, SgaProbe } from '../sga/SgaClient';
import { observeRecords, recordsOf } from './observeRecords';
import type { RouteObservation } from './probeTypes';
import { describeValue, formatOf, maskValue } from './valueFormat';

/** Records shown per route, masked. */
export const SAMPLES_PER_ROUTE = 3;

/** The lookup values taken from page 1; never written to the output. */
export interface SgaLookups {
  plate?: string;
  chassis?: string;
  cpf?: string;
}

const LOOKUP_OF: Partial<Record<SgaRoute, keyof SgaLookups>> = {
  byPlate: 'plate',
  byChassis: 'chassis',
  byCpf: 'cpf',
};

/** A value no record has, when page 1 gave none to look up. */
const PLACEHOLDER: Record<keyof SgaLookups, string> = {
  plate: 'AAA0A00',
  chassis: '00000000000000000',
  cpf: '00000000000',
};

function sgaFormat(field: string, value: unknown): string {
  if (!isSgaFieldName(field)) return describeValue(value);
  return formatOf(value, SGA_FIELDS[field].kind).name;
}

/** A record with every personal or unknown field replaced by its shape. */
export function maskSgaRecord(record: unknown): unknown {
  if (typeof record !== 'object' || record === null) return maskValue(record);
  return Object.fromEntries(
    Object.entries(record).map(([name, value]) => {
      const plain =
        isSgaFieldName(name) && !PERSONAL_KINDS.has(SGA_FIELDS[name].kind);
      return [name, plain ? value : maskValue(value)];
    }),
  );
}

function outcomeOf(probe: SgaProbe): RouteObservation['outcome'] {
  const { error } = probe;
  if (error instanceof SgaBlockedError) return 'blocked';
  if (error instanceof SgaRouteDisabledError) return 'refused';
  if (error instanceof SgaAuthError) return 'refused';
  if (error) return 'failed';
  return probe.body === undefined ? 'nothing found' : 'answered';
}

function observe(probe: SgaProbe): RouteObservation {
  const { route, status, error } = probe;
  const seen: RouteObservation = {
    api: 'sga',
    route,
    call: describeRoute(route),
    status,
    outcome: outcomeOf(probe),
  };
  if (error) {
    // The class and status only: SGA's message may quote a value.
    seen.detail = `${error.name}${status ? ` (HTTP ${status})` : ''}`;
    return seen;
  }
  if (probe.body === undefined) return seen;
  const found = recordsOf(probe.body);
  seen.shape = found.shape;
  if (found.shape === 'object' || route.startsWith('product')) {
    const whole = [probe.body];
    seen.fields = observeRecords(whole, (_, v) => describeValue(v));
    if (route === 'pageCount') {
      seen.fields = observeRecords(whole, (_, v) =>
        parseCount(v) === undefined ? describeValue(v) : 'count',
      );
    }
    return seen;
  }
  seen.records = found.records.length;
  if (found.otherKeys?.length) seen.otherKeys = found.otherKeys;
  seen.fields = observeRecords(found.records, sgaFormat);
  seen.samples = found.records.slice(0, SAMPLES_PER_ROUTE).map(maskSgaRecord);
  return seen;
}

/** Lookup values from the first record of page 1 that has them all. */
function lookupsFrom(body: unknown): SgaLookups {
  for (const record of recordsOf(body).records.slice(0, 50)) {
    const read = normalizeRecord(record);
    if (!read.ok || !read.vehicle.plate || !read.vehicle.chassis) continue;
    if (!read.associate) continue;
    const { plate, chassis } = read.vehicle;
    return { plate, chassis, cpf: read.associate.document };
  }
  return {};
}

/**
 * Calls each SGA route once, in the contract's order, with cheap
 * arguments (page 1; for the lookups, a record page 1 returned), and
 * tells what each answered. A block stops it: calling on would lengthen
 * the block. Returns the lookups too, for the Softruck probe.
 */
export async function probeSga(sga: SgaClient) {
  const routes: RouteObservation[] = [];
  const raw = new Map<SgaRoute, unknown[]>();
  let lookups: SgaLookups = {};
  let blocked = false;
  for (const route of ALL_ROUTES) {
    if (blocked) {
      routes.push({
        api: 'sga',
        route,
        call: describeRoute(route),
        outcome: 'skipped',
      });
      continue;
    }
    const key = LOOKUP_OF[route];
    const argument = key ? (lookups[key] ?? PLACEHOLDER[key]) : 1;
    const probe = await sga.probe(route, argument);
    blocked = probe.error instanceof SgaBlockedError;
    routes.push(observe(probe));
    if (probe.body !== undefined && !probe.error) {
      raw.set(route, recordsOf(probe.body).records);
      if (route === 'page') lookups = lookupsFrom(probe.body);
    }
  }
  return { routes, records: raw, lookups };
}
