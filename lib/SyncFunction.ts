import * as path from 'node:path';
import { Duration, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** What differs between the pipeline's functions. */
export interface SyncFunctionProps {
  /** File name in `functions/`, without extension: `fanOut`. */
  readonly entry: string;
  readonly description: string;
  readonly timeout: Duration;
  readonly memorySize: number;
  readonly environment: Record<string, string>;
}

const FUNCTIONS_DIR = path.join(__dirname, '..', 'functions');

/**
 * One Lambda of the pipeline: Node.js 22 on arm64, bundled by esbuild
 * with source maps, with its own role and log group so that its
 * permissions start from nothing and grow only by explicit grants.
 */
export class SyncFunction extends Construct {
  readonly function: nodejs.NodejsFunction;

  constructor(scope: Construct, id: string, props: SyncFunctionProps) {
    super(scope, id);
    const logGroup = new logs.LogGroup(this, 'Logs', {
      retention: logs.RetentionDays.THREE_MONTHS,
    });
    // A role of our own instead of the default one, which carries the
    // AWS-managed basic execution policy (logs on every group).
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs the ${props.entry} function`,
    });
    logGroup.grantWrite(role);

    this.function = new nodejs.NodejsFunction(this, 'Function', {
      entry: path.join(FUNCTIONS_DIR, `${props.entry}.ts`),
      handler: 'handler',
      description: props.description,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      timeout: props.timeout,
      memorySize: props.memorySize,
      role,
      logGroup,
      environment: {
        ...props.environment,
        // esbuild writes the map; Node only reads it when told to.
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        sourceMap: true,
        target: 'node22',
        // The SDK is bundled too, so production runs the versions the
        // tests ran, not whatever the runtime ships that month.
        externalModules: [],
      },
    });
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 is the runtime the code is built and tested for (its ' +
        'dependencies are pinned to versions that support 20 and 22); a ' +
        'newer runtime is adopted deliberately, after the suite runs on it.',
    });
  }
}
