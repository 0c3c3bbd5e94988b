import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Construct } from 'constructs';
import { FUNCTION_TIMEOUTS } from './consumerTimeouts';
import { SyncFunction } from './SyncFunction';
import type { SyncQueues } from './SyncQueues';
import type { SyncSecrets } from './SyncSecrets';
import type { SyncSettings } from './SyncSettings';
import type { SyncTable } from './SyncTable';

/** What the functions are wired to. */
export interface SyncFunctionsProps {
  readonly settings: SyncSettings;
  readonly table: SyncTable;
  readonly queues: SyncQueues;
  readonly secrets: SyncSecrets;
}

/** A function with the words alarms and the dashboard use for it. */
export interface LabelledFunction {
  /** PascalCase, for construct ids: `PageWorker`. */
  readonly id: string;
  readonly label: string;
  readonly function: lambda.IFunction;
}

const SERVICE_NAME = 'sga-softruck-sync';

// The Softruck budget is shared through a rate item in the table anyway;
// two reconcilers keep tenants moving without queueing on that item.
export const RECONCILER_MAX_CONCURRENCY = 2;

/**
 * The three Lambdas of the pipeline, with the environment each reads,
 * the grants each needs and the queues that feed them: fan-out (starts a
 * run per tenant), page worker (reads one SGA page), reconciler (writes
 * the changes to Softruck).
 */
export class SyncFunctions extends Construct {
  readonly fanOut: lambda.Function;
  readonly pageWorker: lambda.Function;
  readonly reconciler: lambda.Function;
  readonly all: readonly LabelledFunction[];

  constructor(scope: Construct, id: string, props: SyncFunctionsProps) {
    super(scope, id);
    const { settings, table, queues, secrets } = props;
    const common = {
      TABLE_NAME: table.table.tableName,
      PAGE_QUEUE_URL: queues.pageQueue.queueUrl,
      RECONCILE_QUEUE_URL: queues.reconcileQueue.queueUrl,
      SERVICE_NAME,
      LOG_LEVEL: settings.logLevel,
    };
    const sga = {
      SGA_TOKEN_SECRET_PREFIX: settings.sgaTokenSecretPrefix,
      SGA_BASE_URL: settings.sgaBaseUrl,
      SGA_MIN_INTERVAL_MS: String(settings.sgaMinIntervalMs),
    };
    const softruck = {
      SOFTRUCK_SECRET_ID: secrets.softruckSecret.secretArn,
      SOFTRUCK_BASE_URL: settings.softruckBaseUrl,
      SOFTRUCK_RATE_PER_MINUTE: String(settings.softruckRatePerMinute),
    };

    this.fanOut = new SyncFunction(this, 'FanOut', {
      entry: 'fanOut',
      description: 'Starts a run per tenant; resumes paused and stuck runs',
      timeout: FUNCTION_TIMEOUTS.fanOut,
      memorySize: 256,
      environment: { ...common, ...sga },
    }).function;
    this.pageWorker = new SyncFunction(this, 'PageWorker', {
      entry: 'pageWorker',
      description: 'Reads one SGA page of one tenant run',
      timeout: FUNCTION_TIMEOUTS.pageWorker,
      memorySize: 512,
      environment: { ...common, ...sga },
    }).function;
    this.reconciler = new SyncFunction(this, 'Reconciler', {
      entry: 'reconciler',
      description: 'Writes the changes of a run to Softruck, within its budget',
      timeout: FUNCTION_TIMEOUTS.reconciler,
      memorySize: 512,
      environment: { ...common, ...softruck },
    }).function;

    for (const fn of [this.fanOut, this.pageWorker, this.reconciler]) {
      table.grantItemAccess(fn);
    }
    secrets.grantReadSgaTokens(this.fanOut);
    secrets.grantReadSgaTokens(this.pageWorker);
    secrets.softruckSecret.grantRead(this.reconciler);
    queues.pageQueue.grantSendMessages(this.fanOut);
    queues.pageQueue.grantSendMessages(this.pageWorker);
    // Finishing a stuck run, on the resume schedule, may mean handing a
    // fully read run to the reconciler.
    queues.reconcileQueue.grantSendMessages(this.fanOut);
    queues.reconcileQueue.grantSendMessages(this.pageWorker);
    queues.reconcileQueue.grantSendMessages(this.reconciler);

    // One message per invocation: a page takes minutes, and a failure then
    // returns exactly that page to the queue. The mapping also grants
    // ChangeMessageVisibility, which the page worker uses to back off.
    this.pageWorker.addEventSource(
      new SqsEventSource(queues.pageQueue, {
        batchSize: 1,
        reportBatchItemFailures: true,
        maxConcurrency: settings.pageWorkerMaxConcurrency,
      }),
    );
    this.reconciler.addEventSource(
      new SqsEventSource(queues.reconcileQueue, {
        batchSize: 1,
        reportBatchItemFailures: true,
        maxConcurrency: RECONCILER_MAX_CONCURRENCY,
      }),
    );

    this.all = [
      { id: 'FanOut', label: 'Fan-out', function: this.fanOut },
      { id: 'PageWorker', label: 'Page worker', function: this.pageWorker },
      { id: 'Reconciler', label: 'Reconciler', function: this.reconciler },
    ];
  }
}
