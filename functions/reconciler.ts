import middy from '@middy/core';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { loadEnv } from './config/env';
import { reconcileMessageSchema } from './queue/messages';
import { createServices } from './runtime/createServices';
import { sqsBatchHandler } from './runtime/sqsBatch';
import { reconcileRun } from './sync/reconcileRun';

const services = createServices(loadEnv());

/** Reconciler: applies a read run to Softruck, one run per message. */
export const handler = middy<SQSEvent, SQSBatchResponse>().handler(
  sqsBatchHandler(reconcileMessageSchema, (message) =>
    reconcileRun(services, message),
  ),
);
