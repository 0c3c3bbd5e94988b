import { z } from 'zod';
import { baseUrlSchema } from './baseUrl';
import { ConfigError, formatIssues } from './formatIssues';

const positiveInt = (fallback: number) =>
  z.coerce.number().int().positive().default(fallback);

/** The environment every Lambda and the local runner share. */
export const envSchema = z.object({
  TABLE_NAME: z.string().min(1),
  PAGE_QUEUE_URL: z.string().url(),
  RECONCILE_QUEUE_URL: z.string().url(),
  SGA_TOKEN_SECRET_PREFIX: z.string().default('sga-softruck-sync/sga/'),
  SOFTRUCK_SECRET_ID: z.string().default('sga-softruck-sync/softruck'),
  SGA_BASE_URL: baseUrlSchema.default('https://api.hinova.com.br/api/sga/v2'),
  SOFTRUCK_BASE_URL: baseUrlSchema.default('https://api.softruck.com/v2'),
  SGA_MIN_INTERVAL_MS: z.coerce.number().int().min(0).default(1000),
  SGA_TIMEOUT_MS: positiveInt(120_000),
  SGA_BLOCK_PAUSE_MS: positiveInt(65 * 60_000),
  SOFTRUCK_RATE_PER_MINUTE: positiveInt(50),
  SOFTRUCK_TIMEOUT_MS: positiveInt(30_000),
  SOFTRUCK_USER_ROLE_ID: z.string().default('user'),
  /** How long one reconciler invocation writes before it hands over. */
  RECONCILE_TIME_BUDGET_MS: positiveInt(12 * 60_000),
  /** Delay before a continuation, so other tenants get their turn. */
  RECONCILE_CONTINUE_DELAY_S: z.coerce.number().int().min(0).default(5),
  OUTCOME_RETENTION_DAYS: positiveInt(35),
  /**
   * Records written to a tenant's state since it was last packed before
   * a reconcile packs it anew (and no fewer than a tenth of it).
   */
  STATE_PACK_MIN_RECORDS: positiveInt(1000),
});

export type Env = z.infer<typeof envSchema>;

/** Parses the environment once; a bad variable is named in the error. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(`environment: ${formatIssues(parsed.error)}`);
  }
  return parsed.data;
}
