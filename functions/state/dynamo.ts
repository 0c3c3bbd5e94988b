import {
  BatchWriteCommand,
  type BatchWriteCommandInput,
  type DynamoDBDocumentClient,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { sleep } from '../sync/sleep';

type WriteRequest = NonNullable<
  BatchWriteCommandInput['RequestItems']
>[string][number];

const BATCH_LIMIT = 25;
const MAX_UNPROCESSED_ROUNDS = 8;

/**
 * Writes items 25 at a time, retrying what DynamoDB leaves unprocessed
 * with a growing pause; throws when some remain after the last round, so
 * the caller's message is retried instead of losing records.
 */
export async function batchPut(
  client: DynamoDBDocumentClient,
  table: string,
  items: Record<string, unknown>[],
): Promise<void> {
  await batchWrite(
    client,
    table,
    items.map((Item) => ({ PutRequest: { Item } })),
  );
}

/** Deletes items by key, as {@link batchPut} writes them. */
export async function batchDelete(
  client: DynamoDBDocumentClient,
  table: string,
  itemKeys: { pk: string; sk: string }[],
): Promise<void> {
  await batchWrite(
    client,
    table,
    itemKeys.map((Key) => ({ DeleteRequest: { Key } })),
  );
}

async function batchWrite(
  client: DynamoDBDocumentClient,
  table: string,
  requests: WriteRequest[],
): Promise<void> {
  for (let i = 0; i < requests.length; i += BATCH_LIMIT) {
    let pending = requests.slice(i, i + BATCH_LIMIT);
    for (let round = 0; pending.length > 0; round++) {
      if (round === MAX_UNPROCESSED_ROUNDS) {
        throw new Error(`${pending.length} items left unprocessed`);
      }
      if (round > 0) await sleep(50 * 2 ** round);
      const out = await client.send(
        new BatchWriteCommand({ RequestItems: { [table]: pending } }),
      );
      pending = out.UnprocessedItems?.[table] ?? [];
    }
  }
}

/** Every item of a query, following `LastEvaluatedKey`. */
export async function queryAll<T>(
  client: DynamoDBDocumentClient,
  input: QueryCommandInput,
): Promise<T[]> {
  const items: T[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await client.send(
      new QueryCommand({ ...input, ExclusiveStartKey: start }),
    );
    items.push(...((out.Items ?? []) as T[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** True for the error DynamoDB raises when a condition is not met. */
export function isConditionFailed(error: unknown): boolean {
  return (
    error instanceof Error && error.name === 'ConditionalCheckFailedException'
  );
}
