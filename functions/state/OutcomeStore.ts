import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchPut, queryAll } from './dynamo';
import { keys } from './keys';
import { packParts, unpackPart } from './packedParts';

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

interface StoredPart {
  sk: string;
  data: Uint8Array;
}

/**
 * Per-record outcomes of a run, kept for a set number of days. Each call
 * packs its outcomes into a few items: a run of 50,000 records stores and
 * lists dozens of items, not 50,000.
 */
export class OutcomeStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly retentionDays: number,
  ) {}

  /**
   * Stores outcomes under the time of the call, so that listing finds
   * them in the order they were stored and a later outcome of the same
   * write (applied after pending, released after held) replaces the
   * earlier one. A run's outcomes are stored by one reconcile at a time,
   * under the tenant's lease, seconds apart; and a pending or held
   * outcome never replaces a final one, whatever the clocks of two
   * Lambdas say. `expiresAt` is DynamoDB's TTL, in epoch seconds.
   */
  async putAll(
    tenantId: string,
    runId: string,
    outcomes: Outcome[],
  ): Promise<void> {
    const pk = keys.outcome(tenantId, runId);
    const now = Date.now();
    const expiresAt = Math.floor(now / 1000) + this.retentionDays * 86_400;
    const write = randomUUID().slice(0, 8);
    const items = packParts(outcomes).map((data, n) => ({
      pk,
      sk: keys.outcomePart(now, write, n),
      expiresAt,
      data,
    }));
    await batchPut(this.db, this.table, items);
  }

  /** The run's outcomes, the last one of each record and step, by key. */
  async list(tenantId: string, runId: string): Promise<Outcome[]> {
    const items = await queryAll<StoredPart>(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.outcome(tenantId, runId) },
    });
    const latest = new Map<string, Outcome>();
    for (const { data } of items) {
      for (const outcome of unpackPart<Outcome>(data)) {
        const sort = keys.outcomeSort(outcome.key, outcome.step);
        const earlier = latest.get(sort);
        if (earlier && isProvisional(outcome) && !isProvisional(earlier)) {
          continue;
        }
        latest.set(sort, outcome);
      }
    }
    return [...latest.keys()].sort().map((key) => latest.get(key) as Outcome);
  }
}

/** Written before the write it stands for is applied or released. */
const isProvisional = (o: Outcome) =>
  o.outcome === 'pending' || o.outcome === 'held';
