import { Duration } from 'aws-cdk-lib';

/**
 * How long each Lambda may run. The queues derive their visibility
 * timeouts from these, so raising one keeps its queue consistent.
 */
export const FUNCTION_TIMEOUTS = {
  fanOut: Duration.minutes(5),
  pageWorker: Duration.minutes(10),
  reconciler: Duration.minutes(15),
} as const;

/**
 * AWS's advice for a queue read by Lambda: six times the function
 * timeout, so that a message is not handed to a second worker while the
 * first, retried after throttling, may still be working on it.
 */
const VISIBILITY_TO_TIMEOUT = 6;

/**
 * The visibility timeout for a queue whose consumer may run `timeout`.
 *
 * @example
 * visibilityTimeoutFor(Duration.minutes(10)).toMinutes(); // 60
 */
export function visibilityTimeoutFor(timeout: Duration): Duration {
  return Duration.seconds(timeout.toSeconds() * VISIBILITY_TO_TIMEOUT);
}
