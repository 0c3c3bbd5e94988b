import {
  type DynamoDBDocumentClient,
  GetCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { isConditionFailed } from './dynamo';

const MAX_ATTEMPTS = 50;
/**
 * How late a moment may be when its reservation returns. A later one (a
 * slow write, a cold client) is given up for a fresh one: the request
 * would go out closer to the next caller's moment than the interval.
 */
export const LATE_TOLERANCE_MS = 25;
/** Late moments given up in a row before a late one is taken anyway. */
const MAX_LATE = 3;

/** Where one paced stream keeps its next free moment, in epoch ms. */
export interface SlotKey {
  pk: string;
  sk: string;
}

/**
 * Hands out moments at least `intervalMs` apart to every caller of one
 * key, across processes: the pacing behind the Softruck budget and the gap
 * between one tenant's SGA calls. Each reservation is one conditional
 * write that pushes `next` forward, so no two callers get one moment; and
 * a moment is seldom handed out more than `LATE_TOLERANCE_MS` after it,
 * so requests go out about as far apart as their moments.
 *
 * The same item can carry `blockedUntil`, which pauses the stream.
 *
 * @example
 * const moment = await slots.reserve(budgetKey('ops'), 1224);
 * await sleep(moment - Date.now()); // then send the request
 */
export class SlotStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Reserves the next moment and returns it; the caller waits for it. */
  async reserve(key: SlotKey, intervalMs: number): Promise<number> {
    let late = 0;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const moment = await this.take(key, intervalMs);
      if (moment === undefined) continue;
      const onTime = Date.now() - moment <= LATE_TOLERANCE_MS;
      // Without a gap there is nothing to keep; and a stream that stays
      // slow goes on, late, rather than failing its caller.
      if (onTime || intervalMs === 0 || ++late > MAX_LATE) return moment;
    }
    throw new Error('could not reserve a call slot: too much contention');
  }

  /** One try: the queued moment, a fresh one, or none (contention). */
  private async take(key: SlotKey, intervalMs: number) {
    const now = Date.now();
    const queued = await this.push(
      key,
      'SET #next = #next + :interval',
      '#next >= :now',
      { ':interval': intervalMs, ':now': now },
    );
    if (queued !== undefined) return queued - intervalMs;
    const fresh = await this.push(
      key,
      'SET #next = :start',
      'attribute_not_exists(#next) OR #next < :now',
      { ':start': now + intervalMs, ':now': now },
    );
    return fresh === undefined ? undefined : now;
  }

  /** Marks the stream blocked until `until` (epoch ms). */
  async block(key: SlotKey, until: number): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: key,
        UpdateExpression: 'SET blockedUntil = :until',
        ExpressionAttributeValues: { ':until': until },
      }),
    );
  }

  /** When the stream's block ends, or undefined when it is not blocked. */
  async blockedUntil(key: SlotKey): Promise<number | undefined> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.table, Key: key, ConsistentRead: true }),
    );
    const until = Number(out.Item?.blockedUntil ?? 0);
    return until > Date.now() ? until : undefined;
  }

  private async push(
    key: SlotKey,
    update: string,
    condition: string,
    values: Record<string, number>,
  ): Promise<number | undefined> {
    try {
      const out = await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: key,
          UpdateExpression: update,
          ConditionExpression: condition,
          ExpressionAttributeNames: { '#next': 'next' },
          ExpressionAttributeValues: values,
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return Number(out.Attributes?.next);
    } catch (error) {
      if (isConditionFailed(error)) return undefined;
      throw error;
    }
  }
}
