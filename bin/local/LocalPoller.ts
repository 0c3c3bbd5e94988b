import {
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SQSClient,
  type Message,
} from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
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

  private async loop(consumer: Consumer): Promise<void> {
    while (!this.stopped) {
      const out = await this.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: consumer.queueUrl,
          MaxNumberOfMessages: consumer.batchSize,
          WaitTimeSeconds: 1,
          MessageSystemAttributeNames: ['All'],
        }),
      );
      const messages = out.Messages ?? [];
      if (messages.length === 0) continue;
      this.inFlight++;
      try {
        await this.deliver(consumer, messages);
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
    } catch {
      // A thrown handler fails the whole batch, as in Lambda.
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
