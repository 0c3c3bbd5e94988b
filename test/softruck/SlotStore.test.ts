import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { LATE_TOLERANCE_MS, SlotStore } from '../../functions/state/SlotStore';

const db = mockClient(DynamoDBDocumentClient);
const store = new SlotStore(
  DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' })),
  'sync-table',
);
const KEY = { pk: 'RATE#ops', sk: 'GCRA' };
const NOW = 1_800_000_000_000;
const conditionFailed = () =>
  new ConditionalCheckFailedException({ message: 'failed', $metadata: {} });

beforeEach(() => {
  db.reset();
  jest.spyOn(Date, 'now').mockReturnValue(NOW);
});
afterEach(() => jest.restoreAllMocks());

describe('SlotStore.reserve', () => {
  it('queues behind a busy stream with one conditional push of next', async () => {
    // Prepare
    db.on(UpdateCommand).resolves({ Attributes: { next: NOW + 900 } });

    // Act
    const moment = await store.reserve(KEY, 300);

    // Assess
    expect(moment).toBe(NOW + 600);
    expect(db.commandCalls(UpdateCommand).map((c) => c.args[0].input)).toEqual([
      {
        TableName: 'sync-table',
        Key: KEY,
        UpdateExpression: 'SET #next = #next + :interval',
        ConditionExpression: '#next >= :now',
        ExpressionAttributeNames: { '#next': 'next' },
        ExpressionAttributeValues: { ':interval': 300, ':now': NOW },
        ReturnValues: 'UPDATED_NEW',
      },
    ]);
  });

  it('starts an idle stream now, on the condition that it is still idle', async () => {
    // Prepare
    db.on(UpdateCommand)
      .rejectsOnce(conditionFailed())
      .resolves({ Attributes: { next: NOW + 300 } });

    // Act
    const moment = await store.reserve(KEY, 300);

    // Assess
    expect(moment).toBe(NOW);
    const second = db.commandCalls(UpdateCommand)[1].args[0].input;
    expect(second).toEqual({
      TableName: 'sync-table',
      Key: KEY,
      UpdateExpression: 'SET #next = :start',
      ConditionExpression: 'attribute_not_exists(#next) OR #next < :now',
      ExpressionAttributeNames: { '#next': 'next' },
      ExpressionAttributeValues: { ':start': NOW + 300, ':now': NOW },
      ReturnValues: 'UPDATED_NEW',
    });
  });

  it('tries again when another caller changed the stream in between', async () => {
    // Prepare
    db.on(UpdateCommand)
      .rejectsOnce(conditionFailed())
      .rejectsOnce(conditionFailed())
      .resolves({ Attributes: { next: NOW + 600 } });

    // Act
    const moment = await store.reserve(KEY, 300);

    // Assess
    expect(moment).toBe(NOW + 300);
    const updates = db.commandCalls(UpdateCommand).map((c) => c.args[0].input);
    expect(updates.map((u) => u.UpdateExpression)).toEqual([
      'SET #next = #next + :interval',
      'SET #next = :start',
      'SET #next = #next + :interval',
    ]);
  });

  it('gives up after a bounded number of contended tries', async () => {
    // Prepare
    db.on(UpdateCommand).rejects(conditionFailed());

    // Act
    const reserving = store.reserve(KEY, 300);

    // Assess
    await expect(reserving).rejects.toThrow(/too much contention/);
    expect(db.commandCalls(UpdateCommand)).toHaveLength(100);
  });

  it('gives up a moment that comes back too late and takes the next', async () => {
    // Prepare
    let clock = NOW;
    jest.spyOn(Date, 'now').mockImplementation(() => clock);
    let next = NOW;
    db.on(UpdateCommand).callsFake(() => {
      next += 300;
      clock += 100; // a slow write: the moment is 100 ms old on return
      return { Attributes: { next } };
    });

    // Act
    const moment = await store.reserve(KEY, 300);

    // Assess
    expect(LATE_TOLERANCE_MS).toBe(25);
    expect(moment).toBe(NOW + 300);
    expect(db.commandCalls(UpdateCommand)).toHaveLength(2);
  });

  it('takes a late moment rather than fail when the stream stays slow', async () => {
    // Prepare
    let clock = NOW;
    jest.spyOn(Date, 'now').mockImplementation(() => clock);
    db.on(UpdateCommand).callsFake(() => {
      clock += 1000;
      return { Attributes: { next: clock - 900 } };
    });

    // Act
    const moment = await store.reserve(KEY, 300);

    // Assess
    expect(db.commandCalls(UpdateCommand)).toHaveLength(4);
    expect(moment).toBe(clock - 1200);
  });

  it('lets other DynamoDB errors through', async () => {
    // Prepare
    db.on(UpdateCommand).rejects(new Error('throttled'));

    // Act
    const reserving = store.reserve(KEY, 300);

    // Assess
    await expect(reserving).rejects.toThrow('throttled');
  });
});

describe('SlotStore blocks', () => {
  it('records a block as the end moment on the stream item', async () => {
    // Prepare
    db.on(UpdateCommand).resolves({});

    // Act
    await store.block(KEY, NOW + 3_900_000);

    // Assess
    expect(db.commandCalls(UpdateCommand)[0].args[0].input).toEqual({
      TableName: 'sync-table',
      Key: KEY,
      UpdateExpression: 'SET blockedUntil = :until',
      ExpressionAttributeValues: { ':until': NOW + 3_900_000 },
    });
  });

  it('reads a block consistently and reports it while it lasts', async () => {
    // Prepare
    db.on(GetCommand).resolves({ Item: { ...KEY, blockedUntil: NOW + 5 } });

    // Act
    const until = await store.blockedUntil(KEY);

    // Assess
    expect(until).toBe(NOW + 5);
    expect(db.commandCalls(GetCommand)[0].args[0].input).toEqual({
      TableName: 'sync-table',
      Key: KEY,
      ConsistentRead: true,
    });
  });

  it('reports no block once its end has passed', async () => {
    // Prepare
    db.on(GetCommand).resolves({ Item: { ...KEY, blockedUntil: NOW - 1 } });

    // Act
    const until = await store.blockedUntil(KEY);

    // Assess
    expect(until).toBeUndefined();
  });
});
