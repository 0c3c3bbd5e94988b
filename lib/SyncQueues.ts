import { Duration, Validations } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { visibilityTimeoutFor } from './consumerTimeouts';

/** Timeouts of the functions that read each queue. */
export interface SyncQueuesProps {
  readonly pageConsumerTimeout: Duration;
  readonly reconcileConsumerTimeout: Duration;
}

/** A dead-letter queue with the words alarms and the dashboard use. */
export interface LabelledQueue {
  readonly label: string;
  readonly queue: sqs.Queue;
}

// Never 1: a throttled delivery counts as a receive, so a busy minute
// would otherwise bury healthy messages in the dead-letter queue.
const MAX_RECEIVE_COUNT = 5;
// The longest SQS keeps anything: two weeks to notice and redrive.
const DEAD_LETTER_RETENTION = Duration.days(14);

const SECURE = {
  encryption: sqs.QueueEncryption.SQS_MANAGED,
  enforceSSL: true,
} as const;

/**
 * The pipeline's queues. The page queue is FIFO with the tenant as the
 * message group, so one tenant's pages are read one at a time (SGA blocks
 * tokens that read in bulk) while tenants proceed side by side. The
 * reconcile queue is standard: it needs per-message delays, which FIFO
 * queues lack.
 */
export class SyncQueues extends Construct {
  readonly pageQueue: sqs.Queue;
  readonly reconcileQueue: sqs.Queue;
  /** Where EventBridge Scheduler puts invocations it could not deliver. */
  readonly schedulerDeadLetterQueue: sqs.Queue;
  readonly deadLetterQueues: readonly LabelledQueue[];

  constructor(scope: Construct, id: string, props: SyncQueuesProps) {
    super(scope, id);
    const pageDlq = new sqs.Queue(this, 'PageDeadLetterQueue', {
      ...SECURE,
      fifo: true,
      retentionPeriod: DEAD_LETTER_RETENTION,
    });
    this.pageQueue = new sqs.Queue(this, 'PageQueue', {
      ...SECURE,
      fifo: true,
      // Senders that give no deduplication id still get exactly-once
      // enqueueing of an identical page message within five minutes.
      contentBasedDeduplication: true,
      visibilityTimeout: visibilityTimeoutFor(props.pageConsumerTimeout),
      deadLetterQueue: { queue: pageDlq, maxReceiveCount: MAX_RECEIVE_COUNT },
    });

    const reconcileDlq = new sqs.Queue(this, 'ReconcileDeadLetterQueue', {
      ...SECURE,
      retentionPeriod: DEAD_LETTER_RETENTION,
    });
    this.reconcileQueue = new sqs.Queue(this, 'ReconcileQueue', {
      ...SECURE,
      visibilityTimeout: visibilityTimeoutFor(props.reconcileConsumerTimeout),
      deadLetterQueue: {
        queue: reconcileDlq,
        maxReceiveCount: MAX_RECEIVE_COUNT,
      },
    });

    this.schedulerDeadLetterQueue = new sqs.Queue(
      this,
      'SchedulerDeadLetterQueue',
      { ...SECURE, retentionPeriod: DEAD_LETTER_RETENTION },
    );
    Validations.of(this.schedulerDeadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is the dead-letter queue of the EventBridge schedules ' +
        '(set on the schedule target, which cdk-nag does not follow); ' +
        'nothing consumes it, so it needs no dead-letter queue of its own.',
    });

    this.deadLetterQueues = [
      { label: 'Page', queue: pageDlq },
      { label: 'Reconcile', queue: reconcileDlq },
      { label: 'Scheduler', queue: this.schedulerDeadLetterQueue },
    ];
  }
}
