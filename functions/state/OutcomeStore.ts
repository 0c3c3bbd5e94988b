import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchPut, queryAll } from './dynamo';
import { keys } from './keys';

/**
 * What happened to one record in one run (in a dry run: what would have),
 * ids only, no personal data.
 */
export interface Outcome {
  /** `vehicle:<code>`, `user:<softruck id or record position>`. */
  key: string;
  kind: 'vehicle' | 'user' | 'link';
  /**
   * The write this outcome is about (`none` for a record left alone): a
   * record updated and deactivated in one run has one outcome for each.
   */
  step: 'create' | 'update' | 'deactivate' | 'reactivate' | 'link' | 'none';
  outcome:
    | 'created'
    | 'updated'
    | 'deactivated'
    | 'reactivated'
    | 'unchanged'
    | 'failed'
    | 'held'
    | 'pending'
    | 'linked'
    | 'unlinked';
  /**
   * Changed field names, or why: of a failure, a deactivation, a hold, or
   * a status change that was recorded but not written.
   */
  detail?: string;
}

/** Per-record outcomes of a run, kept for a set number of days. */
export class OutcomeStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly retentionDays: number,
  ) {}

  /**
   * Stores outcomes, one item per record and step, so that a later
   * outcome of the same write (applied after pending, released after
   * held) replaces the earlier one. `expiresAt` is DynamoDB's TTL, in
   * epoch seconds.
   */
  async putAll(
    tenantId: string,
    runId: string,
    outcomes: Outcome[],
  ): Promise<void> {
    const pk = keys.outcome(tenantId, runId);
    const expiresAt =
      Math.floor(Date.now() / 1000) + this.retentionDays * 86_400;
    // One batch may not name a key twice; the last outcome of a key wins.
    const items = new Map<string, Record<string, unknown>>();
    for (const o of outcomes) {
      const sk = keys.outcomeSort(o.key, o.step);
      items.set(sk, { pk, sk, expiresAt, ...o });
    }
    await batchPut(this.db, this.table, [...items.values()]);
  }

  async list(tenantId: string, runId: string): Promise<Outcome[]> {
    const items = await queryAll<Record<string, unknown>>(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.outcome(tenantId, runId) },
    });
    return items.map(({ pk: _p, sk: _s, expiresAt: _e, ...rest }) => {
      return rest as unknown as Outcome;
    });
  }
}
