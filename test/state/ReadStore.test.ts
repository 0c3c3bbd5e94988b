import {
  BatchWriteCommand,
  DynamoDBDocumentClient,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { ReadStore } from '../../functions/state/ReadStore';
import { packParts, unpackPart } from '../../functions/state/packedParts';
import type { ReadRecord, ReadRejection } from '../../functions/state/types';
import { documentClient } from './documentClient';

const ddb = mockClient(DynamoDBDocumentClient);
const store = new ReadStore(documentClient(), 'sync-table', 35);
const PK = 'READ#alfa#2026-12-04';
const recordOf = (code: string, index: number): ReadRecord => ({
  page: 2,
  index,
  vehicle: { code, status: 'ATIVO', plate: `AAA${code}` },
  problems: [],
});
const record = recordOf('1001', 7);
const rejection: ReadRejection = {
  page: 2,
  index: 8,
  code: '1002',
  rejections: [{ field: 'placa', reason: 'is not a plate' }],
};

/** The items of every BatchWrite sent. */
const written = () =>
  ddb
    .commandCalls(BatchWriteCommand)
    .flatMap(
      (c) =>
        c.args[0].input.RequestItems?.['sync-table'].map(
          (r) => r.PutRequest?.Item ?? {},
        ) ?? [],
    );

/** A stored part, as a query answers it. */
const part = (sk: string, kind: string, list: unknown[]) => ({
  pk: PK,
  sk,
  kind,
  expiresAt: 1,
  data: packParts(list)[0],
});

beforeEach(() => {
  ddb.reset();
  jest.spyOn(Date, 'now').mockReturnValue(1_765_000_000_000);
});
afterEach(() => jest.restoreAllMocks());

describe('ReadStore', () => {
  it('packs a page’s records and rejections into an item each, under the page and a write id', async () => {
    ddb.on(BatchWriteCommand).resolves({});

    await store.putPage('alfa', '2026-12-04', 2, {
      records: [record],
      rejections: [rejection],
    });

    const items = written();
    expect(items.map((i) => [i.pk, i.kind])).toEqual([
      [PK, 'records'],
      [PK, 'rejections'],
    ]);
    expect(items[0].sk).toMatch(/^P#000002#records#[0-9a-f]{8}#000000$/);
    expect(items[1].sk).toMatch(/^P#000002#rejections#[0-9a-f]{8}#000000$/);
    expect(unpackPart(items[0].data as Uint8Array)).toEqual([record]);
    expect(unpackPart(items[1].data as Uint8Array)).toEqual([rejection]);
    expect(items[0].expiresAt).toBe(1_765_000_000 + 35 * 86_400);
  });

  it('writes nothing for an empty page', async () => {
    await store.putPage('alfa', '2026-12-04', 3, {
      records: [],
      rejections: [],
    });

    expect(ddb.commandCalls(BatchWriteCommand)).toHaveLength(0);
  });

  it('loads a run’s records and rejections apart, in code and position order', async () => {
    const later = recordOf('0999', 9);
    ddb.on(QueryCommand).resolves({
      Items: [
        part('P#000002#records#aaaaaaaa#000000', 'records', [record, later]),
        part('P#000002#rejections#aaaaaaaa#000000', 'rejections', [rejection]),
      ],
    });

    const read = await store.load('alfa', '2026-12-04');

    expect(read).toEqual({ records: [later, record], rejections: [rejection] });
    expect(ddb.commandCalls(QueryCommand)[0].args[0].input).toMatchObject({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': PK },
    });
  });

  it('takes the union of a page written twice, one record per position', async () => {
    const other = recordOf('1003', 9);
    ddb.on(QueryCommand).resolves({
      Items: [
        part('P#000002#records#aaaaaaaa#000000', 'records', [record]),
        part('P#000002#records#bbbbbbbb#000000', 'records', [record, other]),
      ],
    });

    const read = await store.load('alfa', '2026-12-04');

    expect(read.records).toEqual([record, other]);
  });
});
