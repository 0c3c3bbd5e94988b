/**
 * A small seeded generator (mulberry32) for tests that draw random cases:
 * the same seed gives the same draws, so a failure can be replayed.
 */
export class SeededRandom {
  private state: number;

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

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
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

  /** A string of `length` UTF-16 code units drawn from `alphabet`. */
  text(length: number, alphabet: string): string {
    const chars = [...alphabet];
    const out: string[] = [];
    for (let i = 0; i < length; i++) out.push(this.pick(chars));
    return out.join('');
  }
}

/** The seed from `variable` when set to an integer, else `fallback`. */
export function seedFrom(variable: string, fallback: number): number {
  const raw = process.env[variable];
  const parsed = raw === undefined ? NaN : Number(raw);
  return Number.isInteger(parsed) ? parsed : fallback;
}
