import { synthSyncStack } from './syncTemplate';

describe('SyncStack table', () => {
  let table: { Properties: Record<string, unknown>; DeletionPolicy?: string };

  beforeAll(() => {
    const tables = synthSyncStack().template.findResources(
      'AWS::DynamoDB::Table',
    );
    expect(Object.keys(tables)).toHaveLength(1);
    table = Object.values(tables)[0] as typeof table;
  });

  it('keys every item by string pk and sk', () => {
    // Act
    const { KeySchema, AttributeDefinitions } = table.Properties;

    // Assess
    expect(KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(AttributeDefinitions).toEqual([
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'S' },
    ]);
  });

  it('bills on demand', () => {
    // Act
    const billing = table.Properties.BillingMode;

    // Assess
    expect(billing).toBe('PAY_PER_REQUEST');
  });

  it('keeps point-in-time recovery on', () => {
    // Act
    const recovery = table.Properties.PointInTimeRecoverySpecification;

    // Assess
    expect(recovery).toEqual({ PointInTimeRecoveryEnabled: true });
  });

  it('encrypts at rest with a KMS key', () => {
    // Act
    const encryption = table.Properties.SSESpecification;

    // Assess: enabled without a key id means the AWS-managed KMS key.
    expect(encryption).toEqual({ SSEEnabled: true });
  });

  it('expires items by their expiresAt attribute', () => {
    // Act
    const ttl = table.Properties.TimeToLiveSpecification;

    // Assess
    expect(ttl).toEqual({ AttributeName: 'expiresAt', Enabled: true });
  });

  it('survives the deletion of the stack', () => {
    // Act
    const policy = table.DeletionPolicy;

    // Assess
    expect(policy).toBe('Retain');
  });
});
