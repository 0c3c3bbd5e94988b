import { logger } from '../observability/logger';
import type { PageDrift } from './driftAttributes';
import { summarizeDrift, describeDriftItem } from './driftSummary';
import { measureDrift } from './measureDrift';
import { suddenChanges } from './suddenDrift';

/**
 * The drift of one page as the page worker stores it with the page mark,
 * logged when there is any: a sudden change loudly, since the reconciler
 * will refuse the run for it.
 */
export function pageDrift(raw: readonly unknown[], page: number): PageDrift {
  const counts = measureDrift(raw);
  const sudden = suddenChanges(counts, `page ${page}`);
  const { items } = summarizeDrift(counts, sudden);
  if (sudden.length > 0) {
    logger.error('SGA changed shape on this page', { sudden });
  } else if (items.length > 0) {
    logger.info('page differs from what the sync assumes', {
      drift: items.slice(0, 10).map(describeDriftItem),
    });
  }
  return { counts, sudden };
}
