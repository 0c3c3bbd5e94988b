import {
  BatchWriteCommand,
  DynamoDBDocumentClient,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { type Outcome, OutcomeStore } from '../../functions/state/OutcomeStore';
import { packParts, unpackPart } from '../../functions/state/packedParts';
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
const pending: Outcome = { ...updated, outcome: 'pending', detail: undefined };
const created: Outcome = {
  key: 'user:associate-1',
  kind: 'user',
  step: 'create',
  outcome: 'created',
};

/** A stored part, as a query answers it. */
const part = (sk: string, list: Outcome[]) => ({
  pk: PK,
  sk,
  expiresAt: 1,
  data: packParts(list)[0],
});

beforeEach(() => {
  ddb.reset();
  jest.spyOn(Date, 'now').mockReturnValue(NOW);
});
afterEach(() => jest.restoreAllMocks());

describe('OutcomeStore', () => {
  it('packs the outcomes of one call into an item under its time, expiring after the retention', async () => {
    ddb.on(BatchWriteCommand).resolves({});

    await store.putAll('alfa', '2026-12-04', [updated, created]);

    const requests =
      ddb.commandCalls(BatchWriteCommand)[0].args[0].input.RequestItems?.[
        'sync-table'
      ] ?? [];
    expect(requests).toHaveLength(1);
    const item = requests[0].PutRequest?.Item ?? {};
    expect(item.pk).toBe(PK);
    expect(item.sk).toMatch(/^O#001765000000000#[0-9a-f]{8}#000000$/);
    expect(item.expiresAt).toBe(NOW / 1000 + 35 * 86_400);
    expect(unpackPart(item.data as Uint8Array)).toEqual([updated, created]);
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

  it('lists the last outcome of each record and step, by key', async () => {
    ddb.on(QueryCommand).resolves({
      Items: [
        part('O#001765000000000#aaaaaaaa#000000', [pending, created]),
        part('O#001765000005000#bbbbbbbb#000000', [updated]),
      ],
    });

    const outcomes = await store.list('alfa', '2026-12-04');

    expect(outcomes).toEqual([created, updated]);
    expect(ddb.commandCalls(QueryCommand)[0].args[0].input).toEqual({
      TableName: 'sync-table',
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': PK },
      ExclusiveStartKey: undefined,
    });
  });

  it('never lets a pending outcome replace a final one, whatever the times say', async () => {
    ddb.on(QueryCommand).resolves({
      Items: [
        part('O#001765000000000#aaaaaaaa#000000', [updated]),
        part('O#001765000000400#bbbbbbbb#000000', [pending]),
      ],
    });

    const outcomes = await store.list('alfa', '2026-12-04');

    expect(outcomes).toEqual([updated]);
  });

  it('lets an outcome stored in one call replace an earlier one of the same call', async () => {
    ddb.on(BatchWriteCommand).resolves({});
    await store.putAll('alfa', '2026-12-04', [pending, updated]);
    const item =
      ddb.commandCalls(BatchWriteCommand)[0].args[0].input.RequestItems?.[
        'sync-table'
      ][0].PutRequest?.Item ?? {};
    ddb.on(QueryCommand).resolves({ Items: [item] });

    const outcomes = await store.list('alfa', '2026-12-04');

    expect(outcomes).toEqual([updated]);
  });
});
