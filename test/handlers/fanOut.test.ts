import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  GetSecretValueCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import {
  generateAssociation,
  startSgaSandbox,
  type SgaSandbox,
} from '../sandbox/sga';
import { context, handlerEnv, TENANT_ITEM } from './handlerEnv';

const ddb = mockClient(DynamoDBDocumentClient);

/** The README's console test events, the very files. */
const consoleEvent = (name: string) =>
  JSON.parse(
    readFileSync(join(__dirname, '../fixtures/events', name), 'utf8'),
  ) as unknown;
const sqs = mockClient(SQSClient);
const secrets = mockClient(SecretsManagerClient);

describe('fan-out handler', () => {
  let sga: SgaSandbox;
  let handler: (event: unknown, ctx: typeof context) => Promise<unknown>;

  beforeAll(async () => {
    sga = await startSgaSandbox();
    sga.setAssociation('token-alfa', {
      records: generateAssociation({ seed: 1, vehicles: 120 }),
      pageSize: 50,
    });
    handlerEnv({ SGA_BASE_URL: sga.url });
    // The handler reads its environment once, when loaded.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    handler = require('../../functions/fanOut').handler;
  });

  afterAll(() => sga.close());

  beforeEach(() => {
    ddb.reset();
    sqs.reset();
    secrets.reset();
    ddb.on(QueryCommand).resolves({ Items: [] });
    ddb
      .on(QueryCommand, { ExpressionAttributeValues: { ':pk': 'TENANT' } })
      .resolves({ Items: [TENANT_ITEM] });
    ddb.on(GetCommand).resolves({});
    ddb.on(UpdateCommand).resolves({ Attributes: { next: Date.now() } });
    ddb.on(PutCommand).resolves({});
    secrets.on(GetSecretValueCommand).resolves({ SecretString: 'token-alfa' });
    sqs.on(SendMessageBatchCommand).resolves({ Failed: [] });
  });

  it('records the day run and enqueues one message per page', async () => {
    await handler(consoleEvent('daily.json'), context);

    const put = ddb.commandCalls(PutCommand)[0].args[0].input;
    expect(put.Item).toMatchObject({
      pk: 'TENANT#alfa',
      sk: 'RUN#2026-12-04',
      status: 'READING',
      pageCount: 3,
      dryRun: false,
    });
    expect(put.ConditionExpression).toBe('attribute_not_exists(pk)');
    const entries = sqs.commandCalls(SendMessageBatchCommand)[0].args[0].input
      .Entries;
    expect(entries?.map((e) => JSON.parse(e.MessageBody ?? ''))).toEqual([
      { tenantId: 'alfa', runId: '2026-12-04', page: 1 },
      { tenantId: 'alfa', runId: '2026-12-04', page: 2 },
      { tenantId: 'alfa', runId: '2026-12-04', page: 3 },
    ]);
    expect(entries?.every((e) => e.MessageGroupId === 'alfa')).toBe(true);
  });

  it('keeps the run id of a retried schedule: São Paulo day, not UTC', async () => {
    await handler({ scheduledTime: '2026-12-05T02:00:00Z' }, context);

    expect(ddb.commandCalls(PutCommand)[0].args[0].input.Item?.sk).toBe(
      'RUN#2026-12-04',
    );
  });

  it('refuses a malformed event naming the field', async () => {
    await expect(
      handler({ tenantId: 'alfa', plate: 'ABC1D23', cpf: '1' }, context),
    ).rejects.toThrow(
      'invalid event: cpf: name only one of plate, chassis and cpf',
    );
    await expect(handler({ dryRun: 'yes' }, context)).rejects.toThrow(
      /invalid event: dryRun/,
    );
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(0);
  });

  it('fails naming the tenant whose SGA token is refused, after trying all', async () => {
    sga.setBehaviour('token-alfa', {
      disabledRoutes: ['pageCount'],
      disabledStatus: 401,
    });

    await expect(handler({}, context)).rejects.toThrow(
      /runs not started: alfa \(pageCount: .*401/,
    );
    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
    sga.setBehaviour('token-alfa', { disabledRoutes: [] });
  });
});
