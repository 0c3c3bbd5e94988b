import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  PutCommand,
} from '@aws-sdk/lib-dynamodb';
import type { UserState, VehicleState } from './types';
import { queryAll } from './dynamo';
import { keys } from './keys';

/** The sync's record of what it wrote to Softruck, for one tenant. */
export interface SoftruckState {
  vehicles: Map<string, VehicleState>;
  users: Map<string, UserState>;
}

/**
 * What Softruck holds because of the sync: Softruck ids and the attributes
 * last written. Each item is written right after its Softruck call
 * succeeds, so a crash loses at most the record of one call, which the
 * next attempt recovers through "Already Exists" and a lookup.
 */
export class SoftruckStateStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async load(tenantId: string): Promise<SoftruckState> {
    const items = await queryAll<Record<string, unknown>>(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.state(tenantId) },
      ConsistentRead: true,
    });
    const state: SoftruckState = { vehicles: new Map(), users: new Map() };
    for (const { pk: _pk, sk, ...rest } of items) {
      if (String(sk).startsWith('V#')) {
        const vehicle = rest as unknown as VehicleState;
        state.vehicles.set(vehicle.code, vehicle);
      } else {
        const user = rest as unknown as UserState;
        state.users.set(user.document, user);
      }
    }
    return state;
  }

  async putVehicle(tenantId: string, vehicle: VehicleState): Promise<void> {
    await this.put(tenantId, keys.stateVehicle(vehicle.code), vehicle);
  }

  async putUser(tenantId: string, user: UserState): Promise<void> {
    await this.put(tenantId, keys.stateUser(user.document), user);
  }

  /** Forgets a record whose Softruck id no longer exists. */
  async forgetVehicle(tenantId: string, code: string): Promise<void> {
    await this.db.send(
      new DeleteCommand({
        TableName: this.table,
        Key: { pk: keys.state(tenantId), sk: keys.stateVehicle(code) },
      }),
    );
  }

  /** Forgets a user whose Softruck id no longer exists. */
  async forgetUser(tenantId: string, document: string): Promise<void> {
    await this.db.send(
      new DeleteCommand({
        TableName: this.table,
        Key: { pk: keys.state(tenantId), sk: keys.stateUser(document) },
      }),
    );
  }

  private async put(tenantId: string, sk: string, item: object) {
    await this.db.send(
      new PutCommand({
        TableName: this.table,
        Item: { pk: keys.state(tenantId), sk, ...item },
      }),
    );
  }
}
