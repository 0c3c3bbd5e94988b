import { fork } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { startLocalSecrets } from './localSecretsServer';
import { startLocalSqsServer, type LocalSqsServer } from './localSqsServer';

// dynalite ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dynalite = require('dynalite') as (options: object) => {
  listen(port: number, host: string, cb: () => void): void;
  address(): AddressInfo;
  close(cb: () => void): void;
};

export const LOCAL_TABLE = 'sga-softruck-sync';
/** Local queues redeliver after a few seconds, not Lambda's minutes. */
export const LOCAL_VISIBILITY_S = 3;
export const LOCAL_MAX_RECEIVES = 4;

/** Local stand-ins for DynamoDB, SQS and Secrets Manager, on loopback. */
export interface LocalAws {
  /** Variables that point the AWS SDK and the handlers at them. */
  env: Record<string, string>;
  queues: {
    page: string;
    pageDlq: string;
    reconcile: string;
    reconcileDlq: string;
  };
  sqs: LocalSqsServer;
  close(): Promise<void>;
}

/** Where dynalite runs. */
export interface LocalAwsOptions {
  /**
   * In a child process of its own rather than in this one: for a load
   * that needs a second core (dynalite takes about as much CPU as the
   * handlers it serves).
   */
  dynamoProcess?: boolean;
}

/**
 * Starts dynalite (in memory, or on disk under `stateDir` so that a later
 * run is the next day), a local SQS with the pipeline's queues and their
 * dead-letter queues, and the local secrets server.
 */
export async function startLocalAws(
  stateDir?: string,
  options: LocalAwsOptions = {},
): Promise<LocalAws> {
  if (stateDir) mkdirSync(stateDir, { recursive: true });
  const dbOptions = {
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
    ...(stateDir ? { path: join(stateDir, 'dynamodb') } : {}),
  };
  const db = await (options.dynamoProcess ? dynaliteChild : dynaliteHere)(
    dbOptions,
  );
  const dbEndpoint = `http://127.0.0.1:${db.port}`;
  const sqs = await startLocalSqsServer();
  const secrets = await startLocalSecrets(
    stateDir ? join(stateDir, 'secrets.json') : undefined,
  );
  const queues = createQueues(sqs);
  const env = {
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_DYNAMODB: dbEndpoint,
    AWS_ENDPOINT_URL_SQS: sqs.endpoint,
    AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.endpoint,
    TABLE_NAME: LOCAL_TABLE,
    PAGE_QUEUE_URL: queues.page,
    RECONCILE_QUEUE_URL: queues.reconcile,
  };
  await createTable(dbEndpoint);
  return {
    env,
    queues,
    sqs,
    async close() {
      await sqs.close();
      await secrets.close();
      await db.close();
    },
  };
}

interface RunningDb {
  port: number;
  close(): Promise<void>;
}

async function dynaliteHere(options: object): Promise<RunningDb> {
  const db = dynalite(options);
  await new Promise<void>((resolve) => db.listen(0, '127.0.0.1', resolve));
  return {
    port: db.address().port,
    close: () => new Promise<void>((resolve) => db.close(() => resolve())),
  };
}

async function dynaliteChild(options: object): Promise<RunningDb> {
  const child = fork(join(__dirname, 'dynaliteChild.ts'), [], {
    // tsx's CommonJS hook, whatever runs this process (tsx, ts-jest).
    execArgv: ['--require', require.resolve('tsx/cjs')],
    env: { ...process.env, DYNALITE_OPTIONS: JSON.stringify(options) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', resolve));
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve(m.port));
    child.once('exit', (code) =>
      reject(
        new Error(`dynalite's process ended (${code}) before it listened`),
      ),
    );
  });
  return {
    port,
    async close() {
      child.disconnect();
      await exited;
    },
  };
}

function createQueues(server: LocalSqsServer) {
  const { sqs } = server;
  sqs.createQueue('pages-dlq.fifo', { fifo: true, visibilityTimeoutS: 30 });
  sqs.createQueue('reconcile-dlq', { fifo: false, visibilityTimeoutS: 30 });
  const redrive = (queue: string) => ({
    queue,
    maxReceiveCount: LOCAL_MAX_RECEIVES,
  });
  sqs.createQueue('pages.fifo', {
    fifo: true,
    visibilityTimeoutS: LOCAL_VISIBILITY_S,
    deadLetter: redrive('pages-dlq.fifo'),
  });
  sqs.createQueue('reconcile', {
    fifo: false,
    visibilityTimeoutS: LOCAL_VISIBILITY_S,
    deadLetter: redrive('reconcile-dlq'),
  });
  return {
    page: server.urlOf('pages.fifo'),
    pageDlq: server.urlOf('pages-dlq.fifo'),
    reconcile: server.urlOf('reconcile'),
    reconcileDlq: server.urlOf('reconcile-dlq'),
  };
}

async function createTable(endpoint: string): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const status = async () => {
    try {
      const out = await client.send(
        new DescribeTableCommand({ TableName: LOCAL_TABLE }),
      );
      return out.Table?.TableStatus;
    } catch {
      return undefined;
    }
  };
  if ((await status()) === undefined) {
    await client.send(
      new CreateTableCommand({
        TableName: LOCAL_TABLE,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
      }),
    );
  }
  // A table is usable once ACTIVE, and only then is it kept on disk.
  for (let i = 0; i < 100 && (await status()) !== 'ACTIVE'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
