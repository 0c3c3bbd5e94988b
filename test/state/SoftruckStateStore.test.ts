import {
  BatchWriteCommand,
  DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { packParts, unpackPart } from '../../functions/state/packedParts';
import {
  type LoadedState,
  SoftruckStateStore,
} from '../../functions/state/SoftruckStateStore';
import type { UserState, VehicleState } from '../../functions/state/types';
import { documentClient } from './documentClient';

const ddb = mockClient(DynamoDBDocumentClient);
const store = new SoftruckStateStore(documentClient(), 'sync-table', {
  minRecords: 2,
  share: 0.5,
});
const PK = 'STATE#alfa';
const vehicleOf = (code: string, plate = `AAA${code}`): VehicleState => ({
  code,
  softruckId: `veh-${code}`,
  attributes: { plate },
  active: true,
  lastRunId: '2026-12-04',
});
const vehicle = vehicleOf('1001');
const user: UserState = {
  document: '52596589060',
  label: 'user:associate-8001',
  softruckId: 'usr-1',
  attributes: { username: '52596589060', name: 'A', cpf: '52596589060' },
  active: true,
  lastRunId: '2026-12-04',
};

/** A snapshot of generation 3 in one part, with its head. */
const snapshot = (entries: object[]) => [
  {
    pk: PK,
    sk: 'SNAP',
    generation: 3,
    parts: ['SNAP#000003#000000'],
    records: entries.length,
  },
  { pk: PK, sk: 'SNAP#000003#000000', data: packParts(entries)[0] },
];

beforeEach(() => ddb.reset());

describe('SoftruckStateStore', () => {
  it('writes one item per vehicle, keyed by its SGA code', async () => {
    ddb.on(PutCommand).resolves({});

    await store.putVehicle('alfa', vehicle);

    expect(ddb.commandCalls(PutCommand)[0].args[0].input).toEqual({
      TableName: 'sync-table',
      Item: { pk: PK, sk: 'V#1001', ...vehicle },
    });
  });

  it('forgets a user with a mark that outweighs the snapshot', async () => {
    ddb.on(PutCommand).resolves({});

    await store.forgetUser('alfa', user.document);

    expect(ddb.commandCalls(PutCommand)[0].args[0].input).toEqual({
      TableName: 'sync-table',
      Item: { pk: PK, sk: 'U#52596589060', forgotten: true },
    });
  });

  it('loads the tenant’s records with a consistent read, before any snapshot', async () => {
    ddb.on(QueryCommand).resolves({
      Items: [
        { pk: PK, sk: 'V#1001', ...vehicle },
        { pk: PK, sk: 'U#52596589060', ...user },
      ],
    });

    const { state, layout } = await store.load('alfa');

    expect(state.vehicles.get('1001')).toEqual(vehicle);
    expect(state.users.get(user.document)).toEqual(user);
    expect(layout).toEqual({
      generation: 0,
      snapshotRecords: 0,
      parts: [],
      written: ['V#1001', 'U#52596589060'],
      stale: [],
    });
    expect(ddb.commandCalls(QueryCommand)[0].args[0].input).toMatchObject({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': PK },
      ConsistentRead: true,
    });
  });

  it('lays records written since the snapshot over it, and leaves out forgotten ones', async () => {
    const renamed = vehicleOf('1001', 'BBB1001');
    ddb.on(QueryCommand).resolves({
      Items: [
        ...snapshot([{ vehicle }, { vehicle: vehicleOf('1002') }, { user }]),
        { pk: PK, sk: 'SNAP#000002#000000', data: packParts([{ user }])[0] },
        { pk: PK, sk: 'U#52596589060', forgotten: true },
        { pk: PK, sk: 'V#1001', ...renamed },
      ],
    });

    const { state, layout } = await store.load('alfa');

    expect([...state.vehicles.values()]).toEqual([renamed, vehicleOf('1002')]);
    expect(state.users.size).toBe(0);
    expect(layout).toEqual({
      generation: 3,
      snapshotRecords: 3,
      parts: ['SNAP#000003#000000'],
      written: ['U#52596589060', 'V#1001'],
      stale: ['SNAP#000002#000000'],
    });
  });

  it('refuses a snapshot that lacks a part its head names', async () => {
    ddb.on(QueryCommand).resolves({ Items: [snapshot([{ vehicle }])[0]] });

    await expect(store.load('alfa')).rejects.toThrow(
      'state of alfa: snapshot 3 lacks 1 of its 1 parts',
    );
  });

  it('packs nothing while fewer records were written than the policy asks', async () => {
    const loaded: LoadedState = {
      state: { vehicles: new Map([['1001', vehicle]]), users: new Map() },
      layout: {
        generation: 3,
        snapshotRecords: 10,
        parts: ['SNAP#000003#000000'],
        written: ['V#1001', 'V#1002', 'V#1003', 'V#1004'],
        stale: [],
      },
    };

    expect(await store.compactIfDue('alfa', loaded)).toBe(false);
    expect(ddb.calls()).toHaveLength(0);
  });

  it('packs a new snapshot, points the head at it, then drops what it replaces', async () => {
    ddb.on(BatchWriteCommand).resolves({});
    ddb.on(PutCommand).resolves({});
    const loaded: LoadedState = {
      state: {
        vehicles: new Map([['1001', vehicle]]),
        users: new Map([[user.document, user]]),
      },
      layout: {
        generation: 3,
        snapshotRecords: 2,
        parts: ['SNAP#000003#000000'],
        written: ['V#1001', 'U#52596589060'],
        stale: ['SNAP#000002#000000'],
      },
    };

    expect(await store.compactIfDue('alfa', loaded)).toBe(true);

    const [parts, drops] = ddb
      .commandCalls(BatchWriteCommand)
      .map((c) => c.args[0].input.RequestItems?.['sync-table'] ?? []);
    const item = parts[0].PutRequest?.Item ?? {};
    expect(item.sk).toBe('SNAP#000004#000000');
    expect(unpackPart(item.data as Uint8Array)).toEqual([
      { vehicle },
      { user },
    ]);
    expect(ddb.commandCalls(PutCommand)[0].args[0].input).toEqual({
      TableName: 'sync-table',
      Item: {
        pk: PK,
        sk: 'SNAP',
        generation: 4,
        parts: ['SNAP#000004#000000'],
        records: 2,
      },
      ConditionExpression: 'attribute_not_exists(pk) OR generation = :g',
      ExpressionAttributeValues: { ':g': 3 },
    });
    expect(drops.map((d) => d.DeleteRequest?.Key?.sk)).toEqual([
      'SNAP#000003#000000',
      'SNAP#000002#000000',
      'V#1001',
      'U#52596589060',
    ]);
    const order = ddb.calls().map((c) => c.args[0].constructor.name);
    expect(order).toEqual([
      'BatchWriteCommand',
      'PutCommand',
      'BatchWriteCommand',
    ]);
  });
});
