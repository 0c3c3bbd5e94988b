import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { synthSyncStack } from './syncTemplate';

const findingsOf = (report: ReturnType<AwsSolutionsChecks['validateScope']>) =>
  report.violations.flatMap((violation) =>
    violation.violatingResources.map(
      (resource) =>
        `${violation.severity} ${violation.ruleName} ${resource.constructPath}`,
    ),
  );

describe('SyncStack against cdk-nag AwsSolutions', () => {
  it.each([
    ['with an alarm topic', { alarmEmail: 'ops@example.com' }],
    ['without an alarm topic', {}],
  ])('reports no unacknowledged finding %s', (_name, context) => {
    // Prepare
    const { stack } = synthSyncStack(context);

    // Act
    const report = new AwsSolutionsChecks().validateScope(stack);

    // Assess: rule and path listed, so a failure says what to fix.
    expect(findingsOf(report)).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('still reports a finding added to the stack', () => {
    // Prepare: a queue without TLS enforcement nor dead-letter queue.
    const { stack } = synthSyncStack();
    new sqs.Queue(stack, 'Careless');

    // Act
    const report = new AwsSolutionsChecks().validateScope(stack);

    // Assess
    expect(findingsOf(report)).toEqual([
      'error AwsSolutions-SQS3 Test/Careless/Resource',
      'error AwsSolutions-SQS4 Test/Careless/Resource',
    ]);
  });
});
