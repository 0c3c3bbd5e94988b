import type { Run } from '../state/types';

/**
 * The pages of a run's count that are not marked read, in order: pages
 * still queued, dead-lettered, or never reached.
 *
 * @example missingPages({ pageCount: 4, pagesDone: [1, 3] }) // [2, 4]
 */
export function missingPages(
  run: Pick<Run, 'pageCount' | 'pagesDone'>,
): number[] {
  const done = new Set(run.pagesDone);
  const missing: number[] = [];
  for (let page = 1; page <= run.pageCount; page++) {
    if (!done.has(page)) missing.push(page);
  }
  return missing;
}
