import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { setLogSink } from '../../functions/observability/logger';
import { TokenLifetimeStore } from '../../functions/state/TokenLifetimeStore';
import { documentClient } from './documentClient';

const ddb = mockClient(DynamoDBDocumentClient);
const store = new TokenLifetimeStore(documentClient(), 'sync-table');
const KEY = { pk: 'RATE#acct-1', sk: 'TOKEN_LIFETIME' };
let lines: Record<string, unknown>[] = [];
const previous = setLogSink((line) => lines.push(JSON.parse(line)));

beforeEach(() => {
  ddb.reset();
  lines = [];
});
afterAll(() => setLogSink(previous));

describe('TokenLifetimeStore', () => {
  it('keeps the lifetime beside the account’s rate budget', async () => {
    ddb.on(PutCommand).resolves({});

    await store.put('acct-1', 3_600_000);

    expect(ddb.commandCalls(PutCommand)[0].args[0].input).toMatchObject({
      TableName: 'sync-table',
      Item: { ...KEY, lifetimeMs: 3_600_000 },
    });
  });

  it('knows no lifetime before one is kept', async () => {
    ddb.on(GetCommand).resolves({});

    expect(await store.get('acct-1')).toBeUndefined();
    expect(ddb.commandCalls(GetCommand)[0].args[0].input.Key).toEqual(KEY);
  });

  it('logs, and answers nothing, when the table cannot be read', async () => {
    const error = new Error('down');
    error.name = 'ProvisionedThroughputExceededException';
    ddb.on(GetCommand).rejects(error);

    const known = await store.memoryOf(async () => 'acct-1').recall();

    expect(known).toBeUndefined();
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        message: 'softruck token lifetime not read',
        reason: 'ProvisionedThroughputExceededException',
      }),
    );
  });
});
