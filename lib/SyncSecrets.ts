import { Aws, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

/** Names the operator chose for the secrets. */
export interface SyncSecretsProps {
  readonly softruckSecretName: string;
  readonly sgaTokenSecretPrefix: string;
}

/**
 * The Softruck credentials, created here with a placeholder that the
 * operator replaces, and access to the tenants' SGA tokens, which the
 * operator's command line creates later under a name prefix.
 */
export class SyncSecrets extends Construct {
  readonly softruckSecret: secretsmanager.Secret;
  /** ARN pattern matching every tenant token secret, and only those. */
  readonly sgaTokenSecretArnPattern: string;
  /** How cdk-nag names the wildcard in that pattern. */
  private readonly sgaTokenFinding: string;

  constructor(scope: Construct, id: string, props: SyncSecretsProps) {
    super(scope, id);
    this.softruckSecret = new secretsmanager.Secret(this, 'SoftruckSecret', {
      secretName: props.softruckSecretName,
      description:
        'Softruck API login: JSON {"username","password","publicKey"}. ' +
        'The generated password is a placeholder; replace the whole value.',
      generateSecretString: {
        secretStringTemplate: JSON.stringify({ username: '', publicKey: '' }),
        generateStringKey: 'password',
      },
      // Credentials typed in by hand would be lost with the stack.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.softruckSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The secret holds a login issued by Softruck, a third party: ' +
        'rotating it means changing the password at Softruck, which the ' +
        'operator does by hand and then updates here.',
    });

    // Secrets Manager appends six random characters to every secret ARN,
    // so a name prefix can only be matched with a trailing wildcard.
    // Pseudo parameters rather than the stack's region and account, so
    // the pattern, and the cdk-nag finding naming it, read the same in
    // every template.
    this.sgaTokenSecretArnPattern =
      `arn:${Aws.PARTITION}:secretsmanager:${Aws.REGION}:${Aws.ACCOUNT_ID}` +
      `:secret:${props.sgaTokenSecretPrefix}*`;
    this.sgaTokenFinding =
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:secretsmanager:' +
      `<AWS::Region>:<AWS::AccountId>:secret:${props.sgaTokenSecretPrefix}*]`;
  }

  /** Lets `grantee` read the SGA token of any tenant. */
  grantReadSgaTokens(grantee: iam.IGrantable): void {
    iam.Grant.addToPrincipal({
      grantee,
      actions: ['secretsmanager:GetSecretValue'],
      resourceArns: [this.sgaTokenSecretArnPattern],
    });
    const principal = grantee.grantPrincipal;
    if (Construct.isConstruct(principal)) {
      Validations.of(principal).acknowledge({
        id: this.sgaTokenFinding,
        reason:
          'Tenant token secrets are created after deployment, one per ' +
          'tenant, so only their name prefix is known; Secrets Manager ' +
          'also suffixes every ARN with random characters.',
      });
    }
  }
}
