import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { RunStore } from '../../functions/state/RunStore';
import { conditionFailed, documentClient } from './documentClient';
import { runOf } from '../support/runs';

const ddb = mockClient(DynamoDBDocumentClient);
const store = new RunStore(documentClient(), 'sync-table');
const KEY = { pk: 'TENANT#alfa', sk: 'RUN#2026-12-04' };
const RUN = runOf({ status: 'READING', pagesDone: [], sgaCalls: 1 });

beforeEach(() => {
  ddb.reset();
  jest.spyOn(Date, 'now').mockReturnValue(1_765_000_000_000);
});
afterEach(() => jest.restoreAllMocks());

describe('RunStore', () => {
  it('creates a run only where none is, without empty sets', async () => {
    ddb.on(PutCommand).resolves({});

    await store.create(RUN);

    const { pagesDone: _p, anomalies: _a, ...stored } = RUN;
    expect(ddb.commandCalls(PutCommand)[0].args[0].input).toEqual({
      TableName: 'sync-table',
      Item: { ...KEY, ...stored },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it('marks a page with one conditional ADD to the set of pages done', async () => {
    ddb.on(UpdateCommand).resolves({ Attributes: { ...KEY, ...RUN } });

    const mark = await store.markPageDone('alfa', '2026-12-04', 2, [], 1);

    expect(mark.firstTime).toBe(true);
    expect(ddb.commandCalls(UpdateCommand)[0].args[0].input).toEqual({
      TableName: 'sync-table',
      Key: KEY,
      UpdateExpression:
        'ADD pagesDone :page, sgaCalls :calls SET progressAt = :now',
      ConditionExpression:
        'attribute_exists(pk) AND NOT contains(pagesDone, :n)',
      ExpressionAttributeValues: {
        ':now': 1_765_000_000_000,
        ':page': new Set([2]),
        ':n': 2,
        ':calls': 1,
      },
      ReturnValues: 'ALL_NEW',
    });
  });

  it('adds the anomalies of a page in the same update', async () => {
    ddb.on(UpdateCommand).resolves({ Attributes: { ...KEY, ...RUN } });

    await store.markPageDone('alfa', '2026-12-04', 3, ['page 3 empty'], 1);

    const input = ddb.commandCalls(UpdateCommand)[0].args[0].input;
    expect(input.UpdateExpression).toBe(
      'ADD pagesDone :page, sgaCalls :calls, anomalies :anomalies ' +
        'SET progressAt = :now',
    );
    expect(input.ExpressionAttributeValues?.[':anomalies']).toEqual(
      new Set(['page 3 empty']),
    );
  });

  it('reports a page marked before as not the first time, reading the run', async () => {
    ddb.on(UpdateCommand).rejects(conditionFailed());
    ddb.on(GetCommand).resolves({
      Item: { ...KEY, ...RUN, pagesDone: new Set([2]) },
    });

    const mark = await store.markPageDone('alfa', '2026-12-04', 2, [], 1);

    expect(mark).toMatchObject({ firstTime: false, run: { pagesDone: [2] } });
    expect(ddb.commandCalls(GetCommand)[0].args[0].input).toEqual({
      TableName: 'sync-table',
      Key: KEY,
      ConsistentRead: true,
    });
  });

  it('moves a run between statuses under a condition on the status', async () => {
    ddb.on(UpdateCommand).resolves({});

    const moved = await store.transition(
      'alfa',
      '2026-12-04',
      ['READING'],
      'READ',
      { readAt: '2026-12-04T09:10:00.000Z' },
      ['count changed'],
    );

    expect(moved).toBe(true);
    expect(ddb.commandCalls(UpdateCommand)[0].args[0].input).toEqual({
      TableName: 'sync-table',
      Key: KEY,
      UpdateExpression: 'SET #status = :to, #f0 = :f0 ADD anomalies :anomalies',
      ConditionExpression: '#status IN (:from0)',
      ExpressionAttributeNames: { '#status': 'status', '#f0': 'readAt' },
      ExpressionAttributeValues: {
        ':to': 'READ',
        ':f0': '2026-12-04T09:10:00.000Z',
        ':from0': 'READING',
        ':anomalies': new Set(['count changed']),
      },
    });
  });

  it('tells the caller that lost a transition, changing nothing', async () => {
    ddb.on(UpdateCommand).rejects(conditionFailed());

    const moved = await store.transition(
      'alfa',
      '2026-12-04',
      ['READING'],
      'READ',
    );

    expect(moved).toBe(false);
  });
});
