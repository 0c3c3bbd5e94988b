import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  LOCAL_TABLE,
  startLocalAws,
  type LocalAws,
} from '../../bin/local/startLocalAws';
import { setLogLevel } from '../../functions/observability/logger';
import { SoftruckApi } from '../../functions/softruck/SoftruckApi';
import { SlotStore } from '../../functions/state/SlotStore';
import { sleep } from '../../functions/sync/sleep';
import {
  startSoftruckSandbox,
  type SoftruckSandbox,
} from '../sandbox/softruck';
import { ACCOUNT, clientOf, ENTERPRISE, warmFetch } from '../softruck/harness';

/** A SlotStore with a DynamoDB client of its own, as each Lambda has. */
function slotStore(aws: LocalAws): SlotStore {
  const client = new DynamoDBClient({
    endpoint: aws.env.AWS_ENDPOINT_URL_DYNAMODB,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return new SlotStore(DynamoDBDocumentClient.from(client), LOCAL_TABLE);
}

describe('SlotStore on DynamoDB (dynalite)', () => {
  let aws: LocalAws;
  beforeAll(async () => {
    setLogLevel('warn');
    aws = await startLocalAws();
  });
  afterAll(async () => aws?.close());

  it('hands concurrent callers of many processes distinct moments, spaced', async () => {
    // Prepare
    const stores = Array.from({ length: 5 }, () => slotStore(aws));
    const key = { pk: 'RATE#spacing', sk: 'GCRA' };
    const started = Date.now();

    // Act
    const moments = await Promise.all(
      Array.from({ length: 40 }, (_, i) => stores[i % 5].reserve(key, 25)),
    );

    // Assess
    const sorted = [...moments].sort((a, b) => a - b);
    const gaps = sorted.slice(1).map((m, i) => m - sorted[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(25);
    expect(sorted[0]).toBeGreaterThanOrEqual(started);
    expect(sorted[39] - sorted[0]).toBeLessThan(39 * 25 + 1000);
  });

  it('starts an idle stream at once, never before its last moment plus the gap', async () => {
    // Prepare
    const store = slotStore(aws);
    const key = { pk: 'RATE#idle', sk: 'GCRA' };
    const first = await store.reserve(key, 300);

    // Act
    const second = await store.reserve(key, 300);
    await sleep(second + 300 - Date.now() + 50);
    const before = Date.now();
    const third = await store.reserve(key, 300);
    const after = Date.now();

    // Assess
    expect(second - first).toBe(300);
    // The moment falls within the call itself, however long a loaded
    // machine makes it take: no wait is asked for.
    expect(third).toBeGreaterThanOrEqual(before);
    expect(third).toBeLessThanOrEqual(after);
  });
});

describe('four Softruck clients sharing one budget through DynamoDB', () => {
  // Softruck's 50 in a 10-second window: see softruckBudget.test.ts.
  const LIMIT = 50;
  const WINDOW_MS = 10_000;
  let aws: LocalAws;
  let sandbox: SoftruckSandbox;

  beforeAll(async () => {
    aws = await startLocalAws();
    await warmFetch();
    sandbox = await startSoftruckSandbox({
      accounts: [ACCOUNT],
      enterprises: [ENTERPRISE],
      ratePerMinute: LIMIT,
      windowMs: WINDOW_MS,
    });
    // Each client paces itself as a reconciler Lambda does: it reserves
    // a moment on the account's item, then waits for it.
    const clients = Array.from({ length: 4 }, () => {
      const slots = slotStore(aws);
      const intervalMs = Math.ceil((WINDOW_MS / LIMIT) * 1.02);
      return clientOf(sandbox, {
        pace: async () => {
          const moment = await slots.reserve(
            { pk: `RATE#${ACCOUNT.username}`, sk: 'GCRA' },
            intervalMs,
          );
          await sleep(moment - Date.now());
        },
      });
    });
    await Promise.all(
      clients.map(async (client, n) => {
        const api = new SoftruckApi(client, 'driver');
        for (let i = 0; i < 17; i++) {
          await api.createVehicles(ENTERPRISE.id, [
            { plate: `CLI${n}${String(i).padStart(3, '0')}` },
          ]);
        }
      }),
    );
  }, 30_000);

  afterAll(async () => {
    await sandbox?.close();
    await aws?.close();
  });

  it('made every write', () => {
    expect(sandbox.vehicles()).toHaveLength(68);
  });

  it('drew no 429', () => {
    expect(sandbox.count429()).toBe(0);
  });

  it('kept every window within the limit', () => {
    expect(sandbox.requests).toHaveLength(72);
    expect(sandbox.maxAcceptedInAnyWindow()).toBeLessThanOrEqual(LIMIT);
  });
});
