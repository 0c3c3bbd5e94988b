import { AsyncLocalStorage } from 'node:async_hooks';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { queueNameOf } from '../local/localSqsServer';

/**
 * Code run inside `pipelineScope.run(true, ...)` is the pipeline's: its
 * AWS calls are counted. The local poller's loops inherit the scope from
 * where the pipeline was started, so the handlers' calls are counted and
 * the benchmark's own calls (setup, waiting for the queues) are not.
 */
export const pipelineScope = new AsyncLocalStorage<true>();

/** AWS requests the pipeline made, and what they consumed. */
export interface AwsCounts {
  /** Requests by command name, e.g. `PutCommand`. */
  commands: Record<string, number>;
  readUnits: number;
  writeUnits: number;
  /** Capacity units by command name. */
  unitsByCommand: Record<string, number>;
  /** Writes refused by their condition; AWS charges at least 1 unit. */
  refusedWrites: number;
  sqsFifo: number;
  sqsStandard: number;
  /** Receives that brought nothing: local polling, not billed as such. */
  emptyReceives: number;
  secretsCalls: number;
  /** Handler time per queue, measured from receive to delete. */
  handled: Record<string, { invocations: number; ms: number }>;
  /** Messages received and never deleted (failed, redelivered). */
  untimed: number;
}

const emptyCounts = (): AwsCounts => ({
  commands: {},
  readUnits: 0,
  writeUnits: 0,
  unitsByCommand: {},
  refusedWrites: 0,
  sqsFifo: 0,
  sqsStandard: 0,
  emptyReceives: 0,
  secretsCalls: 0,
  handled: {},
  untimed: 0,
});

let counts = emptyCounts();
const received = new Map<string, { at: number; queue: string }>();

const READS = /^(Get|BatchGet|Query|Scan)/;

interface Command {
  constructor: { name: string };
  input: Record<string, unknown>;
}
type Send = (command: Command, ...rest: unknown[]) => Promise<unknown>;

/**
 * Wraps `send` of every AWS SDK client (they share one base class) to
 * count the pipeline's requests and the DynamoDB capacity they consume,
 * asking DynamoDB to return it. Idempotent.
 */
export function instrumentAwsClients(): void {
  const base = Object.getPrototypeOf(DynamoDBClient.prototype) as {
    send: Send;
    benchWrapped?: boolean;
  };
  if (base.benchWrapped) return;
  base.benchWrapped = true;
  const send = base.send;
  base.send = function (this: { config: { serviceId?: string } }, ...args) {
    const [command] = args;
    if (!pipelineScope.getStore()) return send.apply(this, args);
    const service = this.config.serviceId ?? '';
    const name = command.constructor.name;
    if (service === 'DynamoDB') command.input.ReturnConsumedCapacity = 'TOTAL';
    before(service, name, command.input);
    return send.apply(this, args).then(
      (output) => {
        after(service, name, command.input, output as Output);
        return output;
      },
      (error: Error) => {
        if (error.name === 'ConditionalCheckFailedException') {
          counts.refusedWrites++;
        }
        throw error;
      },
    );
  };
}

function before(service: string, name: string, input: Input) {
  counts.commands[name] = (counts.commands[name] ?? 0) + 1;
  if (service === 'Secrets Manager') counts.secretsCalls++;
  if (service !== 'SQS' || name === 'ReceiveMessageCommand') return;
  if (String(input.QueueUrl).endsWith('.fifo')) counts.sqsFifo++;
  else counts.sqsStandard++;
  const entries = (input.Entries as { ReceiptHandle?: string }[]) ?? [];
  const receipts = [
    input.ReceiptHandle,
    ...entries.map((e) => e.ReceiptHandle),
  ];
  if (!name.startsWith('DeleteMessage')) return;
  for (const receipt of receipts) {
    const got = receipt ? received.get(String(receipt)) : undefined;
    if (!got) continue;
    received.delete(String(receipt));
    const slot = (counts.handled[got.queue] ??= { invocations: 0, ms: 0 });
    slot.invocations++;
    slot.ms += Date.now() - got.at;
  }
}

type Input = Record<string, unknown>;
interface Output {
  ConsumedCapacity?: Capacity | Capacity[];
  Messages?: { ReceiptHandle?: string }[];
}
interface Capacity {
  CapacityUnits?: number;
}

function after(service: string, name: string, input: Input, out: Output) {
  if (service === 'DynamoDB') {
    const list = [out.ConsumedCapacity ?? []].flat();
    const units = list.reduce((n, c) => n + (c.CapacityUnits ?? 0), 0);
    if (READS.test(name)) counts.readUnits += units;
    else counts.writeUnits += units;
    counts.unitsByCommand[name] = (counts.unitsByCommand[name] ?? 0) + units;
    return;
  }
  if (name !== 'ReceiveMessageCommand') return;
  const messages = out.Messages ?? [];
  if (messages.length === 0) {
    counts.emptyReceives++;
    return;
  }
  const queue = queueNameOf(String(input.QueueUrl));
  if (queue.endsWith('.fifo')) counts.sqsFifo++;
  else counts.sqsStandard++;
  for (const m of messages) {
    received.set(String(m.ReceiptHandle), { at: Date.now(), queue });
  }
}

/** The counts since the last call, which starts a new count. */
export function takeCounts(): AwsCounts {
  const taken = counts;
  taken.untimed = received.size;
  received.clear();
  counts = emptyCounts();
  return taken;
}
