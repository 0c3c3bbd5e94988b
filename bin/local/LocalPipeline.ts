import type { Context } from 'aws-lambda';
import { loadEnv } from '../../functions/config/env';
import { setMetricSink } from '../../functions/observability/metrics';
import { createServices } from '../../functions/runtime/createServices';
import type { Services } from '../../functions/runtime/services';
import { fakeContext } from './lambdaShapes';
import { LocalPoller } from './LocalPoller';
import {
  type LocalAws,
  type LocalAwsOptions,
  startLocalAws,
} from './startLocalAws';

type Handler = (event: unknown, context: Context) => Promise<unknown>;

/** The three Lambda handlers, running against local AWS stand-ins. */
export interface LocalPipeline {
  aws: LocalAws;
  services: Services;
  invokeFanOut(event: object): Promise<unknown>;
  /** Delivers messages until every queue is empty. */
  drain(timeoutMs: number, onTick?: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

let started = false;

/**
 * Starts local AWS, points this process's environment at it and loads the
 * very handlers Lambda runs, fed by a local poller per queue. The
 * handlers read their configuration once, when loaded, so one process
 * hosts one pipeline.
 */
export async function startLocalPipeline(
  stateDir?: string,
  concurrency = { pages: 4, reconcile: 2 },
  awsOptions: LocalAwsOptions = {},
): Promise<LocalPipeline> {
  if (started) throw new Error('one local pipeline per process');
  started = true;
  // Metric lines are for Lambda's log agent; here they would bury the
  // reports on stdout. A test that wants them sets a sink after this.
  setMetricSink(() => undefined);
  const aws = await startLocalAws(stateDir, awsOptions);
  Object.assign(process.env, aws.env);
  const services = createServices(loadEnv());
  /* eslint-disable @typescript-eslint/no-require-imports */
  const fanOut = require('../../functions/fanOut').handler as Handler;
  const pageWorker = require('../../functions/pageWorker').handler;
  const reconciler = require('../../functions/reconciler').handler;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const poller = new LocalPoller([
    {
      queueUrl: aws.queues.page,
      handler: pageWorker,
      concurrency: concurrency.pages,
      batchSize: 1,
    },
    {
      queueUrl: aws.queues.reconcile,
      handler: reconciler,
      concurrency: concurrency.reconcile,
      batchSize: 1,
    },
  ]);
  poller.start();
  return {
    aws,
    services,
    invokeFanOut: (event) => fanOut(event, fakeContext()),
    drain: (timeoutMs, onTick) => poller.drain(timeoutMs, onTick),
    async close() {
      await poller.stop();
      await aws.close();
    },
  };
}
