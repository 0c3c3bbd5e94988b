import { createHash } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Env } from '../config/env';
import { WorkQueue } from '../queue/WorkQueue';
import { SecretStore } from '../secrets/SecretStore';
import { SgaClient } from '../sga/SgaClient';
import { SoftruckApi } from '../softruck/SoftruckApi';
import { SoftruckClient } from '../softruck/SoftruckClient';
import { keys } from '../state/keys';
import { LeaseStore } from '../state/LeaseStore';
import { OutcomeStore } from '../state/OutcomeStore';
import { ReadStore } from '../state/ReadStore';
import { RunStore } from '../state/RunStore';
import { SlotStore } from '../state/SlotStore';
import { SoftruckStateStore } from '../state/SoftruckStateStore';
import { TenantStore } from '../state/TenantStore';
import { TokenLifetimeStore } from '../state/TokenLifetimeStore';
import { sleep } from '../sync/sleep';
import type { Services } from './services';

/** Softruck's budget is spaced a little wider than the nominal rate, so
 * that network jitter can never put one request too many in a window. */
const BUDGET_MARGIN = 1.02;

/**
 * A tenant's state is packed anew once a tenth of it was written since:
 * loads read at most that many one-record items, and packing, which
 * rewrites the whole state, costs a bounded share of the writes.
 */
const STATE_PACK_SHARE = 0.1;

/**
 * Builds the services from the environment. The AWS SDK picks endpoints
 * from its own variables (`AWS_ENDPOINT_URL_DYNAMODB`, ...), which is how
 * the local runner points the same code at local servers.
 */
export function createServices(env: Env): Services {
  const db = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true },
  });
  const table = env.TABLE_NAME;
  const slots = new SlotStore(db, table);
  const secrets = new SecretStore(
    new SecretsManagerClient({}),
    env.SGA_TOKEN_SECRET_PREFIX,
    env.SOFTRUCK_SECRET_ID,
  );
  const paceOn =
    (key: { pk: string; sk: string }, intervalMs: number) => async () => {
      const slot = await slots.reserve(key, intervalMs);
      await sleep(slot - Date.now());
    };
  const lifetimes = new TokenLifetimeStore(db, table);
  const account = async () =>
    accountOf((await secrets.softruckCredentials()).publicKey);
  let softruck: SoftruckClient | undefined;
  return {
    env,
    tenants: new TenantStore(db, table),
    runs: new RunStore(db, table),
    reads: new ReadStore(db, table, env.OUTCOME_RETENTION_DAYS),
    softruckState: new SoftruckStateStore(db, table, {
      minRecords: env.STATE_PACK_MIN_RECORDS,
      share: STATE_PACK_SHARE,
    }),
    outcomes: new OutcomeStore(db, table, env.OUTCOME_RETENTION_DAYS),
    leases: new LeaseStore(db, table),
    slots,
    secrets,
    queue: new WorkQueue(
      new SQSClient({}),
      env.PAGE_QUEUE_URL,
      env.RECONCILE_QUEUE_URL,
    ),
    async sgaFor(tenant) {
      return new SgaClient({
        baseUrl: tenant.sgaBaseUrl ?? env.SGA_BASE_URL,
        token: await secrets.sgaToken(tenant.id),
        pace: paceOn(sgaGateKey(tenant.id), env.SGA_MIN_INTERVAL_MS),
        timeoutMs: env.SGA_TIMEOUT_MS,
      });
    },
    softruck() {
      softruck ??= new SoftruckClient({
        baseUrl: env.SOFTRUCK_BASE_URL,
        credentials: () => secrets.softruckCredentials(),
        pace: async () => {
          const interval =
            (60_000 / env.SOFTRUCK_RATE_PER_MINUTE) * BUDGET_MARGIN;
          await paceOn(budgetKey(await account()), Math.ceil(interval))();
        },
        timeoutMs: env.SOFTRUCK_TIMEOUT_MS,
        tokenLifetime: lifetimes.memoryOf(account),
      });
      return new SoftruckApi(softruck, env.SOFTRUCK_USER_ROLE_ID);
    },
  };
}

/** The DynamoDB item that paces one tenant's SGA calls. */
export const sgaGateKey = (tenantId: string) => ({
  pk: keys.tenantPartition(tenantId),
  sk: keys.sgaGate,
});

/**
 * Softruck counts requests per account, and the account is what the
 * public key names: users of one account share its budget. The key itself
 * is a credential, so the item is named by a digest of it.
 */
export const accountOf = (publicKey: string) =>
  createHash('sha256').update(publicKey).digest('hex').slice(0, 24);

/** The DynamoDB item that paces every call to one Softruck account. */
export const budgetKey = (account: string) => ({
  pk: keys.rate(account),
  sk: keys.rateSort,
});
