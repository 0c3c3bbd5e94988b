import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

/**
 * The item calls the functions make. No Scan, no streams, no
 * transactions: the state store is designed to need none of them.
 */
const ITEM_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
];

/**
 * The single table holding tenants, runs, records read, the sync's view
 * of Softruck and the shared rate budget (`pk`/`sk`, both strings).
 */
export class SyncTable extends Construct {
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // Records read by a run expire by themselves; settings and the sync's
      // view of Softruck carry no `expiresAt` and stay.
      timeToLiveAttribute: 'expiresAt',
      // The table is the sync's memory of which Softruck records it manages;
      // deleting the stack must not erase it.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /** Lets `grantee` read and write items, and nothing else. */
  grantItemAccess(grantee: iam.IGrantable): void {
    this.table.grant(grantee, ...ITEM_ACTIONS);
  }
}
