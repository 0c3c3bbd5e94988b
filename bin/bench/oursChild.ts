import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { DeleteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { accountOf } from '../../functions/runtime/createServices';
import { keys } from '../../functions/state/keys';
import { SecretWriter } from '../../functions/secrets/SecretWriter';
import {
  tenantSchema,
  type TenantWithToken,
} from '../../functions/tenants/tenantSchema';
import type { Duration } from 'aws-cdk-lib';
import {
  FUNCTION_TIMEOUTS,
  visibilityTimeoutFor,
} from '../../lib/consumerTimeouts';
import { type LocalPipeline, startLocalPipeline } from '../local/LocalPipeline';
import { LOCAL_MAX_RECEIVES } from '../local/startLocalAws';
import { queueNameOf } from '../local/localSqsServer';
import { ACCOUNT } from './benchSandboxes';
import { instrumentAwsClients, pipelineScope, takeCounts } from './instrument';
import {
  CONCURRENCY,
  type DayRequest,
  type OursDay,
  type RunSummary,
} from './protocol';

/**
 * The sync's side of the benchmark: one day through the real handlers
 * (fan-out once for every tenant, as the schedule does), in a process of
 * its own, since the handlers read their settings once and each day runs
 * at its own speed. The state is on disk, so the next day's process
 * finds what this one wrote.
 */
async function main(): Promise<void> {
  instrumentAwsClients();
  const request = JSON.parse(process.env.BENCH_DAY ?? '{}') as DayRequest;
  const pipeline = await pipelineScope.run(true, () =>
    startLocalPipeline(request.stateDir, CONCURRENCY, { dynamoProcess: true }),
  );
  asDeployed(pipeline, Number(process.env.BENCH_FACTOR ?? 1));
  try {
    await register(pipeline, request.tenants);
    await forgetTokenLifetime(pipeline);
    await tell(await runDay(pipeline, request));
  } finally {
    await pipeline.close();
  }
}

/**
 * Gives the local queues the stack's visibility timeouts (six times the
 * consumer's timeout), at the day's speed, instead of the local runtime's
 * few seconds: a reconciler writes for 12 minutes / factor, and a shorter
 * visibility would hand its message to the other reconciler meanwhile.
 * The queues are empty yet, so they are simply made again.
 */
function asDeployed(pipeline: LocalPipeline, factor: number): void {
  const { queues, sqs } = pipeline.aws;
  const remake = (url: string, dlq: string, timeout: Duration) => {
    const name = queueNameOf(url);
    sqs.sqs.createQueue(name, {
      fifo: name.endsWith('.fifo'),
      visibilityTimeoutS: visibilityTimeoutFor(timeout).toSeconds() / factor,
      deadLetter: {
        queue: queueNameOf(dlq),
        maxReceiveCount: LOCAL_MAX_RECEIVES,
      },
    });
  };
  remake(queues.page, queues.pageDlq, FUNCTION_TIMEOUTS.pageWorker);
  remake(queues.reconcile, queues.reconcileDlq, FUNCTION_TIMEOUTS.reconciler);
}

/**
 * Forgets the Softruck token lifetime an earlier day learned. Each day
 * runs on a clock of its own speed, so its tokens last another time: to
 * the sync, as if Softruck had changed how long its tokens last.
 */
async function forgetTokenLifetime(pipeline: LocalPipeline): Promise<void> {
  const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));
  await db.send(
    new DeleteCommand({
      TableName: pipeline.services.env.TABLE_NAME,
      Key: {
        pk: keys.rate(accountOf(ACCOUNT.publicKey)),
        sk: keys.tokenLifetime,
      },
    }),
  );
}

async function register(pipeline: LocalPipeline, tenants: TenantWithToken[]) {
  const { env } = pipeline.services;
  const writer = new SecretWriter(
    new SecretsManagerClient({}),
    env.SGA_TOKEN_SECRET_PREFIX,
    env.SOFTRUCK_SECRET_ID,
  );
  await writer.putSoftruckCredentials(ACCOUNT);
  for (const { sgaToken, ...settings } of tenants) {
    await pipeline.services.tenants.put(tenantSchema.parse(settings));
    await writer.putSgaToken(settings.id, sgaToken);
  }
}

async function runDay(
  pipeline: LocalPipeline,
  request: DayRequest,
): Promise<OursDay> {
  takeCounts();
  const cpuBefore = process.cpuUsage();
  const startedAt = Date.now();
  const fanOutMs = await pipelineScope.run(true, async () => {
    const t = Date.now();
    await pipeline.invokeFanOut({ runId: request.runId });
    return Date.now() - t;
  });
  await pipeline.drain(request.timeoutMs);
  const drainedAt = Date.now();
  const { queues, sqs } = pipeline.aws;
  const deadLetters = [queues.pageDlq, queues.reconcileDlq]
    .map((url) => sqs.sqs.counts(queueNameOf(url)))
    .reduce((n, c) => n + c.visible + c.inFlight + c.delayed, 0);
  const cpu = process.cpuUsage(cpuBefore);
  const aws = takeCounts();
  const runs: RunSummary[] = [];
  for (const { id } of request.tenants) {
    const run = await pipeline.services.runs.get(id, request.runId);
    runs.push({
      tenantId: id,
      status: run?.status ?? 'MISSING',
      readAt: run?.readAt ? Date.parse(run.readAt) : undefined,
      finishedAt: run?.finishedAt ? Date.parse(run.finishedAt) : undefined,
      sgaCalls: run?.sgaCalls ?? 0,
      softruckCalls: run?.softruckCalls ?? 0,
      failed:
        (run?.report?.vehicles.failed ?? 0) + (run?.report?.users.failed ?? 0),
    });
  }
  return {
    type: 'day',
    startedAt,
    drainedAt,
    fanOutMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    runs,
    deadLetters,
    aws,
  };
}

/** Sends to the parent; resolves once the message is out. */
const tell = (message: object) =>
  new Promise<void>((resolve) => {
    if (!process.send) return resolve();
    process.send(message, () => resolve());
  });

main().then(
  () => process.exit(0),
  async (error: Error) => {
    await tell({ type: 'error', error: error.stack });
    process.exit(1);
  },
);
