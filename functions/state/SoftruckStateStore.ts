import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { UserState, VehicleState } from './types';
import { batchDelete, batchPut, queryAll } from './dynamo';
import { keys } from './keys';
import { packParts, unpackPart } from './packedParts';

/** The sync's record of what it wrote to Softruck, for one tenant. */
export interface SoftruckState {
  vehicles: Map<string, VehicleState>;
  users: Map<string, UserState>;
}

/** How a tenant's state lay in the table when it was loaded. */
export interface StateLayout {
  /** The snapshot in use; 0 before the first. */
  generation: number;
  /** Records the snapshot holds, and the items it is packed in. */
  snapshotRecords: number;
  parts: string[];
  /** Keys of the one-record items written since the snapshot. */
  written: string[];
  /** Parts of snapshots no longer in use, left by an earlier packing. */
  stale: string[];
}

/** A tenant's state and where it came from. */
export interface LoadedState {
  state: SoftruckState;
  layout: StateLayout;
}

/** When the records written since the snapshot are packed into a new one. */
export interface CompactionPolicy {
  /** Never for fewer written records than this. */
  minRecords: number;
  /** Nor for fewer than this share of the snapshot's records. */
  share: number;
}

interface Head {
  generation: number;
  parts: string[];
  records: number;
}

type Entry = { vehicle: VehicleState } | { user: UserState };
type Stored = Record<string, unknown> & { sk: string };

/**
 * What Softruck holds because of the sync: Softruck ids and the attributes
 * last written, for every record of a tenant.
 *
 * Each record is written as an item of its own right after its Softruck
 * call succeeds, so a crash loses at most the record of one call, which
 * the next attempt recovers through "Already Exists" and a lookup. Those
 * items are packed, now and then, into a snapshot of a few large items,
 * so that loading a tenant of 100,000 records reads dozens of items
 * rather than 100,000: {@link compactIfDue}.
 */
export class SoftruckStateStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly policy: CompactionPolicy,
  ) {}

  /** The tenant's state: its snapshot with the records written since. */
  async load(tenantId: string): Promise<LoadedState> {
    const items = await queryAll<Stored>(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.state(tenantId) },
      ConsistentRead: true,
    });
    const head = items.find((i) => i.sk === keys.stateHead) as
      (Stored & Head) | undefined;
    const inUse = new Set(head?.parts ?? []);
    const state: SoftruckState = { vehicles: new Map(), users: new Map() };
    const layout: StateLayout = {
      generation: head?.generation ?? 0,
      snapshotRecords: head?.records ?? 0,
      parts: head?.parts ?? [],
      written: [],
      stale: [],
    };
    const parts = items.filter((i) => inUse.has(i.sk));
    if (parts.length !== inUse.size) {
      throw new Error(
        `state of ${tenantId}: snapshot ${layout.generation} lacks ` +
          `${inUse.size - parts.length} of its ${inUse.size} parts`,
      );
    }
    for (const part of parts) {
      for (const entry of unpackPart<Entry>(part.data as Uint8Array)) {
        if ('vehicle' in entry) {
          state.vehicles.set(entry.vehicle.code, entry.vehicle);
        } else state.users.set(entry.user.document, entry.user);
      }
    }
    // Written after the snapshot, so newer than what it says.
    for (const { pk: _pk, sk, ...rest } of items) {
      if (sk.startsWith(keys.statePartPrefix)) {
        if (!inUse.has(sk)) layout.stale.push(sk);
        continue;
      }
      if (sk === keys.stateHead) continue;
      if (applyWritten(state, sk, rest)) layout.written.push(sk);
    }
    return { state, layout };
  }

  async putVehicle(tenantId: string, vehicle: VehicleState): Promise<void> {
    await this.put(tenantId, keys.stateVehicle(vehicle.code), vehicle);
  }

  async putUser(tenantId: string, user: UserState): Promise<void> {
    await this.put(tenantId, keys.stateUser(user.document), user);
  }

  /**
   * Forgets a record whose Softruck id no longer exists. The mark stays
   * until the next snapshot, which leaves the record out.
   */
  async forgetVehicle(tenantId: string, code: string): Promise<void> {
    await this.put(tenantId, keys.stateVehicle(code), { forgotten: true });
  }

  /** Forgets a user whose Softruck id no longer exists. */
  async forgetUser(tenantId: string, document: string): Promise<void> {
    await this.put(tenantId, keys.stateUser(document), { forgotten: true });
  }

  /**
   * Packs a freshly loaded state into a new snapshot once enough records
   * were written since the last one, and drops what it replaces. Only the
   * holder of the tenant's reconcile lease may call it, before writing.
   *
   * Crash-safe in any step: the new parts are written first and unused
   * until the head names them; records written since the old snapshot are
   * deleted only after the head changed, and while they remain they say
   * what the new snapshot says. A record written by a reconcile whose
   * lease had expired, between this load and the deletes, may be lost:
   * it is recovered as a crash's is.
   *
   * @returns whether it packed a new snapshot
   */
  async compactIfDue(tenantId: string, loaded: LoadedState): Promise<boolean> {
    const { state, layout } = loaded;
    const due = Math.max(
      this.policy.minRecords,
      layout.snapshotRecords * this.policy.share,
    );
    if (layout.written.length < due) return false;
    const pk = keys.state(tenantId);
    const generation = layout.generation + 1;
    const entries: Entry[] = [
      ...[...state.vehicles.values()].map((vehicle) => ({ vehicle })),
      ...[...state.users.values()].map((user) => ({ user })),
    ];
    const parts = packParts(entries).map((data, n) => ({
      pk,
      sk: keys.statePart(generation, n),
      data,
    }));
    await batchPut(this.db, this.table, parts);
    const head: Head = {
      generation,
      parts: parts.map((p) => p.sk),
      records: entries.length,
    };
    await this.db.send(
      new PutCommand({
        TableName: this.table,
        Item: { pk, sk: keys.stateHead, ...head },
        // Two packings of one snapshot would mean two lease holders.
        ConditionExpression: 'attribute_not_exists(pk) OR generation = :g',
        ExpressionAttributeValues: { ':g': layout.generation },
      }),
    );
    // A packing stopped before its head may have left parts of this very
    // generation: they were just written again, and stay.
    const kept = new Set(head.parts);
    const replaced = [...layout.parts, ...layout.stale, ...layout.written];
    await batchDelete(
      this.db,
      this.table,
      replaced.filter((sk) => !kept.has(sk)).map((sk) => ({ pk, sk })),
    );
    return true;
  }

  private async put(tenantId: string, sk: string, item: object) {
    await this.db.send(
      new PutCommand({
        TableName: this.table,
        Item: { pk: keys.state(tenantId), sk, ...item },
      }),
    );
  }
}

const VEHICLE_PREFIX = keys.stateVehicle('');
const USER_PREFIX = keys.stateUser('');

/**
 * Lays a one-record item over the snapshot: a newer value, or a removal.
 * False for an item that is no record's.
 */
function applyWritten(
  state: SoftruckState,
  sk: string,
  item: Record<string, unknown>,
): boolean {
  const vehicle = sk.startsWith(VEHICLE_PREFIX);
  if (!vehicle && !sk.startsWith(USER_PREFIX)) return false;
  const key = sk.slice((vehicle ? VEHICLE_PREFIX : USER_PREFIX).length);
  const map: Map<string, unknown> = vehicle ? state.vehicles : state.users;
  if (item.forgotten === true) map.delete(key);
  else map.set(key, item);
  return true;
}
