import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
} from '@aws-sdk/lib-dynamodb';
import { type Tenant, tenantSchema } from '../tenants/tenantSchema';
import { queryAll } from './dynamo';
import { keys } from './keys';

/** Tenant settings in the table. Tokens are not here: see SecretStore. */
export class TenantStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async put(tenant: Tenant): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.table,
        Item: { pk: keys.tenants(), sk: tenant.id, ...tenant },
      }),
    );
  }

  async get(tenantId: string): Promise<Tenant | undefined> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.table,
        Key: { pk: keys.tenants(), sk: tenantId },
      }),
    );
    return out.Item ? parseStored(out.Item) : undefined;
  }

  async list(): Promise<Tenant[]> {
    const items = await queryAll<Record<string, unknown>>(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.tenants() },
    });
    return items.map(parseStored);
  }
}

function parseStored(item: Record<string, unknown>): Tenant {
  const { pk: _pk, sk: _sk, ...rest } = item;
  return tenantSchema.parse(rest);
}
