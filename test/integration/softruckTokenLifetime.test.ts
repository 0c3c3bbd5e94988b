import { TokenLifetimeStore } from '../../functions/state/TokenLifetimeStore';
import {
  ACCOUNT,
  clientOf,
  ENTERPRISE,
  useSoftruck,
} from '../softruck/harness';
import { type LocalTable, startLocalTable } from '../state/localTable';
import type { SoftruckClient } from '../../functions/softruck/SoftruckClient';

/**
 * Two processes of one Softruck account, on one table: the first learns
 * how long a token lasts from a refusal and keeps it; the second renews
 * its tokens before that, and is never refused.
 */
const TOKEN_TTL_MS = 1500;
const open = useSoftruck();
let local: LocalTable;

beforeAll(async () => {
  local = await startLocalTable();
});
afterAll(() => local.close());

/** Requests every 20 ms for `ms`: enough uses for a refusal to teach. */
async function busyFor(client: SoftruckClient, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    await client.request('GET', `/enterprises/${ENTERPRISE.id}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('a token lifetime shared by the processes of an account', () => {
  it('costs one refusal in the first process and none in the next', async () => {
    const sandbox = await open({ tokenTtlMs: TOKEN_TTL_MS });
    const store = new TokenLifetimeStore(local.db, local.table);
    const memory = () => store.memoryOf(async () => ACCOUNT.publicKey);
    const refusals = () =>
      sandbox.requests.filter((r) => r.status === 401).length;

    await busyFor(
      clientOf(sandbox, { tokenLifetime: memory() }),
      2 * TOKEN_TTL_MS,
    );
    const first = refusals();
    const kept = await store.get(ACCOUNT.publicKey);
    await busyFor(
      clientOf(sandbox, { tokenLifetime: memory() }),
      2 * TOKEN_TTL_MS,
    );

    expect(first).toBe(1);
    expect(kept).toBeGreaterThanOrEqual(TOKEN_TTL_MS);
    expect(kept).toBeLessThan(TOKEN_TTL_MS + 500);
    expect(refusals()).toBe(first);
  });
});
