import {
  BatchWriteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  GetSecretValueCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { unpackPart } from '../../functions/state/packedParts';
import { loadSample, startSgaSandbox, type SgaSandbox } from '../sandbox/sga';
import { context, handlerEnv, TENANT_ITEM } from './handlerEnv';

const ddb = mockClient(DynamoDBDocumentClient);
const sqs = mockClient(SQSClient);
const secrets = mockClient(SecretsManagerClient);

const RUN = {
  pk: 'TENANT#alfa',
  sk: 'RUN#2026-12-04',
  tenantId: 'alfa',
  runId: '2026-12-04',
  status: 'READING',
  scope: { kind: 'all' },
  dryRun: false,
  pageCount: 2,
  sgaCalls: 1,
  startedAt: '2026-12-04T06:00:00Z',
};

const message = (page: number): SQSEvent =>
  ({
    Records: [
      {
        messageId: `m-${page}`,
        body: JSON.stringify({ tenantId: 'alfa', runId: '2026-12-04', page }),
      },
    ],
  }) as SQSEvent;

describe('page worker handler', () => {
  let sga: SgaSandbox;
  let handler: (
    e: SQSEvent,
    c: typeof context,
  ) => Promise<{ batchItemFailures: unknown[] }>;

  beforeAll(async () => {
    sga = await startSgaSandbox();
    const page1 = loadSample('page1') as Record<string, unknown>[];
    const page2 = loadSample('page2') as Record<string, unknown>[];
    sga.setAssociation('token-alfa', {
      records: [...page1, ...page2],
      pageSize: page1.length,
    });
    handlerEnv({ SGA_BASE_URL: sga.url });
    // The handler reads its environment once, when loaded.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    handler = require('../../functions/pageWorker').handler;
  });

  afterAll(() => sga.close());

  beforeEach(() => {
    ddb.reset();
    sqs.reset();
    secrets.reset();
    ddb.on(GetCommand).resolves({});
    ddb
      .on(GetCommand, { Key: { pk: 'TENANT#alfa', sk: 'RUN#2026-12-04' } })
      .resolves({ Item: RUN });
    ddb
      .on(GetCommand, { Key: { pk: 'TENANT', sk: 'alfa' } })
      .resolves({ Item: TENANT_ITEM });
    ddb.on(UpdateCommand).resolves({
      Attributes: { ...RUN, next: Date.now(), pagesDone: new Set([1]) },
    });
    ddb.on(BatchWriteCommand).resolves({});
    secrets.on(GetSecretValueCommand).resolves({ SecretString: 'token-alfa' });
    sqs.on(SendMessageCommand).resolves({});
  });

  it('stores every record of the page, rejected ones with their reason', async () => {
    const out = await handler(message(1), context);

    expect(out.batchItemFailures).toEqual([]);
    const items = ddb
      .commandCalls(BatchWriteCommand)
      .flatMap((c) => c.args[0].input.RequestItems?.['sync-table'] ?? [])
      .map((r) => r.PutRequest?.Item);
    expect(items.map((i) => i?.kind)).toEqual(['records', 'rejections']);
    const records = unpackPart(items[0]?.data as Uint8Array);
    const rejected = unpackPart(items[1]?.data as Uint8Array);
    expect(records).toHaveLength(10);
    expect(rejected).toEqual([
      expect.objectContaining({
        page: 1,
        index: 8,
        rejections: [expect.objectContaining({ field: 'codigo_veiculo' })],
      }),
    ]);
  });

  it('marks the page done once, under the not-yet-contained condition', async () => {
    await handler(message(1), context);

    const mark = ddb
      .commandCalls(UpdateCommand)
      .map((c) => c.args[0].input)
      .find((i) => i.UpdateExpression?.startsWith('ADD pagesDone'));
    expect(mark?.ConditionExpression).toBe(
      'attribute_exists(pk) AND NOT contains(pagesDone, :n)',
    );
    expect(mark?.ExpressionAttributeValues?.[':n']).toBe(1);
    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(0);
  });

  it('hands a failed SGA page back to the queue', async () => {
    sga.setBehaviour('token-alfa', { failNext: 5 });

    const out = await handler(message(2), context);

    expect(out.batchItemFailures).toEqual([{ itemIdentifier: 'm-2' }]);
    expect(ddb.commandCalls(BatchWriteCommand)).toHaveLength(0);
    sga.setBehaviour('token-alfa', { failNext: 0 });
  }, 30_000);
});
