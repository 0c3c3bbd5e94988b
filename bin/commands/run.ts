import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError } from '../../functions/config/formatIssues';
import { setLogLevel } from '../../functions/observability/logger';
import { formatOutcome } from '../local/formatReport';
import { startLocalPipeline } from '../local/LocalPipeline';
import { loadTenantsFile } from '../local/loadTenantsFile';
import { runSync } from '../local/runSync';
import { type Command, requiredEnv } from './command';

const OPTIONS = {
  tenants: { type: 'string' },
  tenant: { type: 'string' },
  'state-dir': { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  report: { type: 'string' },
  plate: { type: 'string' },
  chassis: { type: 'string' },
  cpf: { type: 'string' },
  verbose: { type: 'boolean', default: false },
} as const;

/** `sga-sync run`: one sync of the tenants of a file, on this machine. */
export const runCommand: Command = {
  usage:
    'run (--tenants FILE | --state-dir DIR) [--tenant ID] [--dry-run]\n' +
    '      [--report FILE] [--plate P | --chassis C | --cpf N] [--verbose]',
  async run(argv) {
    const { values } = parseArgs({ args: argv, options: OPTIONS });
    if (!values.tenants && !values['state-dir']) {
      throw new ConfigError(
        '--tenants FILE is required (or --state-dir DIR with stored tenants)',
      );
    }
    const tenants = values.tenants
      ? loadTenantsFile(values.tenants)
      : undefined;
    if (
      values.tenant &&
      tenants &&
      !tenants.some((t) => t.id === values.tenant)
    ) {
      throw new ConfigError(`--tenant: no tenant ${values.tenant} in the file`);
    }
    const lookups = (['plate', 'chassis', 'cpf'] as const).filter(
      (k) => values[k],
    );
    if (lookups.length > 1) {
      throw new ConfigError('name only one of --plate, --chassis and --cpf');
    }
    if (lookups.length === 1 && !values.tenant) {
      throw new ConfigError(`--${lookups[0]} needs --tenant`);
    }
    const softruck = {
      username: requiredEnv('SOFTRUCK_USERNAME'),
      password: requiredEnv('SOFTRUCK_PASSWORD'),
      publicKey: requiredEnv('SOFTRUCK_PUBLIC_KEY'),
    };
    setLogLevel(values.verbose ? 'info' : 'warn');
    const pipeline = await startLocalPipeline(values['state-dir']);
    try {
      const lookup = lookups[0];
      const outcomes = await runSync(pipeline, {
        tenants,
        tenantId: values.tenant,
        dryRun: values['dry-run'] ?? false,
        lookup: lookup && { by: lookup, value: String(values[lookup]) },
        softruck,
        timeoutMs: 6 * 3600_000,
        progress: (line) => line && process.stderr.write(`… ${line}\n`),
      });
      for (const outcome of outcomes) console.log(formatOutcome(outcome));
      if (values.report) {
        const reports = outcomes.map((o) => o.report ?? o);
        writeFileSync(values.report, JSON.stringify(reports, null, 2));
      }
      return outcomes.every((o) => o.status === 'DONE') ? 0 : 1;
    } finally {
      await pipeline.close();
    }
  },
};
