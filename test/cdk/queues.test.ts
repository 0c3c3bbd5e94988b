import { Duration } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { visibilityTimeoutFor } from '../../lib/consumerTimeouts';
import { synthSyncStack, type SyncTemplate } from './syncTemplate';

import type { Template } from 'aws-cdk-lib/assertions';

describe('SyncStack queues', () => {
  let synth: SyncTemplate;
  let queues: ReturnType<Template['findResources']>;

  beforeAll(() => {
    synth = synthSyncStack();
    queues = synth.template.findResources('AWS::SQS::Queue');
  });

  const queueProps = (queue: Parameters<SyncTemplate['idOf']>[0]) =>
    queues[synth.idOf(queue)].Properties;
  const deadLetterIds = () =>
    synth.stack.queues.deadLetterQueues.map(({ queue }) => synth.idOf(queue));

  it('derives a visibility timeout of six times the consumer timeout', () => {
    // Act
    const visibility = visibilityTimeoutFor(Duration.minutes(10));

    // Assess
    expect(visibility.toMinutes()).toBe(60);
  });

  it('hides a message at least 6 times as long as its consumer runs', () => {
    // Prepare
    const functions = synth.template.findResources('AWS::Lambda::Function');
    const mappings = Object.values(
      synth.template.findResources('AWS::Lambda::EventSourceMapping'),
    );

    // Act
    const pairs = mappings.map(({ Properties: mapping }) => ({
      visibility:
        queues[mapping.EventSourceArn['Fn::GetAtt'][0]].Properties
          .VisibilityTimeout,
      timeout: functions[mapping.FunctionName.Ref].Properties.Timeout,
    }));

    // Assess
    expect(pairs).toHaveLength(2);
    for (const { visibility, timeout } of pairs) {
      expect(visibility).toBeGreaterThanOrEqual(6 * timeout);
    }
  });

  it('makes the page queue and its dead-letter queue FIFO', () => {
    // Prepare
    const page = queueProps(synth.stack.queues.pageQueue);

    // Act
    const dlqId = page.RedrivePolicy.deadLetterTargetArn['Fn::GetAtt'][0];

    // Assess
    expect(page.FifoQueue).toBe(true);
    expect(queues[dlqId].Properties.FifoQueue).toBe(true);
  });

  it('keeps the reconcile queue standard, for per-message delays', () => {
    // Act
    const reconcile = queueProps(synth.stack.queues.reconcileQueue);

    // Assess
    expect(reconcile.FifoQueue).toBeUndefined();
  });

  it('keeps dead letters 14 days in every dead-letter queue', () => {
    // Act
    const retention = deadLetterIds().map(
      (id) => queues[id].Properties.MessageRetentionPeriod,
    );

    // Assess
    expect(retention).toEqual([1209600, 1209600, 1209600]);
  });

  it('moves a message to its dead-letter queue after 5 receives', () => {
    // Prepare
    const { pageQueue, reconcileQueue } = synth.stack.queues;

    // Act
    const policies = [pageQueue, reconcileQueue].map(
      (queue) => queueProps(queue).RedrivePolicy,
    );

    // Assess
    const [pageDlq, reconcileDlq] = deadLetterIds();
    expect(policies).toEqual([
      {
        deadLetterTargetArn: { 'Fn::GetAtt': [pageDlq, 'Arn'] },
        maxReceiveCount: 5,
      },
      {
        deadLetterTargetArn: { 'Fn::GetAtt': [reconcileDlq, 'Arn'] },
        maxReceiveCount: 5,
      },
    ]);
  });

  it('encrypts every queue at rest', () => {
    // Act
    const encrypted = Object.values(queues).filter(
      ({ Properties }) => Properties.SqsManagedSseEnabled === true,
    );

    // Assess
    expect(Object.keys(queues)).toHaveLength(5);
    expect(encrypted).toHaveLength(5);
  });

  it('refuses requests without TLS on every queue', () => {
    // Act
    const denying = synth.template.findResources('AWS::SQS::QueuePolicy', {
      Properties: {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      },
    });

    // Assess
    expect(Object.keys(denying)).toHaveLength(5);
  });
});
