import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { envSchema } from '../../functions/config/env';
import { ConfigError, formatIssues } from '../../functions/config/formatIssues';
import { formatProbe } from '../../functions/drift/formatProbe';
import { runProbe } from '../../functions/drift/runProbe';
import { intervalPace } from '../../functions/sga/intervalPace';
import { SgaClient } from '../../functions/sga/SgaClient';
import { loadTenantsFile } from '../local/loadTenantsFile';
import { type Command, requiredEnv } from './command';

const OPTIONS = {
  tenants: { type: 'string' },
  tenant: { type: 'string' },
  out: { type: 'string' },
} as const;

const probeEnvSchema = envSchema.pick({
  SGA_BASE_URL: true,
  SGA_MIN_INTERVAL_MS: true,
  SGA_TIMEOUT_MS: true,
  SOFTRUCK_BASE_URL: true,
  SOFTRUCK_RATE_PER_MINUTE: true,
  SOFTRUCK_TIMEOUT_MS: true,
});

/**
 * `sga-sync probe`: calls each SGA route and the read-only Softruck routes
 * once for one tenant, writes what they answered (fields, types, formats,
 * masked samples) as `probe-<tenant>.json` and `.md` in `--out` (default
 * the current directory), and prints the Markdown. Exits 0 when nothing
 * differs from what the code assumes, 1 when something does.
 */
export const probeCommand: Command = {
  usage: 'probe --tenants FILE --tenant ID [--out DIR]',
  async run(argv) {
    const { values } = parseArgs({ args: argv, options: OPTIONS });
    if (!values.tenants) throw new ConfigError('--tenants FILE is required');
    if (!values.tenant) throw new ConfigError('--tenant ID is required');
    const tenant = loadTenantsFile(values.tenants).find(
      (t) => t.id === values.tenant,
    );
    if (!tenant) {
      throw new ConfigError(`--tenant: no tenant ${values.tenant} in the file`);
    }
    const parsed = probeEnvSchema.safeParse(process.env);
    if (!parsed.success) {
      throw new ConfigError(`environment: ${formatIssues(parsed.error)}`);
    }
    const env = parsed.data;
    const credentials = {
      username: requiredEnv('SOFTRUCK_USERNAME'),
      password: requiredEnv('SOFTRUCK_PASSWORD'),
      publicKey: requiredEnv('SOFTRUCK_PUBLIC_KEY'),
    };
    const result = await runProbe({
      tenantId: tenant.id,
      sga: new SgaClient({
        baseUrl: tenant.sgaBaseUrl ?? env.SGA_BASE_URL,
        token: tenant.sgaToken,
        pace: intervalPace(env.SGA_MIN_INTERVAL_MS),
        timeoutMs: env.SGA_TIMEOUT_MS,
      }),
      softruck: {
        enterpriseId: tenant.softruckEnterpriseId,
        client: {
          baseUrl: env.SOFTRUCK_BASE_URL,
          credentials: async () => credentials,
          pace: intervalPace(60_000 / env.SOFTRUCK_RATE_PER_MINUTE),
          timeoutMs: env.SOFTRUCK_TIMEOUT_MS,
        },
      },
    });
    const dir = values.out ?? '.';
    mkdirSync(dir, { recursive: true });
    const base = join(dir, `probe-${tenant.id}`);
    const summary = formatProbe(result);
    writeFileSync(`${base}.json`, `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(`${base}.md`, summary);
    console.log(summary);
    console.log(`written: ${base}.json, ${base}.md`);
    return result.differences.some((d) => d.severity === 'change') ? 1 : 0;
  },
};
