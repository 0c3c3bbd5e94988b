import { createHash, randomUUID } from 'node:crypto';
import { logger } from '../../functions/observability/logger';

/** How a local queue behaves; the subset of SQS attributes the sync uses. */
export interface QueueOptions {
  fifo: boolean;
  visibilityTimeoutS: number;
  /** Where a message goes after this many receives, as a redrive policy. */
  deadLetter?: { queue: string; maxReceiveCount: number };
}

interface Message {
  id: string;
  body: string;
  md5: string;
  sentAt: number;
  visibleAt: number;
  receiveCount: number;
  receipt?: string;
  groupId?: string;
}

const DEDUP_WINDOW_MS = 5 * 60_000;

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/**
 * In-memory queues with the semantics the pipeline relies on: visibility
 * timeouts and redelivery, redrive to a dead-letter queue after
 * `maxReceiveCount` receives, per-message delays, and for FIFO queues
 * deduplication and one message in flight per group, in order.
 */
export class LocalSqs {
  private readonly queues = new Map<
    string,
    { options: QueueOptions; messages: Message[]; dedup: Map<string, number> }
  >();

  createQueue(name: string, options: QueueOptions): void {
    this.queues.set(name, { options, messages: [], dedup: new Map() });
  }

  send(
    name: string,
    body: string,
    extra: { delayS?: number; groupId?: string; dedupId?: string } = {},
  ): { id: string; md5: string } {
    const queue = this.queue(name);
    const now = Date.now();
    const id = randomUUID();
    if (queue.options.fifo && extra.dedupId) {
      const seen = queue.dedup.get(extra.dedupId);
      if (seen !== undefined && now - seen < DEDUP_WINDOW_MS) {
        return { id, md5: md5(body) };
      }
      queue.dedup.set(extra.dedupId, now);
    }
    queue.messages.push({
      id,
      body,
      md5: md5(body),
      sentAt: now,
      visibleAt: now + (extra.delayS ?? 0) * 1000,
      receiveCount: 0,
      groupId: extra.groupId,
    });
    return { id, md5: md5(body) };
  }

  receive(name: string, max: number): (Message & { receipt: string })[] {
    const queue = this.queue(name);
    const now = Date.now();
    this.redrive(name, now);
    const busyGroups = new Set<string>();
    const taken: (Message & { receipt: string })[] = [];
    for (const m of queue.messages) {
      const group = m.groupId ?? '';
      if (queue.options.fifo && busyGroups.has(group)) continue;
      if (m.visibleAt > now) {
        // In flight (or delayed): its group waits behind it.
        if (queue.options.fifo && m.receipt) busyGroups.add(group);
        continue;
      }
      if (taken.length >= max) continue;
      m.receiveCount++;
      m.receipt = randomUUID();
      m.visibleAt = now + queue.options.visibilityTimeoutS * 1000;
      taken.push({ ...m, receipt: m.receipt });
      if (queue.options.fifo) busyGroups.add(group);
    }
    return taken;
  }

  delete(name: string, receipt: string): void {
    const queue = this.queue(name);
    queue.messages = queue.messages.filter((m) => m.receipt !== receipt);
  }

  changeVisibility(name: string, receipt: string, timeoutS: number): void {
    const m = this.queue(name).messages.find((x) => x.receipt === receipt);
    if (m) m.visibleAt = Date.now() + timeoutS * 1000;
  }

  counts(name: string) {
    const now = Date.now();
    const messages = this.queue(name).messages;
    const inFlight = messages.filter((m) => m.visibleAt > now && m.receipt);
    const delayed = messages.filter((m) => m.visibleAt > now && !m.receipt);
    return {
      visible: messages.length - inFlight.length - delayed.length,
      inFlight: inFlight.length,
      delayed: delayed.length,
    };
  }

  bodies(name: string): string[] {
    return this.queue(name).messages.map((m) => m.body);
  }

  has(name: string): boolean {
    return this.queues.has(name);
  }

  /** Moves messages received too often, and visible again, to the DLQ. */
  private redrive(name: string, now: number): void {
    const queue = this.queue(name);
    const dlq = queue.options.deadLetter;
    if (!dlq) return;
    const [dead, alive] = partition(
      queue.messages,
      (m) => m.visibleAt <= now && m.receiveCount >= dlq.maxReceiveCount,
    );
    queue.messages = alive;
    for (const m of dead) {
      // Work no consumer will take up again: as loud as an alarm on the DLQ.
      logger.error('local queue: message moved to the dead-letter queue', {
        queue: name,
        messageId: m.id,
        receives: m.receiveCount,
      });
      this.queue(dlq.queue).messages.push({
        ...m,
        receipt: undefined,
        visibleAt: now,
        receiveCount: 0,
      });
    }
  }

  private queue(name: string) {
    const queue = this.queues.get(name);
    if (!queue) throw new QueueMissing(name);
    return queue;
  }
}

export class QueueMissing extends Error {
  override name = 'QueueDoesNotExist';
}

function partition<T>(items: T[], test: (t: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}
