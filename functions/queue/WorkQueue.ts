import {
  SendMessageBatchCommand,
  type SendMessageBatchRequestEntry,
  SendMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { PageMessage, ReconcileMessage } from './messages';

const BATCH_LIMIT = 10;

/**
 * Sends the pipeline's messages. Pages go to a FIFO queue grouped by
 * tenant, so one tenant's pages are read one at a time while tenants
 * proceed in parallel.
 */
export class WorkQueue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly pageQueueUrl: string,
    private readonly reconcileQueueUrl: string,
  ) {}

  /**
   * Sends page messages ten at a time. `generation` separates a resumed
   * run's messages from the first ones, which the FIFO queue would
   * otherwise drop as duplicates.
   */
  async sendPages(pages: PageMessage[], generation = 0): Promise<void> {
    for (let i = 0; i < pages.length; i += BATCH_LIMIT) {
      const entries: SendMessageBatchRequestEntry[] = pages
        .slice(i, i + BATCH_LIMIT)
        .map((m, j) => ({
          Id: String(j),
          MessageBody: JSON.stringify(m),
          MessageGroupId: m.tenantId,
          MessageDeduplicationId: dedupId(m, generation),
        }));
      await this.sendBatch(this.pageQueueUrl, entries);
    }
  }

  async sendReconcile(message: ReconcileMessage, delaySeconds = 0) {
    await this.sqs.send(
      new SendMessageCommand({
        QueueUrl: this.reconcileQueueUrl,
        MessageBody: JSON.stringify(message),
        DelaySeconds: Math.min(900, Math.max(0, Math.round(delaySeconds))),
      }),
    );
  }

  /** A 200 answer can still list failed entries: those are sent again. */
  private async sendBatch(
    url: string,
    entries: SendMessageBatchRequestEntry[],
  ): Promise<void> {
    let pending = entries;
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > 5) {
        throw new Error(`${pending.length} messages could not be sent`);
      }
      const out = await this.sqs.send(
        new SendMessageBatchCommand({ QueueUrl: url, Entries: pending }),
      );
      const failed = new Set((out.Failed ?? []).map((f) => f.Id));
      pending = pending.filter((e) => failed.has(e.Id));
    }
  }
}

function dedupId(m: PageMessage, generation: number): string {
  const raw = `${m.tenantId}.${m.runId}.${m.page}.${generation}`;
  return raw.replace(/[^A-Za-z0-9.\-_]/g, '_').slice(0, 128);
}
