import middy from '@middy/core';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { loadEnv } from './config/env';
import { pageMessageSchema } from './queue/messages';
import { createServices } from './runtime/createServices';
import { sqsBatchHandler } from './runtime/sqsBatch';
import { readRunPage } from './sync/readRunPage';

const services = createServices(loadEnv());

/** Page worker: reads one SGA page per message of the FIFO page queue. */
export const handler = middy<SQSEvent, SQSBatchResponse>().handler(
  sqsBatchHandler(pageMessageSchema, (message) =>
    readRunPage(services, message),
  ),
);
