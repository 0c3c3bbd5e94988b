import {
  DeleteCommand,
  DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { SoftruckStateStore } from '../../functions/state/SoftruckStateStore';
import type { UserState, VehicleState } from '../../functions/state/types';
import { documentClient } from './documentClient';

const ddb = mockClient(DynamoDBDocumentClient);
const store = new SoftruckStateStore(documentClient(), 'sync-table');
const vehicle: VehicleState = {
  code: '1001',
  softruckId: 'veh-1',
  attributes: { plate: 'AAA1001' },
  active: true,
  lastRunId: '2026-12-04',
};
const user: UserState = {
  document: '52596589060',
  label: 'user:associate-8001',
  softruckId: 'usr-1',
  attributes: { username: '52596589060', name: 'A', cpf: '52596589060' },
  active: true,
  lastRunId: '2026-12-04',
};

beforeEach(() => ddb.reset());

describe('SoftruckStateStore', () => {
  it('writes one item per vehicle, keyed by its SGA code', async () => {
    ddb.on(PutCommand).resolves({});

    await store.putVehicle('alfa', vehicle);

    expect(ddb.commandCalls(PutCommand)[0].args[0].input).toEqual({
      TableName: 'sync-table',
      Item: { pk: 'STATE#alfa', sk: 'V#1001', ...vehicle },
    });
  });

  it('forgets a user by document', async () => {
    ddb.on(DeleteCommand).resolves({});

    await store.forgetUser('alfa', user.document);

    expect(ddb.commandCalls(DeleteCommand)[0].args[0].input).toEqual({
      TableName: 'sync-table',
      Key: { pk: 'STATE#alfa', sk: 'U#52596589060' },
    });
  });

  it('loads the tenant’s vehicles and users with a consistent read', async () => {
    ddb.on(QueryCommand).resolves({
      Items: [
        { pk: 'STATE#alfa', sk: 'V#1001', ...vehicle },
        { pk: 'STATE#alfa', sk: 'U#52596589060', ...user },
      ],
    });

    const state = await store.load('alfa');

    expect(state.vehicles.get('1001')).toEqual(vehicle);
    expect(state.users.get(user.document)).toEqual(user);
    expect(ddb.commandCalls(QueryCommand)[0].args[0].input).toMatchObject({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'STATE#alfa' },
      ConsistentRead: true,
    });
  });
});
