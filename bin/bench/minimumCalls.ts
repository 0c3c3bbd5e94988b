import {
  LINK_BATCH,
  VEHICLE_BATCH,
} from '../../functions/softruck/SoftruckApi';
import type {
  SandboxUser,
  SandboxVehicle,
  UserLink,
} from '../../test/sandbox/softruck';

/** What Softruck holds at one moment. */
export interface Holdings {
  vehicles: SandboxVehicle[];
  users: SandboxUser[];
  userLinks: UserLink[];
}

/** Softruck calls by what they do; the same keys count made and needed. */
export const CALL_KINDS = [
  'login',
  'enterprise',
  'vehicleCreate',
  'vehicleUpdate',
  'vehicleStatus',
  'userCreate',
  'userUpdate',
  'userStatus',
  'link',
  'unlink',
  'lookup',
  'other',
] as const;
export type CallKind = (typeof CALL_KINDS)[number];
/** A count per kind of call. */
export type CallCounts = Record<CallKind, number>;

/** Zero of every kind. */
export const noCalls = (): CallCounts =>
  Object.fromEntries(CALL_KINDS.map((k) => [k, 0])) as CallCounts;

/** Every kind added up. */
export const totalCalls = (counts: CallCounts): number =>
  CALL_KINDS.reduce((sum, kind) => sum + counts[kind], 0);

/**
 * The fewest Softruck calls that take Softruck from `before` to `after`,
 * found from the two snapshots alone: vehicle creates and link changes
 * in batches of the sizes the API takes per request (per enterprise),
 * one call per user created, per record whose fields changed and per
 * status change, one login for the day and one enterprise check per
 * tenant that ran.
 */
export function minimumCalls(
  before: Holdings,
  after: Holdings,
  enterprisesRun: string[],
): CallCounts {
  const counts = noCalls();
  counts.login = 1;
  counts.enterprise = enterprisesRun.length;
  const vehicles = compare(before.vehicles, after.vehicles);
  const users = compare(before.users, after.users);
  counts.vehicleCreate = batches(vehicles.created, VEHICLE_BATCH);
  counts.vehicleUpdate = vehicles.updated;
  counts.vehicleStatus = vehicles.statusChanged;
  counts.userCreate = users.created.length;
  counts.userUpdate = users.updated;
  counts.userStatus = users.statusChanged;
  const enterpriseOf = new Map(
    after.vehicles.map((v) => [v.id, v.enterpriseId]),
  );
  const key = (l: UserLink) => `${l.vehicleId}/${l.userId}`;
  const had = new Set(before.userLinks.map(key));
  const has = new Set(after.userLinks.map(key));
  const owners = (links: UserLink[]) =>
    links.map((l) => enterpriseOf.get(l.vehicleId) ?? '');
  counts.link = batches(
    owners(after.userLinks.filter((l) => !had.has(key(l)))),
    LINK_BATCH,
  );
  counts.unlink = batches(
    owners(before.userLinks.filter((l) => !has.has(key(l)))),
    LINK_BATCH,
  );
  return counts;
}

interface Held {
  id: string;
  enterpriseId: string;
  attributes: object;
  deactivatedAt: string | null;
}

function compare(before: Held[], after: Held[]) {
  const old = new Map(before.map((r) => [r.id, r]));
  const created: string[] = [];
  let updated = 0;
  let statusChanged = 0;
  for (const record of after) {
    const was = old.get(record.id);
    if (!was) {
      created.push(record.enterpriseId);
      // A record created switched off would need its own call.
      if (record.deactivatedAt) statusChanged++;
      continue;
    }
    if (!sameFields(was.attributes, record.attributes)) updated++;
    if (!was.deactivatedAt !== !record.deactivatedAt) statusChanged++;
  }
  return { created, updated, statusChanged };
}

function sameFields(a: object, b: object): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((k) => (left[k] ?? null) === (right[k] ?? null));
}

/** Requests to send these items, `size` at a time, per enterprise. */
function batches(enterprises: string[], size: number): number {
  const per = new Map<string, number>();
  for (const e of enterprises) per.set(e, (per.get(e) ?? 0) + 1);
  let calls = 0;
  for (const n of per.values()) calls += Math.ceil(n / size);
  return calls;
}
