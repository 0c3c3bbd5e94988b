import { Duration, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { RUN_METRICS, runMetric } from './runMetrics';
import type { LabelledFunction } from './SyncFunctions';
import type { LabelledQueue } from './SyncQueues';

/** What is watched, and who is told. */
export interface SyncAlarmsProps {
  readonly deadLetterQueues: readonly LabelledQueue[];
  readonly functions: readonly LabelledFunction[];
  /** Subscribed to a new alarm topic; without it, alarms only show. */
  readonly alarmEmail?: string;
}

const PERIOD = Duration.minutes(5);

/**
 * One alarm per thing an operator must act on: a message in any
 * dead-letter queue, a failed, held or stuck run, a function error. Each
 * fires on the first occurrence; missing data (nothing happened) is fine.
 */
export class SyncAlarms extends Construct {
  readonly alarms: cloudwatch.Alarm[] = [];
  readonly topic?: sns.Topic;
  private readonly prefix: string;

  constructor(scope: Construct, id: string, props: SyncAlarmsProps) {
    super(scope, id);
    this.prefix = Stack.of(this).stackName;
    if (props.alarmEmail) {
      this.topic = new sns.Topic(this, 'Topic', { enforceSSL: true });
      this.topic.addSubscription(
        new subscriptions.EmailSubscription(props.alarmEmail),
      );
    }

    for (const { label, queue } of props.deadLetterQueues) {
      this.add(
        `${label}DeadLetters`,
        queue.metricApproximateNumberOfMessagesVisible({
          period: PERIOD,
          statistic: cloudwatch.Stats.MAXIMUM,
        }),
        `${label} dead-letter queue holds messages that failed every ` +
          'attempt; inspect them, fix the cause, then redrive.',
      );
    }
    for (const { name, meaning } of RUN_METRICS) {
      this.add(name, runMetric(name, PERIOD), meaning);
    }
    for (const { id: fnId, label, function: fn } of props.functions) {
      this.add(
        `${fnId}Errors`,
        fn.metricErrors({ period: PERIOD, statistic: cloudwatch.Stats.SUM }),
        `${label} function failed; its log group has the error.`,
      );
    }
  }

  private add(
    id: string,
    metric: cloudwatch.IMetric,
    description: string,
  ): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      alarmName: `${this.prefix}-${id}`,
      alarmDescription: description,
      metric,
      threshold: 0,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    if (this.topic) alarm.addAlarmAction(new actions.SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}
