/**
 * A small seeded pseudo-random generator (mulberry32) for everything the
 * tests and sandboxes draw: generated associations, their next days,
 * injected faults and hostile input.
 *
 * `Math.random` is never used: the same seed must give the same association,
 * the same next day and the same injected failures on every machine, so a
 * failure can be replayed from its seed.
 */
export class Random {
  private state: number;

  /** @param seed - any integer; equal seeds give equal sequences. */
  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `share`. */
  chance(share: number): boolean {
    return this.next() < share;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /**
   * A string of `length` characters drawn from `alphabet`, character by
   * character (a surrogate pair is one character, a lone surrogate too).
   */
  chars(alphabet: string, length: number): string {
    const symbols = [...alphabet];
    let text = '';
    for (let i = 0; i < length; i += 1) text += this.pick(symbols);
    return text;
  }

  /** A copy of `items` in a random order. */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  /** `count` distinct elements of `items`, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const taken: T[] = [];
    const limit = Math.min(count, pool.length);
    for (let i = 0; i < limit; i += 1) {
      const index = i + Math.floor(this.next() * (pool.length - i));
      [pool[i], pool[index]] = [pool[index], pool[i]];
      taken.push(pool[i]);
    }
    return taken;
  }
}

/** A stable 32-bit hash of a string, to derive one seed per token. */
export function hashText(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  }
  return hash >>> 0;
}
