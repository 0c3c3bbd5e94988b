const CAP_MS = 30_000;

/**
 * Exponential backoff with jitter: a random wait between half and all of
 * base x 2^n, so that callers failing together do not retry together.
 */
export function retryDelay(attempt: number, baseMs: number): number {
  const ceiling = Math.min(CAP_MS, baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}
