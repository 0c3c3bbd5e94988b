import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
} from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { context, handlerEnv } from './handlerEnv';

const ddb = mockClient(DynamoDBDocumentClient);
const sqs = mockClient(SQSClient);

const RUN = {
  pk: 'TENANT#alfa',
  sk: 'RUN#2026-12-04',
  tenantId: 'alfa',
  runId: '2026-12-04',
  scope: { kind: 'all' },
  dryRun: false,
  pageCount: 2,
  pagesDone: new Set([1, 2]),
  sgaCalls: 3,
  startedAt: '2026-12-04T06:00:00Z',
};

const event = {
  Records: [
    { messageId: 'm-1', body: '{"tenantId":"alfa","runId":"2026-12-04"}' },
  ],
} as SQSEvent;

describe('reconciler handler', () => {
  let handler: (
    e: SQSEvent,
    c: typeof context,
  ) => Promise<{ batchItemFailures: unknown[] }>;

  beforeAll(() => {
    handlerEnv();
    // The handler reads its environment once, when loaded.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    handler = require('../../functions/reconciler').handler;
  });

  beforeEach(() => {
    ddb.reset();
    sqs.reset();
    sqs.on(SendMessageCommand).resolves({});
  });

  it('does nothing for a run that is already done (a redelivery)', async () => {
    ddb.on(GetCommand).resolves({ Item: { ...RUN, status: 'DONE' } });

    const out = await handler(event, context);

    expect(out.batchItemFailures).toEqual([]);
    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(0);
  });

  it('waits its turn when another reconcile holds the tenant', async () => {
    ddb.on(GetCommand).resolves({ Item: { ...RUN, status: 'READ' } });
    ddb
      .on(PutCommand)
      .rejects(
        new ConditionalCheckFailedException({ message: 'held', $metadata: {} }),
      );

    const out = await handler(event, context);

    expect(out.batchItemFailures).toEqual([]);
    expect(sqs.commandCalls(SendMessageCommand)[0].args[0].input).toEqual({
      QueueUrl: process.env.RECONCILE_QUEUE_URL,
      MessageBody: '{"tenantId":"alfa","runId":"2026-12-04"}',
      DelaySeconds: 5,
    });
  });

  it('hands the message back when DynamoDB fails', async () => {
    ddb.on(GetCommand).rejects(new Error('ProvisionedThroughputExceeded'));

    const out = await handler(event, context);

    expect(out.batchItemFailures).toEqual([{ itemIdentifier: 'm-1' }]);
  });
});
