import type {
  SQSBatchItemFailure,
  SQSBatchResponse,
  SQSEvent,
  SQSRecord,
} from 'aws-lambda';
import type { ZodType } from 'zod';
import { formatIssues } from '../config/formatIssues';
import { logger, withLogContext } from '../observability/logger';

/**
 * Wraps a per-message function into an SQS batch handler: each body is
 * parsed with `schema`, processed with the message id (and its tenant, run
 * and page) on every log line, and a failure reports that message alone
 * for retry. A body that can never be parsed is logged and dropped: a
 * retry could not fix it, and it must not block the rest of the batch.
 */
export function sqsBatchHandler<T extends object>(
  schema: ZodType<T>,
  processOne: (message: T, record: SQSRecord) => Promise<void>,
): (event: SQSEvent) => Promise<SQSBatchResponse> {
  return async (event) => {
    const batchItemFailures: SQSBatchItemFailure[] = [];
    for (const record of event.Records) {
      await withLogContext({ messageId: record.messageId }, async () => {
        const parsed = parseBody(record.body, schema);
        if (!parsed.ok) {
          logger.error('message dropped: malformed body', {
            reason: parsed.reason,
          });
          return;
        }
        const ids = parsed.value as Record<string, unknown>;
        await withLogContext(
          {
            tenantId: ids.tenantId as string | undefined,
            runId: ids.runId as string | undefined,
            page: ids.page as number | undefined,
          },
          async () => {
            try {
              await processOne(parsed.value, record);
            } catch (error) {
              logger.error('message failed; it will be retried', { error });
              batchItemFailures.push({ itemIdentifier: record.messageId });
            }
          },
        );
      });
    }
    return { batchItemFailures };
  };
}

function parseBody<T>(
  body: string,
  schema: ZodType<T>,
): { ok: true; value: T } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const parsed = schema.safeParse(json);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, reason: formatIssues(parsed.error) };
}
