import type { RunScope } from '../state/types';
import type { SgaClient } from './SgaClient';

/** The records of one page of a run: a page, or the one lookup's answer. */
export function readScope(
  sga: SgaClient,
  scope: RunScope,
  page: number,
): Promise<unknown[]> {
  if (scope.kind === 'all') return sga.page(page);
  if (scope.by === 'plate') return sga.byPlate(scope.value);
  if (scope.by === 'chassis') return sga.byChassis(scope.value);
  return sga.byCpf(scope.value);
}
