import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ReadRecord, ReadRejection } from './types';
import { batchPut, queryAll } from './dynamo';
import { keys } from './keys';

/** What a run read from SGA, so that reconciling never re-reads SGA. */
export interface RunRead {
  records: ReadRecord[];
  rejections: ReadRejection[];
}

/**
 * The records of each page, one item per record: a page of any size fits,
 * and a page read twice overwrites itself instead of adding copies.
 */
export class ReadStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly retentionDays: number,
  ) {}

  async putPage(tenantId: string, runId: string, read: RunRead): Promise<void> {
    const pk = keys.read(tenantId, runId);
    const expiresAt = this.expiry();
    const items = [
      ...read.records.map((r) => ({
        pk,
        sk: keys.readVehicle(r.vehicle.code, r.page, r.index),
        kind: 'record',
        expiresAt,
        ...r,
      })),
      ...read.rejections.map((r) => ({
        pk,
        sk: keys.readRejection(r.page, r.index),
        kind: 'rejection',
        expiresAt,
        ...r,
      })),
    ];
    await batchPut(this.db, this.table, items);
  }

  async load(tenantId: string, runId: string): Promise<RunRead> {
    const items = await queryAll<Record<string, unknown>>(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.read(tenantId, runId) },
    });
    const read: RunRead = { records: [], rejections: [] };
    for (const { pk: _pk, sk: _sk, kind, expiresAt: _e, ...rest } of items) {
      if (kind === 'record') read.records.push(rest as unknown as ReadRecord);
      else read.rejections.push(rest as unknown as ReadRejection);
    }
    return read;
  }

  private expiry(): number {
    return Math.floor(Date.now() / 1000) + this.retentionDays * 86_400;
  }
}
