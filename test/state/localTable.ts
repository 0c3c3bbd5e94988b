import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  LOCAL_TABLE,
  type LocalAws,
  startLocalAws,
} from '../../bin/local/startLocalAws';

/** The local stand-ins and a document client on their dynalite table. */
export interface LocalTable {
  aws: LocalAws;
  db: DynamoDBDocumentClient;
  table: string;
  close(): Promise<void>;
}

/** Starts dynalite (in memory, on loopback) with the sync's table. */
export async function startLocalTable(): Promise<LocalTable> {
  const aws = await startLocalAws();
  const db = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: aws.env.AWS_ENDPOINT_URL_DYNAMODB,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  return { aws, db, table: LOCAL_TABLE, close: () => aws.close() };
}
