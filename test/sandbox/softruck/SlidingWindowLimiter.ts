/** The limiter's verdict on one request. */
export type Admission =
  { accepted: true } | { accepted: false; retryAfterMs: number };

/**
 * Softruck's limit as the contract reads it: no window of `windowMs` may
 * hold more than `limit` accepted requests, per account. Requests at `a`
 * and `b` share a window when `b - a < windowMs`. Refused requests do not
 * count, so a client that keeps knocking is not punished twice.
 */
export class SlidingWindowLimiter {
  private readonly accepted = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new RangeError('the rate limit must be a positive integer');
    }
    if (!(windowMs > 0)) throw new RangeError('windowMs must be positive');
  }

  /** Accepts and counts the request at `at`, or says how long to wait. */
  admit(account: string, at: number): Admission {
    const times = this.accepted.get(account) ?? [];
    this.accepted.set(account, times);
    while (times.length > 0 && times[0] <= at - this.windowMs) times.shift();
    if (times.length < this.limit) {
      times.push(at);
      return { accepted: true };
    }
    // Only the oldest request leaving the window frees a slot.
    return { accepted: false, retryAfterMs: times[0] + this.windowMs - at };
  }
}

/**
 * The most of `times` (sorted ascending) that any window of `windowMs`
 * holds: the figure a test compares with the limit.
 */
export function maxInAnyWindow(times: number[], windowMs: number): number {
  let best = 0;
  let start = 0;
  for (let end = 0; end < times.length; end += 1) {
    while (times[end] - times[start] >= windowMs) start += 1;
    best = Math.max(best, end - start + 1);
  }
  return best;
}
