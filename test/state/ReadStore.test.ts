import {
  BatchWriteCommand,
  DynamoDBDocumentClient,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { ReadStore } from '../../functions/state/ReadStore';
import type { ReadRecord, ReadRejection } from '../../functions/state/types';
import { documentClient } from './documentClient';

const ddb = mockClient(DynamoDBDocumentClient);
const store = new ReadStore(documentClient(), 'sync-table', 35);
const PK = 'READ#alfa#2026-12-04';
const record: ReadRecord = {
  page: 2,
  index: 7,
  vehicle: { code: '1001', status: 'ATIVO', plate: 'AAA1001' },
  problems: [],
};
const rejection: ReadRejection = {
  page: 2,
  index: 8,
  code: '1002',
  rejections: [{ field: 'placa', reason: 'is not a plate' }],
};

beforeEach(() => {
  ddb.reset();
  jest.spyOn(Date, 'now').mockReturnValue(1_765_000_000_000);
});
afterEach(() => jest.restoreAllMocks());

describe('ReadStore', () => {
  it('keeps each record of a page under its code and position, so a page read twice overwrites itself', async () => {
    ddb.on(BatchWriteCommand).resolves({});

    await store.putPage('alfa', '2026-12-04', {
      records: [record],
      rejections: [rejection],
    });

    const items = ddb
      .commandCalls(BatchWriteCommand)[0]
      .args[0].input.RequestItems?.['sync-table'].map(
        (r) => r.PutRequest?.Item,
      );
    expect(items?.map((i) => [i?.pk, i?.sk, i?.kind])).toEqual([
      [PK, 'V#1001#000002#000007', 'record'],
      [PK, 'X#000002#000008', 'rejection'],
    ]);
    expect(items?.[0]?.expiresAt).toBe(1_765_000_000 + 35 * 86_400);
  });

  it('loads a run’s records and rejections apart', async () => {
    ddb.on(QueryCommand).resolves({
      Items: [
        {
          pk: PK,
          sk: 'V#1001#000002#000007',
          kind: 'record',
          expiresAt: 1,
          ...record,
        },
        {
          pk: PK,
          sk: 'X#000002#000008',
          kind: 'rejection',
          expiresAt: 1,
          ...rejection,
        },
      ],
    });

    const read = await store.load('alfa', '2026-12-04');

    expect(read).toEqual({ records: [record], rejections: [rejection] });
  });
});
