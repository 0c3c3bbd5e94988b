import { parseArgs } from 'node:util';
import { envSchema } from '../../functions/config/env';
import { ConfigError, formatIssues } from '../../functions/config/formatIssues';
import {
  formatRouteCheck,
  isReadyForSync,
} from '../../functions/sga/formatRouteCheck';
import { intervalPace } from '../../functions/sga/intervalPace';
import { checkRoutes, type RouteCheck } from '../../functions/sga/routeCheck';
import { SgaClient } from '../../functions/sga/SgaClient';
import type { TenantWithToken } from '../../functions/tenants/tenantSchema';
import { loadTenantsFile } from '../local/loadTenantsFile';
import type { Command } from './command';

const OPTIONS = {
  tenants: { type: 'string' },
  tenant: { type: 'string' },
} as const;

/** The variables the check reads; the rest of the pipeline's are unused. */
const checkEnvSchema = envSchema.pick({
  SGA_BASE_URL: true,
  SGA_MIN_INTERVAL_MS: true,
  SGA_TIMEOUT_MS: true,
});

/**
 * `sga-sync check`: calls each of SGA's eight routes once per tenant and
 * prints which are enabled on the token and what it can be used for.
 * Tenants are checked in parallel, each one's calls paced apart. Exits 0
 * when every token can do all the sync reads SGA for, 1 otherwise.
 */
export const checkCommand: Command = {
  usage: 'check --tenants FILE [--tenant ID]',
  async run(argv) {
    const { values } = parseArgs({ args: argv, options: OPTIONS });
    if (!values.tenants) throw new ConfigError('--tenants FILE is required');
    const tenants = loadTenantsFile(values.tenants).filter(
      (t) => !values.tenant || t.id === values.tenant,
    );
    if (tenants.length === 0) {
      throw new ConfigError(`--tenant: no tenant ${values.tenant} in the file`);
    }
    const checks = await checkTenants(tenants);
    tenants.forEach((t, i) => console.log(formatRouteCheck(t.id, checks[i])));
    return checks.every(isReadyForSync) ? 0 : 1;
  },
};

/** Checks the routes of every tenant's token, tenants in parallel. */
export async function checkTenants(
  tenants: TenantWithToken[],
): Promise<RouteCheck[]> {
  const parsed = checkEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new ConfigError(`environment: ${formatIssues(parsed.error)}`);
  }
  const env = parsed.data;
  return Promise.all(
    tenants.map((tenant) => checkRoutes(clientFor(tenant, env))),
  );
}

type CheckEnv = ReturnType<typeof checkEnvSchema.parse>;

function clientFor(tenant: TenantWithToken, env: CheckEnv): SgaClient {
  return new SgaClient({
    baseUrl: tenant.sgaBaseUrl ?? env.SGA_BASE_URL,
    token: tenant.sgaToken,
    pace: intervalPace(env.SGA_MIN_INTERVAL_MS),
    timeoutMs: env.SGA_TIMEOUT_MS,
  });
}
