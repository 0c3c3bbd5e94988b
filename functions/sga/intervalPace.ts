import { sleep } from '../sync/sleep';

/**
 * Pacing within one process: each call goes `intervalMs` after the moment
 * the previous one went, one after another. The command line's route
 * check uses it; the pipeline paces through DynamoDB, across processes.
 */
export function intervalPace(intervalMs: number): () => Promise<void> {
  let last = -Infinity;
  let queue: Promise<void> = Promise.resolve();
  return () => {
    const turn = queue.then(async () => {
      await sleep(last + intervalMs - Date.now());
      // Measured after the wait: a late turn delays the next one too.
      last = Date.now();
    });
    queue = turn;
    return turn;
  };
}
