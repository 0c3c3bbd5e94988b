/**
 * What the Softruck pipeline tests share: an SGA sandbox serving one
 * generated association per tenant, a Softruck sandbox with a limit and
 * window of the test's choosing, the local pipeline with the real
 * handlers, and a reconcile driver that can deliver every message twice.
 */
import { type Message, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { DeleteMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import {
  type LocalPipeline,
  startLocalPipeline,
} from '../../bin/local/LocalPipeline';
import { runSync, type TenantOutcome } from '../../bin/local/runSync';
import {
  tenantSchema,
  type TenantWithToken,
} from '../../functions/tenants/tenantSchema';
import {
  generateAssociation,
  startSgaSandbox,
  type RawRecord,
  type SgaSandbox,
} from '../sandbox/sga';
import {
  startSoftruckSandbox,
  type SoftruckSandbox,
} from '../sandbox/softruck';
import { ACCOUNT } from './harness';

/** A tenant of a pipeline test and the association SGA serves for it. */
export interface WorldTenant {
  id: string;
  cnpj: string;
  enterpriseId: string;
  sync: 'users' | 'vehicles' | 'both';
  /** Equal seeds give equal associations: the same associates. */
  seed: number;
  vehicles: number;
  /** An enterprise id other than the tenant's own, to test the check. */
  claimsEnterpriseId?: string;
}

export interface WorldOptions {
  tenants: WorldTenant[];
  softruck: { ratePerMinute: number; windowMs?: number };
  /** Environment the handlers read once, when the pipeline starts. */
  env: Record<string, string>;
  concurrency?: { pages: number; reconcile: number };
}

export interface World {
  sga: SgaSandbox;
  softruck: SoftruckSandbox;
  pipeline: LocalPipeline;
  records: Map<string, RawRecord[]>;
  /** Serves `records` of a tenant from now on (the next day's SGA). */
  serve(tenantId: string, records: RawRecord[]): void;
  /** One sync of every tenant through the pipeline, as `sga-sync run`. */
  sync(runId: string): Promise<TenantOutcome[]>;
  close(): Promise<void>;
}

/** Starts the sandboxes and the pipeline, with `env` in force. */
export async function startWorld(options: WorldOptions): Promise<World> {
  const sga = await startSgaSandbox({ behaviour: { latencyMs: 1 } });
  const softruck = await startSoftruckSandbox({
    accounts: [ACCOUNT],
    enterprises: options.tenants.map((t) => ({
      id: t.enterpriseId,
      cnpj: t.cnpj,
      name: `Associação ${t.id}`,
    })),
    ...options.softruck,
  });
  const records = new Map<string, RawRecord[]>();
  const serve = (tenantId: string, list: RawRecord[]) => {
    records.set(tenantId, list);
    sga.setAssociation(tokenOf(tenantId), { records: list, pageSize: 20 });
  };
  for (const t of options.tenants) {
    serve(t.id, generateAssociation({ seed: t.seed, vehicles: t.vehicles }));
  }
  Object.assign(process.env, {
    SGA_BASE_URL: sga.url,
    SOFTRUCK_BASE_URL: softruck.url,
    SGA_MIN_INTERVAL_MS: '0',
    RECONCILE_CONTINUE_DELAY_S: '0',
    ...options.env,
  });
  const pipeline = await startLocalPipeline(undefined, options.concurrency);
  const tenants = options.tenants.map(tenantOf);
  return {
    sga,
    softruck,
    pipeline,
    records,
    serve,
    sync: (runId) =>
      runSync(pipeline, {
        tenants,
        dryRun: false,
        runId,
        softruck: ACCOUNT,
        timeoutMs: 50_000,
        progress: () => undefined,
      }),
    async close() {
      await pipeline.close();
      await sga.close();
      await softruck.close();
    },
  };
}

let invocation = 0;
const fakeContext = () => ({
  awsRequestId: `softruck-test-${++invocation}`,
  getRemainingTimeInMillis: () => 15 * 60_000,
});

const tokenOf = (tenantId: string) => `sga-token-${tenantId}-0001`;

function tenantOf(t: WorldTenant): TenantWithToken {
  return {
    ...tenantSchema.parse({
      id: t.id,
      company: `Associação ${t.id}`,
      cnpj: t.cnpj,
      softruckEnterpriseId: t.claimsEnterpriseId ?? t.enterpriseId,
      sync: t.sync,
      deactivateNonActive: true,
    }),
    sgaToken: tokenOf(t.id),
  };
}

type Handler = (event: SQSEvent, context: unknown) => Promise<SQSBatchResponse>;

/**
 * Delivers reconcile messages in place of the pipeline's own poller (start
 * the pipeline with no reconcile concurrency), one at a time, each to the
 * reconciler handler `times` times in a row, as SQS may when it delivers a
 * message again. `afterEach` runs after every message.
 *
 * @example
 * const driver = new ReconcileDriver(world, 2);
 * driver.start();
 * await world.sync('2026-12-01');
 * await driver.stop();
 */
export class ReconcileDriver {
  delivered = 0;
  private stopped = false;
  private loop?: Promise<void>;
  private readonly sqs = new SQSClient({});

  constructor(
    private readonly world: World,
    /** Deliveries of each message, or of each message body. */
    private readonly times: number | ((body: string) => number),
    private readonly afterEach: (
      message: Message,
    ) => Promise<void> = async () => undefined,
  ) {}

  start(): void {
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }

  private async run(): Promise<void> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const handler = require('../../functions/reconciler').handler as Handler;
    const queueUrl = this.world.pipeline.aws.queues.reconcile;
    const deadline = Date.now() + 55_000;
    while (!this.stopped && Date.now() < deadline) {
      const out = await this.sqs.send(
        new ReceiveMessageCommand({ QueueUrl: queueUrl, WaitTimeSeconds: 1 }),
      );
      for (const message of out.Messages ?? []) {
        const failed = await this.deliver(handler, message);
        this.delivered++;
        await this.afterEach(message);
        if (failed) continue;
        await this.sqs.send(
          new DeleteMessageCommand({
            QueueUrl: queueUrl,
            ReceiptHandle: message.ReceiptHandle,
          }),
        );
      }
    }
  }

  private async deliver(handler: Handler, message: Message) {
    const event = {
      Records: [
        {
          messageId: message.MessageId ?? '',
          receiptHandle: message.ReceiptHandle ?? '',
          body: message.Body ?? '',
          attributes: {},
          messageAttributes: {},
          md5OfBody: '',
          eventSource: 'aws:sqs',
          eventSourceARN: 'local',
          awsRegion: 'local',
        },
      ],
    } as unknown as SQSEvent;
    let failed = false;
    const times =
      typeof this.times === 'number'
        ? this.times
        : this.times(message.Body ?? '');
    for (let i = 0; i < times; i++) {
      const response = await handler(event, fakeContext());
      failed ||= response.batchItemFailures.length > 0;
    }
    return failed;
  }
}
