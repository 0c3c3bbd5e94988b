import {
  GetSecretValueCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { loadEnv } from '../../functions/config/env';
import { createServices } from '../../functions/runtime/createServices';
import { keys } from '../../functions/state/keys';
import type { Tenant } from '../../functions/tenants/tenantSchema';
import type { SgaSandbox } from '../sandbox/sga';
import { sandboxWithSamples, TOKEN } from './support/sgaClientFor';

const ddb = mockClient(DynamoDBDocumentClient);
const secrets = mockClient(SecretsManagerClient);
const BASE_ENV = {
  TABLE_NAME: 'sync-table',
  PAGE_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/1/pages.fifo',
  RECONCILE_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/1/reconcile',
  AWS_REGION: 'us-east-1',
};
const TENANT = { id: 'alfa' } as Tenant;

describe('the SGA client the pipeline builds from its environment', () => {
  let sandbox: SgaSandbox;

  beforeAll(async () => {
    sandbox = await sandboxWithSamples({ hangNext: 100 });
  });

  afterAll(() => sandbox.close());

  beforeEach(() => {
    ddb.reset();
    secrets.reset();
    // The tenant's pacing item: every reservation is due at once.
    ddb.on(UpdateCommand).callsFake((input) => ({
      Attributes: {
        next: Date.now() + input.ExpressionAttributeValues[':interval'],
      },
    }));
    secrets.on(GetSecretValueCommand).resolves({ SecretString: TOKEN });
  });

  it('waits 120 s for an answer unless told otherwise', () => {
    expect(loadEnv(BASE_ENV).SGA_TIMEOUT_MS).toBe(120_000);
    expect(loadEnv({ ...BASE_ENV, SGA_TIMEOUT_MS: '300000' })).toHaveProperty(
      'SGA_TIMEOUT_MS',
      300_000,
    );
  });

  it('gives up on a silent SGA after SGA_TIMEOUT_MS', async () => {
    const env = loadEnv({
      ...BASE_ENV,
      SGA_BASE_URL: sandbox.url,
      SGA_TIMEOUT_MS: '150',
      SGA_MIN_INTERVAL_MS: '0',
    });
    const sga = await createServices(env).sgaFor(TENANT);

    const failure = await sga.pageCount().catch((e: Error) => e);

    expect(failure).toHaveProperty(
      'message',
      'pageCount: no answer within 150 ms',
    );
  }, 20_000);

  it('takes a pacing slot from the tenant’s item before every call', async () => {
    const env = loadEnv({
      ...BASE_ENV,
      SGA_BASE_URL: sandbox.url,
      SGA_TIMEOUT_MS: '100',
      SGA_MIN_INTERVAL_MS: '1000',
    });
    const sga = await createServices(env).sgaFor(TENANT);

    await sga.pageCount().catch(() => undefined);

    const reservations = ddb
      .commandCalls(UpdateCommand)
      .map((c) => c.args[0].input);
    expect(reservations).toHaveLength(sga.calls);
    expect(reservations[0]).toMatchObject({
      Key: { pk: 'TENANT#alfa', sk: keys.sgaGate },
      ExpressionAttributeValues: expect.objectContaining({
        ':interval': 1000,
      }),
    });
  }, 20_000);
});
