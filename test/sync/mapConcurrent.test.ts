import { mapConcurrent } from '../../functions/sync/mapConcurrent';

/** A task that finishes when told to, noting how many run at once. */
function gatedWork() {
  const gates = new Map<number, () => void>();
  let running = 0;
  let most = 0;
  const work = async (n: number) => {
    running++;
    most = Math.max(most, running);
    await new Promise<void>((resolve) => gates.set(n, resolve));
    running--;
    return n * 10;
  };
  const open = async (n: number) => {
    while (!gates.has(n)) await new Promise((r) => setImmediate(r));
    gates.get(n)?.();
  };
  return { work, open, most: () => most, started: () => [...gates.keys()] };
}

describe('mapConcurrent', () => {
  it('keeps at most `limit` items in work and the results in order', async () => {
    const gated = gatedWork();
    const all = mapConcurrent([1, 2, 3, 4, 5], 2, gated.work);
    await gated.open(2);
    await gated.open(1);
    await gated.open(4);
    await gated.open(3);
    await gated.open(5);
    await expect(all).resolves.toEqual([10, 20, 30, 40, 50]);
    expect(gated.most()).toBe(2);
  });

  it('starts the next item as soon as one finishes', async () => {
    const gated = gatedWork();
    const all = mapConcurrent([1, 2, 3], 2, gated.work);
    await gated.open(2);
    await new Promise((r) => setImmediate(r));
    expect(gated.started()).toEqual([1, 2, 3]);
    await gated.open(1);
    await gated.open(3);
    await all;
  });

  it('works on every item before throwing the first failure', async () => {
    const seen: number[] = [];
    const all = mapConcurrent([1, 2, 3, 4], 2, async (n) => {
      seen.push(n);
      if (n === 2) throw new Error('two failed');
      return n;
    });
    await expect(all).rejects.toThrow('two failed');
    expect(seen.sort()).toEqual([1, 2, 3, 4]);
  });

  it('refuses a limit below one', async () => {
    await expect(mapConcurrent([1], 0, async (n) => n)).rejects.toThrow(
      RangeError,
    );
  });
});
