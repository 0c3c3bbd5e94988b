import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
} from '@aws-sdk/lib-dynamodb';
import { isConditionFailed } from './dynamo';
import { keys } from './keys';

/**
 * A per-tenant lease that keeps two reconcilers of one tenant from writing
 * at once. It expires by itself, so a crashed holder blocks nobody for
 * longer than the lease.
 */
export class LeaseStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Takes the lease for `holder` unless someone else holds a live one. */
  async acquire(
    tenantId: string,
    holder: string,
    durationMs: number,
  ): Promise<boolean> {
    const now = Date.now();
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...this.key(tenantId), holder, until: now + durationMs },
          ConditionExpression:
            'attribute_not_exists(pk) OR #until < :now OR holder = :holder',
          ExpressionAttributeNames: { '#until': 'until' },
          ExpressionAttributeValues: { ':now': now, ':holder': holder },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailed(error)) return false;
      throw error;
    }
  }

  /** Whether someone holds a live lease on the tenant now. */
  async isHeld(tenantId: string): Promise<boolean> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.table,
        Key: this.key(tenantId),
        ConsistentRead: true,
      }),
    );
    return Number(out.Item?.until ?? 0) > Date.now();
  }

  async release(tenantId: string, holder: string): Promise<void> {
    try {
      await this.db.send(
        new DeleteCommand({
          TableName: this.table,
          Key: this.key(tenantId),
          ConditionExpression: 'holder = :holder',
          ExpressionAttributeValues: { ':holder': holder },
        }),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
  }

  private key(tenantId: string) {
    return { pk: keys.tenantPartition(tenantId), sk: keys.lease };
  }
}
