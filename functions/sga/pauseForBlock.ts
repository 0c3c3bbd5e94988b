import { logger } from '../observability/logger';
import { sgaGateKey } from '../runtime/createServices';
import type { Services } from '../runtime/services';
import type { Run } from '../state/types';

/**
 * Records that SGA blocked the tenant's token, for every caller of the
 * tenant (no SGA call is made until the pause is over), and returns when
 * the pause ends, in epoch ms. The pause outlasts SGA's hour-long block.
 */
export async function recordBlock(
  services: Services,
  tenantId: string,
): Promise<number> {
  const until = Date.now() + services.env.SGA_BLOCK_PAUSE_MS;
  await services.slots.block(sgaGateKey(tenantId), until);
  logger.warn('SGA blocked the token; no call until the pause is over', {
    tenantId,
    until: new Date(until).toISOString(),
  });
  return until;
}

/**
 * Pauses a reading run until `until`: what was read is kept, and the
 * resume sends the missing pages again.
 */
export async function pauseRun(
  services: Services,
  run: Run,
  until: number,
): Promise<void> {
  await services.runs.transition(
    run.tenantId,
    run.runId,
    ['READING'],
    'PAUSED',
    {
      pausedUntil: new Date(until).toISOString(),
    },
  );
}
