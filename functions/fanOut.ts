import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { loadEnv } from './config/env';
import { withLogContext } from './observability/logger';
import { createServices } from './runtime/createServices';
import { fanOut } from './sync/fanOut';

const services = createServices(loadEnv());

/**
 * Fan-out: starts the day's runs (from the schedule), resumes paused ones
 * (`{"action":"resume"}`), or runs what a console test event names.
 */
export const handler = middy().handler((event: unknown, context: Context) =>
  withLogContext({ requestId: context.awsRequestId }, () =>
    fanOut(services, event),
  ),
);
