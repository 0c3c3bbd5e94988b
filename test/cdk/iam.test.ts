import type * as lambda from 'aws-cdk-lib/aws-lambda';
import {
  actionsOf,
  allowing,
  resourcesOf,
  synthSyncStack,
  type PolicyStatement,
  type SyncTemplate,
} from './syncTemplate';

const TOKEN_PATTERN =
  'arn:<AWS::Partition>:secretsmanager:<AWS::Region>:<AWS::AccountId>' +
  ':secret:sga-softruck-sync/sga/*';

describe('SyncStack permissions', () => {
  let synth: SyncTemplate;
  let fanOut: PolicyStatement[];
  let pageWorker: PolicyStatement[];
  let reconciler: PolicyStatement[];

  beforeAll(() => {
    synth = synthSyncStack({ alarmEmail: 'ops@example.com' });
    const of = (fn: lambda.IFunction) => synth.statementsOf(fn.role!);
    fanOut = of(synth.stack.functions.fanOut);
    pageWorker = of(synth.stack.functions.pageWorker);
    reconciler = of(synth.stack.functions.reconciler);
  });

  const resourcesAllowing = (statements: PolicyStatement[], action: string) =>
    allowing(statements, action).flatMap(resourcesOf).sort();
  const arnOf = (construct: Parameters<SyncTemplate['idOf']>[0]) =>
    `<${synth.idOf(construct)}.Arn>`;

  it('grants no wildcard action and no bare wildcard resource', () => {
    // Prepare
    const policies = synth.template.findResources('AWS::IAM::Policy');

    // Act
    const statements = Object.values(policies).flatMap(
      (p) => p.Properties.PolicyDocument.Statement as PolicyStatement[],
    );

    // Assess
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(actionsOf(statement).filter((a) => a.includes('*'))).toEqual([]);
      expect(resourcesOf(statement)).not.toContain('*');
    }
  });

  it('attaches no AWS-managed policy to any role', () => {
    // Act
    const roles = synth.template.findResources('AWS::IAM::Role');

    // Assess
    for (const role of Object.values(roles)) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
  });

  it('lets only the SGA readers read tenant tokens, by name prefix', () => {
    // Act
    const reads = [fanOut, pageWorker, reconciler].map((s) =>
      resourcesAllowing(s, 'secretsmanager:GetSecretValue'),
    );

    // Assess
    const softruck = `<${synth.idOf(synth.stack.secrets.softruckSecret)}>`;
    expect(reads).toEqual([[TOKEN_PATTERN], [TOKEN_PATTERN], [softruck]]);
  });

  it('moves the token grant with sgaTokenSecretPrefix', () => {
    // Prepare
    const custom = synthSyncStack({ sgaTokenSecretPrefix: 'acme/sga/' });

    // Act
    const reads = resourcesAllowing(
      custom.statementsOf(custom.stack.functions.pageWorker.role!),
      'secretsmanager:GetSecretValue',
    );

    // Assess
    expect(reads).toEqual([
      TOKEN_PATTERN.replace('sga-softruck-sync/', 'acme/'),
    ]);
  });

  it('gives each function item access to the table only, without Scan', () => {
    // Prepare
    const table = arnOf(synth.stack.table.table);

    // Act
    const granted = [fanOut, pageWorker, reconciler].map((statements) => ({
      puts: resourcesAllowing(statements, 'dynamodb:PutItem'),
      scans: allowing(statements, 'dynamodb:Scan'),
    }));

    // Assess
    for (const { puts, scans } of granted) {
      expect(puts).toEqual([table]);
      expect(scans).toEqual([]);
    }
  });

  it('lets each function send only to the queues it feeds', () => {
    // Prepare
    const page = arnOf(synth.stack.queues.pageQueue);
    const reconcile = arnOf(synth.stack.queues.reconcileQueue);

    // Act
    const sends = [fanOut, pageWorker, reconciler].map((s) =>
      resourcesAllowing(s, 'sqs:SendMessage'),
    );

    // Assess
    expect(sends).toEqual([
      [page, reconcile].sort(),
      [page, reconcile].sort(),
      [reconcile],
    ]);
  });

  it('lets the page worker change visibility of its own queue only', () => {
    // Act
    const changes = resourcesAllowing(
      pageWorker,
      'sqs:ChangeMessageVisibility',
    );

    // Assess
    expect(changes).toEqual([arnOf(synth.stack.queues.pageQueue)]);
  });

  it('lets each function write only to its own log group', () => {
    // Prepare
    const { functions } = synth.stack;

    // Act
    const writes = [fanOut, pageWorker, reconciler].map((s) =>
      resourcesAllowing(s, 'logs:PutLogEvents'),
    );

    // Assess
    const groups = [
      functions.fanOut,
      functions.pageWorker,
      functions.reconciler,
    ]
      .map((fn) => fn.logGroup)
      .map((group) => [arnOf(group)]);
    expect(writes).toEqual(groups);
  });

  it('lets the schedules invoke the fan-out and nothing else', () => {
    // Prepare
    const role =
      synth.stack.schedules.daily.node.scope!.node.findChild('InvokerRole');
    const fn = arnOf(synth.stack.functions.fanOut);

    // Act
    const statements = synth.statementsOf(role as never);

    // Assess
    expect(resourcesAllowing(statements, 'lambda:InvokeFunction')).toEqual([
      fn,
      `${fn}:*`,
    ]);
    expect(resourcesAllowing(statements, 'sqs:SendMessage')).toEqual([
      arnOf(synth.stack.queues.schedulerDeadLetterQueue),
    ]);
  });
});
