import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { FUNCTION_TIMEOUTS } from './consumerTimeouts';
import { SyncAlarms } from './SyncAlarms';
import { SyncDashboard } from './SyncDashboard';
import { SyncFunctions } from './SyncFunctions';
import { SyncQueues } from './SyncQueues';
import { SyncSchedules } from './SyncSchedules';
import { SyncSecrets } from './SyncSecrets';
import {
  resolveSyncSettings,
  type SyncSettings,
  type SyncSettingsInput,
} from './SyncSettings';
import { SyncTable } from './SyncTable';

/** Stack props plus the sync's settings, each also readable from context. */
export type SyncStackProps = StackProps & SyncSettingsInput;

/**
 * The whole sync on AWS: schedules start the fan-out, which queues one
 * message per SGA page; page workers read the pages one tenant at a time;
 * the reconciler writes the changes to Softruck within its rate budget.
 *
 * @example
 * new SyncStack(app, 'SgaSoftruckSync', { scheduleHour: 4 });
 */
export class SyncStack extends Stack {
  readonly settings: SyncSettings;
  readonly table: SyncTable;
  readonly queues: SyncQueues;
  readonly secrets: SyncSecrets;
  readonly functions: SyncFunctions;
  readonly schedules: SyncSchedules;
  readonly alarms: SyncAlarms;
  readonly dashboard: SyncDashboard;

  constructor(scope: Construct, id: string, props: SyncStackProps = {}) {
    super(scope, id, props);
    const settings = resolveSyncSettings(this.node, props);
    this.settings = settings;

    this.table = new SyncTable(this, 'State');
    this.queues = new SyncQueues(this, 'Queues', {
      pageConsumerTimeout: FUNCTION_TIMEOUTS.pageWorker,
      reconcileConsumerTimeout: FUNCTION_TIMEOUTS.reconciler,
    });
    this.secrets = new SyncSecrets(this, 'Secrets', settings);
    this.functions = new SyncFunctions(this, 'Functions', {
      settings,
      table: this.table,
      queues: this.queues,
      secrets: this.secrets,
    });
    this.schedules = new SyncSchedules(this, 'Schedules', {
      fanOut: this.functions.fanOut,
      deadLetterQueue: this.queues.schedulerDeadLetterQueue,
      scheduleHour: settings.scheduleHour,
    });
    this.alarms = new SyncAlarms(this, 'Alarms', {
      deadLetterQueues: this.queues.deadLetterQueues,
      functions: this.functions.all,
      alarmEmail: settings.alarmEmail,
    });
    this.dashboard = new SyncDashboard(this, 'Dashboard', {
      workQueues: [
        { label: 'Pages', queue: this.queues.pageQueue },
        { label: 'Reconcile', queue: this.queues.reconcileQueue },
      ],
      deadLetterQueues: this.queues.deadLetterQueues,
      functions: this.functions.all,
      alarms: this.alarms.alarms,
    });
    this.addOutputs();
  }

  /** What the operator's command line and the console runbook need. */
  private addOutputs(): void {
    const outputs: Record<string, string> = {
      TableName: this.table.table.tableName,
      PageQueueUrl: this.queues.pageQueue.queueUrl,
      ReconcileQueueUrl: this.queues.reconcileQueue.queueUrl,
      FanOutFunctionName: this.functions.fanOut.functionName,
      SoftruckSecretArn: this.secrets.softruckSecret.secretArn,
      SgaTokenSecretPrefix: this.settings.sgaTokenSecretPrefix,
      DashboardName: this.dashboard.dashboard.dashboardName,
    };
    for (const [id, value] of Object.entries(outputs)) {
      new CfnOutput(this, id, { value });
    }
  }
}
