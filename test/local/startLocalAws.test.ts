import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  LOCAL_TABLE,
  type LocalAws,
  startLocalAws,
} from '../../bin/local/startLocalAws';

const documents = (aws: LocalAws) =>
  DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: aws.env.AWS_ENDPOINT_URL_DYNAMODB,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
  );

const key = { pk: 'T#assoc-sul', sk: 'V#1001' };

describe('local AWS with dynalite in a process of its own', () => {
  let stateDir: string;
  beforeEach(() => {
    stateDir = mkdtempSync(join(tmpdir(), 'local-aws-'));
  });
  afterEach(() => rmSync(stateDir, { recursive: true, force: true }));

  it('serves the table, keeps it on disk and frees it when closed', async () => {
    // Prepare
    const inChild = await startLocalAws(stateDir, { dynamoProcess: true });
    await documents(inChild).send(
      new PutCommand({
        TableName: LOCAL_TABLE,
        Item: { ...key, plate: 'ABC1D23' },
      }),
    );

    // Act
    await inChild.close();
    const here = await startLocalAws(stateDir);
    const { Item } = await documents(here).send(
      new GetCommand({ TableName: LOCAL_TABLE, Key: key }),
    );
    await here.close();

    // Assess: the next opening, in this process, finds what the child
    // wrote, so the child had let go of the database.
    expect(Item).toEqual({ ...key, plate: 'ABC1D23' });
  });
});
