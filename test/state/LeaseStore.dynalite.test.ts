import { LeaseStore } from '../../functions/state/LeaseStore';
import { type LocalTable, startLocalTable } from './localTable';

let local: LocalTable;
let leases: LeaseStore;

beforeAll(async () => {
  local = await startLocalTable();
  leases = new LeaseStore(local.db, local.table);
});
afterAll(() => local.close());
afterEach(() => jest.restoreAllMocks());

describe('LeaseStore on DynamoDB (dynalite)', () => {
  it('gives a tenant’s lease to one of two callers at once', async () => {
    const taken = await Promise.all([
      leases.acquire('t1', 'a', 60_000),
      leases.acquire('t1', 'b', 60_000),
    ]);

    expect(taken.filter(Boolean)).toHaveLength(1);
  });

  it('keeps tenants apart', async () => {
    await leases.acquire('t2', 'a', 60_000);

    expect(await leases.acquire('t3', 'b', 60_000)).toBe(true);
  });

  it('frees the lease on release, for the next holder', async () => {
    await leases.acquire('t4', 'a', 60_000);
    await leases.release('t4', 'a');

    expect(await leases.acquire('t4', 'b', 60_000)).toBe(true);
  });

  it('lets a lease whose holder died expire', async () => {
    await leases.acquire('t5', 'a', 1_000);
    const later = Date.now() + 2_000;
    jest.spyOn(Date, 'now').mockReturnValue(later);

    expect(await leases.acquire('t5', 'b', 60_000)).toBe(true);
  });

  it('never lets a late holder release the lease of the next one', async () => {
    await leases.acquire('t6', 'a', 1_000);
    jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 2_000);
    await leases.acquire('t6', 'b', 60_000);

    await leases.release('t6', 'a');

    expect(await leases.acquire('t6', 'c', 60_000)).toBe(false);
  });

  it('tells whether a live lease is held: none, held, released, expired', async () => {
    const before = await leases.isHeld('t7');
    await leases.acquire('t7', 'a', 60_000);
    const held = await leases.isHeld('t7');
    await leases.release('t7', 'a');
    const released = await leases.isHeld('t7');
    await leases.acquire('t7', 'b', 1_000);
    jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 2_000);
    const expired = await leases.isHeld('t7');

    expect([before, held, released, expired]).toEqual([
      false,
      true,
      false,
      false,
    ]);
  });
});
