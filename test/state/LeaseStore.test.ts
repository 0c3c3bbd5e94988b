import {
  DeleteCommand,
  DynamoDBDocumentClient,
  PutCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { LeaseStore } from '../../functions/state/LeaseStore';
import { conditionFailed, documentClient } from './documentClient';

const ddb = mockClient(DynamoDBDocumentClient);
const leases = new LeaseStore(documentClient(), 'sync-table');
const NOW = 1_765_000_000_000;

beforeEach(() => {
  ddb.reset();
  jest.spyOn(Date, 'now').mockReturnValue(NOW);
});
afterEach(() => jest.restoreAllMocks());

describe('LeaseStore', () => {
  it('takes the lease unless another holder has a live one', async () => {
    ddb.on(PutCommand).resolves({});

    const taken = await leases.acquire('alfa', 'holder-1', 60_000);

    expect(taken).toBe(true);
    expect(ddb.commandCalls(PutCommand)[0].args[0].input).toEqual({
      TableName: 'sync-table',
      Item: {
        pk: 'TENANT#alfa',
        sk: 'LEASE',
        holder: 'holder-1',
        until: NOW + 60_000,
      },
      ConditionExpression:
        'attribute_not_exists(pk) OR #until < :now OR holder = :holder',
      ExpressionAttributeNames: { '#until': 'until' },
      ExpressionAttributeValues: { ':now': NOW, ':holder': 'holder-1' },
    });
  });

  it('answers false when another holder has it', async () => {
    ddb.on(PutCommand).rejects(conditionFailed());

    expect(await leases.acquire('alfa', 'holder-2', 60_000)).toBe(false);
  });

  it('releases only its own lease', async () => {
    ddb.on(DeleteCommand).resolves({});

    await leases.release('alfa', 'holder-1');

    expect(ddb.commandCalls(DeleteCommand)[0].args[0].input).toEqual({
      TableName: 'sync-table',
      Key: { pk: 'TENANT#alfa', sk: 'LEASE' },
      ConditionExpression: 'holder = :holder',
      ExpressionAttributeValues: { ':holder': 'holder-1' },
    });
  });

  it('ignores a release of a lease someone else now holds', async () => {
    ddb.on(DeleteCommand).rejects(conditionFailed());

    await expect(leases.release('alfa', 'holder-1')).resolves.toBeUndefined();
  });
});
