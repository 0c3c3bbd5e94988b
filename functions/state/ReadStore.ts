import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ReadRecord, ReadRejection } from './types';
import { batchPut, queryAll } from './dynamo';
import { keys } from './keys';
import { packParts, unpackPart } from './packedParts';

/** What a run read from SGA, so that reconciling never re-reads SGA. */
export interface RunRead {
  records: ReadRecord[];
  rejections: ReadRejection[];
}

type Kind = 'records' | 'rejections';

interface StoredPart {
  kind: Kind;
  data: Uint8Array;
}

/**
 * The records of each page, packed a page to an item (more when a page is
 * large): a reconcile that loads a run of 50,000 records reads a few
 * hundred items, not 50,000.
 *
 * Each write of a page is kept under a write id of its own, and a load
 * takes the union of every write, one entry per record position: a page
 * read twice (a redelivered message racing the first) never loses a
 * record to a write that stopped halfway, since a page is only marked
 * done after one whole write.
 */
export class ReadStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly retentionDays: number,
  ) {}

  async putPage(
    tenantId: string,
    runId: string,
    page: number,
    read: RunRead,
  ): Promise<void> {
    const pk = keys.read(tenantId, runId);
    const write = randomUUID().slice(0, 8);
    const expiresAt = this.expiry();
    const parts = (kind: Kind, list: readonly unknown[]) =>
      packParts(list).map((data, n) => ({
        pk,
        sk: keys.readPart(page, kind, write, n),
        kind,
        expiresAt,
        data,
      }));
    await batchPut(this.db, this.table, [
      ...parts('records', read.records),
      ...parts('rejections', read.rejections),
    ]);
  }

  async load(tenantId: string, runId: string): Promise<RunRead> {
    const items = await queryAll<StoredPart>(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.read(tenantId, runId) },
    });
    const records = new Map<string, ReadRecord>();
    const rejections = new Map<string, ReadRejection>();
    for (const { kind, data } of items) {
      if (kind === 'records') {
        for (const r of unpackPart<ReadRecord>(data)) {
          records.set(keys.readVehicle(r.vehicle.code, r.page, r.index), r);
        }
      } else {
        for (const r of unpackPart<ReadRejection>(data)) {
          rejections.set(keys.readRejection(r.page, r.index), r);
        }
      }
    }
    return {
      records: sortedValues(records),
      rejections: sortedValues(rejections),
    };
  }

  private expiry(): number {
    return Math.floor(Date.now() / 1000) + this.retentionDays * 86_400;
  }
}

/** By key: the same order whichever write of a page came first. */
function sortedValues<T>(map: Map<string, T>): T[] {
  return [...map.keys()].sort().map((key) => map.get(key) as T);
}
