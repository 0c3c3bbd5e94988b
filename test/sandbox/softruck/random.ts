/**
 * A seeded xorshift generator: the same seed replays the same faults and
 * ids, so a failing chaos test can be run again exactly.
 *
 * @returns a function giving numbers in [0, 1)
 */
export function seededRandom(seed: number): () => number {
  // xorshift has a fixed point at zero; any other start works.
  let state = seed >>> 0 || 0x9e3779b9;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x100000000;
  };
}
