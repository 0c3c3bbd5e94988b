import {
  BatchWriteCommand,
  DynamoDBDocumentClient,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { type Outcome, OutcomeStore } from '../../functions/state/OutcomeStore';
import { documentClient } from './documentClient';

const ddb = mockClient(DynamoDBDocumentClient);
const store = new OutcomeStore(documentClient(), 'sync-table', 35);
const NOW = 1_765_000_000_000;
const PK = 'OUTCOME#alfa#2026-12-04';

const updated: Outcome = {
  key: 'vehicle:1001',
  kind: 'vehicle',
  step: 'update',
  outcome: 'updated',
  detail: 'color',
};

beforeEach(() => {
  ddb.reset();
  jest.spyOn(Date, 'now').mockReturnValue(NOW);
});
afterEach(() => jest.restoreAllMocks());

describe('OutcomeStore', () => {
  it('keeps each outcome under its record and step, expiring after the retention', async () => {
    ddb.on(BatchWriteCommand).resolves({});

    await store.putAll('alfa', '2026-12-04', [updated]);

    expect(ddb.commandCalls(BatchWriteCommand)[0].args[0].input).toEqual({
      RequestItems: {
        'sync-table': [
          {
            PutRequest: {
              Item: {
                pk: PK,
                sk: 'vehicle:1001#update',
                expiresAt: NOW / 1000 + 35 * 86_400,
                ...updated,
              },
            },
          },
        ],
      },
    });
  });

  it('keeps outcomes at least 30 days', async () => {
    ddb.on(BatchWriteCommand).resolves({});

    await store.putAll('alfa', '2026-12-04', [updated]);

    const item =
      ddb.commandCalls(BatchWriteCommand)[0].args[0].input.RequestItems?.[
        'sync-table'
      ][0].PutRequest?.Item;
    expect(item?.expiresAt).toBeGreaterThanOrEqual(NOW / 1000 + 30 * 86_400);
  });

  it('writes one item per record and step, the last outcome winning', async () => {
    ddb.on(BatchWriteCommand).resolves({});
    const pending = {
      ...updated,
      outcome: 'pending' as const,
      detail: undefined,
    };

    await store.putAll('alfa', '2026-12-04', [pending, updated]);

    const items =
      ddb.commandCalls(BatchWriteCommand)[0].args[0].input.RequestItems?.[
        'sync-table'
      ];
    expect(items).toHaveLength(1);
    expect(items?.[0].PutRequest?.Item?.outcome).toBe('updated');
  });

  it('lists a run’s outcomes without the table’s keys', async () => {
    ddb.on(QueryCommand).resolves({
      Items: [{ pk: PK, sk: 'vehicle:1001#update', expiresAt: 1, ...updated }],
    });

    const outcomes = await store.list('alfa', '2026-12-04');

    expect(outcomes).toEqual([updated]);
    expect(ddb.commandCalls(QueryCommand)[0].args[0].input).toEqual({
      TableName: 'sync-table',
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': PK },
      ExclusiveStartKey: undefined,
    });
  });
});
