import { randomBytes } from 'node:crypto';
import {
  type DynamoDBDocumentClient,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { SoftruckStateStore } from '../../functions/state/SoftruckStateStore';
import type { VehicleState } from '../../functions/state/types';
import { type LocalTable, startLocalTable } from './localTable';

let local: LocalTable;
const POLICY = { minRecords: 5, share: 0.1 };

beforeAll(async () => {
  local = await startLocalTable();
});
afterAll(() => local.close());

const vehicleOf = (code: string, plate: string): VehicleState => ({
  code,
  softruckId: `veh-${code}`,
  attributes: { plate },
  active: true,
  lastRunId: 'day-1',
});

/** A client whose `n`th command of `name` fails, as a crash there would. */
function crashingAt(name: string, n: number): DynamoDBDocumentClient {
  let seen = 0;
  const send = (command: object) => {
    if (command.constructor.name === name && ++seen === n) {
      return Promise.reject(new Error(`crash at ${name} #${n}`));
    }
    return local.db.send(command as never);
  };
  return { send } as unknown as DynamoDBDocumentClient;
}

/** Writes vehicles 1..n, then packs; the model is what they should be. */
async function tenantWithSnapshot(tenantId: string, n: number) {
  const store = new SoftruckStateStore(local.db, local.table, POLICY);
  const model = new Map<string, VehicleState>();
  for (let i = 1; i <= n; i++) {
    const v = vehicleOf(String(i), `AAA${i}`);
    model.set(v.code, v);
    await store.putVehicle(tenantId, v);
  }
  expect(await store.compactIfDue(tenantId, await store.load(tenantId))).toBe(
    true,
  );
  return { store, model };
}

/** Changes since the snapshot: a new plate, a forgotten and a new vehicle. */
async function changeSome(
  store: SoftruckStateStore,
  tenantId: string,
  model: Map<string, VehicleState>,
) {
  for (let i = 1; i <= 6; i++) {
    const v = vehicleOf(String(i), `BBB${i}`);
    model.set(v.code, v);
    await store.putVehicle(tenantId, v);
  }
  await store.forgetVehicle(tenantId, '7');
  model.delete('7');
  const added = vehicleOf('100', 'CCC100');
  model.set(added.code, added);
  await store.putVehicle(tenantId, added);
}

async function itemCount(tenantId: string): Promise<number> {
  const out = await local.db.send(
    new QueryCommand({
      TableName: local.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `STATE#${tenantId}` },
    }),
  );
  return out.Count ?? 0;
}

describe('SoftruckStateStore on DynamoDB (dynalite)', () => {
  it('keeps every record through snapshots, changes and forgetting', async () => {
    const { store, model } = await tenantWithSnapshot('s1', 12);
    await changeSome(store, 's1', model);

    const before = await store.load('s1');
    expect(before.state.vehicles).toEqual(model);
    expect(await store.compactIfDue('s1', before)).toBe(true);
    const after = await store.load('s1');

    expect(after.state.vehicles).toEqual(model);
    expect(after.layout).toMatchObject({ generation: 2, written: [] });
    expect(await itemCount('s1')).toBe(2);
  });

  it.each([
    ['writing the new parts', 'BatchWriteCommand', 1],
    ['pointing the head at them', 'PutCommand', 1],
    ['dropping what they replace', 'BatchWriteCommand', 2],
  ])(
    'loses nothing when packing stops while %s, and the next packing tidies up',
    async (_step, command, n) => {
      const tenantId = `crash-${command}-${n}`;
      const { model } = await tenantWithSnapshot(tenantId, 12);
      const store = new SoftruckStateStore(local.db, local.table, POLICY);
      await changeSome(store, tenantId, model);
      const crashing = new SoftruckStateStore(
        crashingAt(command, n),
        local.table,
        POLICY,
      );

      await expect(
        crashing.compactIfDue(tenantId, await store.load(tenantId)),
      ).rejects.toThrow('crash at');
      const reloaded = await store.load(tenantId);
      expect(reloaded.state.vehicles).toEqual(model);

      const tidy = new SoftruckStateStore(local.db, local.table, {
        minRecords: 1,
        share: 0,
      });
      await tidy.compactIfDue(tenantId, reloaded);
      expect((await store.load(tenantId)).state.vehicles).toEqual(model);
      expect(await itemCount(tenantId)).toBe(2);
    },
  );

  it('splits a large state into several parts and loads it whole', async () => {
    const store = new SoftruckStateStore(local.db, local.table, POLICY);
    const vehicles = new Map<string, VehicleState>();
    for (let i = 0; i < 15_000; i++) {
      // Random plates, so that compression cannot shrink the state.
      const v = vehicleOf(`L${i}`, randomBytes(32).toString('hex'));
      vehicles.set(v.code, v);
    }
    const loaded = {
      state: { vehicles, users: new Map() },
      layout: {
        generation: 0,
        snapshotRecords: 0,
        parts: [],
        written: [...vehicles.keys()].map((code) => `V#${code}`),
        stale: [],
      },
    };

    await store.compactIfDue('large', loaded);
    const { state, layout } = await store.load('large');

    expect(layout.parts.length).toBeGreaterThan(1);
    expect(state.vehicles).toEqual(vehicles);
  });
});
