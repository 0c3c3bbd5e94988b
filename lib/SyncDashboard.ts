import { Duration, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { RUN_METRICS, runMetric } from './runMetrics';
import type { LabelledFunction } from './SyncFunctions';
import type { LabelledQueue } from './SyncQueues';

/** What the dashboard shows. */
export interface SyncDashboardProps {
  /** The queues that carry work, by label. */
  readonly workQueues: readonly { label: string; queue: sqs.IQueue }[];
  readonly deadLetterQueues: readonly LabelledQueue[];
  readonly functions: readonly LabelledFunction[];
  readonly alarms: readonly cloudwatch.IAlarm[];
}

const PERIOD = Duration.minutes(5);
const WIDTH = 12;

/**
 * One page for the morning after: alarm states first, then how much work
 * is waiting, whether functions fail or run long, and how runs ended.
 */
export class SyncDashboard extends Construct {
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: SyncDashboardProps) {
    super(scope, id);
    const graph = (title: string, left: cloudwatch.IMetric[]) =>
      new cloudwatch.GraphWidget({ title, left, width: WIDTH });
    const visible = (label: string, queue: sqs.IQueue) =>
      queue.metricApproximateNumberOfMessagesVisible({
        label,
        period: PERIOD,
        statistic: cloudwatch.Stats.MAXIMUM,
      });

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: `${Stack.of(this).stackName}-sync`,
      defaultInterval: Duration.days(1),
    });
    this.dashboard.addWidgets(
      new cloudwatch.AlarmStatusWidget({
        title: 'Alarms',
        alarms: [...props.alarms],
        width: 2 * WIDTH,
      }),
    );
    this.dashboard.addWidgets(
      graph(
        'Messages waiting',
        props.workQueues.map(({ label, queue }) => visible(label, queue)),
      ),
      graph(
        'Dead-letter messages',
        props.deadLetterQueues.map(({ label, queue }) => visible(label, queue)),
      ),
    );
    this.dashboard.addWidgets(
      graph(
        'Function errors',
        props.functions.map(({ label, function: fn }) =>
          fn.metricErrors({ label, period: PERIOD, statistic: 'Sum' }),
        ),
      ),
      graph(
        'Function duration (max)',
        props.functions.map(({ label, function: fn }) =>
          fn.metricDuration({ label, period: PERIOD, statistic: 'Maximum' }),
        ),
      ),
    );
    this.dashboard.addWidgets(
      graph(
        'Runs needing attention',
        RUN_METRICS.map(({ name }) => runMetric(name, PERIOD)),
      ),
    );
  }
}
