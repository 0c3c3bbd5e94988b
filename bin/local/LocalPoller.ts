import {
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SQSClient,
  type Message,
} from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { logger } from '../../functions/observability/logger';
import { fakeContext, toRecord } from './lambdaShapes';

type SqsHandler = (
  event: SQSEvent,
  context: Context,
) => Promise<SQSBatchResponse>;

/** One queue and the handler Lambda would invoke for it. */
export interface Consumer {
  queueUrl: string;
  handler: SqsHandler;
  /** Parallel invocations, as an event source's maxConcurrency. */
  concurrency: number;
  batchSize: number;
}

/**
 * Delivers queue messages to handlers as Lambda's event source mapping
 * does: in batches, deleting what succeeded and leaving what failed (or
 * was reported in `batchItemFailures`) to come back after the visibility
 * timeout, until the queue's redrive moves it to the dead-letter queue.
 */
export class LocalPoller {
  private inFlight = 0;
  private stopped = false;
  private readonly sqs = new SQSClient({});
  private readonly loops: Promise<void>[] = [];

  constructor(private readonly consumers: Consumer[]) {}

  start(): void {
    for (const consumer of this.consumers) {
      for (let i = 0; i < consumer.concurrency; i++) {
        this.loops.push(this.loop(consumer));
      }
    }
  }

  /**
   * Resolves once every queue has stayed empty (nothing visible, in
   * flight or delayed) for a few checks in a row, or rejects at `timeoutMs`.
   */
  async drain(timeoutMs: number, onTick?: () => Promise<void>): Promise<void> {
    const end = Date.now() + timeoutMs;
    let quiet = 0;
    while (quiet < 3) {
      if (Date.now() > end) throw new Error('queues did not drain in time');
      await new Promise((r) => setTimeout(r, 500));
      await onTick?.();
      quiet = (await this.isIdle()) ? quiet + 1 : 0;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.loops);
  }

  private async isIdle(): Promise<boolean> {
    if (this.inFlight > 0) return false;
    for (const { queueUrl } of this.consumers) {
      const out = await this.sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl: queueUrl,
          AttributeNames: ['All'],
        }),
      );
      const a = out.Attributes ?? {};
      const pending =
        Number(a.ApproximateNumberOfMessages ?? 0) +
        Number(a.ApproximateNumberOfMessagesNotVisible ?? 0) +
        Number(a.ApproximateNumberOfMessagesDelayed ?? 0);
      if (pending > 0) return false;
    }
    return true;
  }

  /**
   * One event source poller. A failed poll or delete is logged and the
   * loop goes on, as Lambda's pollers do: a loop that ended would leave
   * its share of the queue to the others, or to no one.
   */
  private async loop(consumer: Consumer): Promise<void> {
    while (!this.stopped) {
      let messages: Message[];
      try {
        const out = await this.sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: consumer.queueUrl,
            MaxNumberOfMessages: consumer.batchSize,
            WaitTimeSeconds: 1,
            MessageSystemAttributeNames: ['All'],
          }),
        );
        messages = out.Messages ?? [];
      } catch (error) {
        logger.error('local poller: receive failed; polling again', { error });
        await new Promise((r) => setTimeout(r, 1000));
        continue;
      }
      if (messages.length === 0) continue;
      this.inFlight++;
      try {
        await this.deliver(consumer, messages);
      } catch (error) {
        // The messages come back after their visibility timeout.
        logger.error('local poller: delete failed', { error });
      } finally {
        this.inFlight--;
      }
    }
  }

  private async deliver(consumer: Consumer, messages: Message[]) {
    const records = messages.map((m) => toRecord(m, consumer.queueUrl));
    let failed: Set<string>;
    try {
      const response = await consumer.handler(
        { Records: records },
        fakeContext(),
      );
      failed = new Set(
        (response?.batchItemFailures ?? []).map((f) => f.itemIdentifier),
      );
    } catch (error) {
      // A thrown handler (or one middy timed out) fails the whole batch,
      // as in Lambda, where the function's own log would show why.
      logger.error('local poller: invocation failed; its messages return', {
        error,
        messages: records.length,
      });
      failed = new Set(records.map((r) => r.messageId));
    }
    const done = messages.filter((m) => !failed.has(m.MessageId ?? ''));
    if (done.length === 0) return;
    await this.sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: consumer.queueUrl,
        Entries: done.map((m, i) => ({
          Id: String(i),
          ReceiptHandle: m.ReceiptHandle,
        })),
      }),
    );
  }
}
