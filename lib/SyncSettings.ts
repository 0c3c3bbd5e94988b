import type { Node } from 'constructs';
import { z } from 'zod';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/**
 * Page workers by default: one per tenant of a deployment of fifty, so
 * that no tenant's next page waits for a worker and a day ends when the
 * largest tenant's pages are read. A page worker mostly waits on SGA, and
 * Lambda bills the same seconds however many wait at once.
 */
export const DEFAULT_PAGE_WORKERS = 50;

/**
 * What an operator may tune per deployment. Each field can come from a
 * stack prop or from the CDK context key of the same name
 * (`cdk synth -c scheduleHour=4`); the prop wins.
 */
const syncSettingsSchema = z.object({
  /** Hour of the daily run, in America/Sao_Paulo. */
  scheduleHour: z.coerce.number().int().min(0).max(23).default(3),
  /**
   * Page workers running at once, across all tenants (SQS floor is 2):
   * at least the number of tenants, or tenants queue for workers.
   */
  pageWorkerMaxConcurrency: z.coerce
    .number()
    .int()
    .min(2)
    .max(1000)
    .default(DEFAULT_PAGE_WORKERS),
  /** Where alarm notifications go; no topic is created without it. */
  alarmEmail: z.email().optional(),
  /** Tenant X's SGA token lives in the secret named `${prefix}X`. */
  sgaTokenSecretPrefix: z
    .string()
    .regex(/^[\w/+=.@-]+$/, 'letters, digits and /_+=.@- only')
    .default('sga-softruck-sync/sga/'),
  /** Name of the secret holding `{username, password, publicKey}`. */
  softruckSecretName: z.string().min(1).default('sga-softruck-sync/softruck'),
  sgaBaseUrl: z
    .url({ protocol: /^https$/ })
    .default('https://api.hinova.com.br/api/sga/v2'),
  softruckBaseUrl: z
    .url({ protocol: /^https$/ })
    .default('https://api.softruck.com/v2'),
  /** Smallest gap between two SGA calls of one tenant. */
  sgaMinIntervalMs: z.coerce.number().int().min(0).default(1000),
  /** Softruck's budget per account, shared by every writer. */
  softruckRatePerMinute: z.coerce.number().int().positive().default(50),
  logLevel: z.enum(LOG_LEVELS).default('info'),
});

// The SGA readers may read every secret under the prefix; the Softruck
// login must not be one of them.
const withSeparateSecrets = syncSettingsSchema.refine(
  (s) => !s.softruckSecretName.startsWith(s.sgaTokenSecretPrefix),
  {
    path: ['softruckSecretName'],
    message: 'must not start with sgaTokenSecretPrefix',
  },
);

/** Settings after defaults and validation. */
export type SyncSettings = z.output<typeof syncSettingsSchema>;

/** Settings as a caller may give them: every field optional. */
export type SyncSettingsInput = z.input<typeof syncSettingsSchema>;

/**
 * Merges props over CDK context over defaults, and fails the synth with
 * every bad field named, so a typo never deploys.
 *
 * @example
 * const settings = resolveSyncSettings(this.node, props);
 * settings.scheduleHour; // 3 unless overridden
 */
export function resolveSyncSettings(
  node: Node,
  props: SyncSettingsInput = {},
): SyncSettings {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(syncSettingsSchema.shape)) {
    const value =
      (props as Record<string, unknown>)[key] ?? node.tryGetContext(key);
    // An empty `-c alarmEmail=` means "not set", not an invalid value.
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const parsed = withSeparateSecrets.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new Error(`Invalid sync settings: ${problems}`);
  }
  return parsed.data;
}
