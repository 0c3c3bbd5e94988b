import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError } from '../functions/config/formatIssues';
import { setLogLevel } from '../functions/observability/logger';
import { formatOutcome } from './local/formatReport';
import { startLocalPipeline } from './local/LocalPipeline';
import { loadTenantsFile } from './local/loadTenantsFile';
import { runSync } from './local/runSync';

const USAGE = `usage:
  sga-sync run --tenants FILE [--tenant ID] [--state-dir DIR] [--dry-run]
               [--report FILE] [--plate P | --chassis C | --cpf N]`;

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

/** Reads a required variable, naming it when it is missing. */
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new ConfigError(`environment: ${name} is required`);
  return value;
}

async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: OPTIONS, strict: true });
  if (!values.tenants) throw new ConfigError('--tenants FILE is required');
  const tenants = loadTenantsFile(values.tenants);
  if (values.tenant && !tenants.some((t) => t.id === values.tenant)) {
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
    username: required('SOFTRUCK_USERNAME'),
    password: required('SOFTRUCK_PASSWORD'),
    publicKey: required('SOFTRUCK_PUBLIC_KEY'),
  };
  setLogLevel(values.verbose ? 'info' : 'warn');
  const pipeline = await startLocalPipeline(values['state-dir']);
  try {
    const outcomes = await runSync(pipeline, {
      tenants,
      tenantId: values.tenant,
      dryRun: values['dry-run'] ?? false,
      lookup: lookups[0] && { by: lookups[0], value: values[lookups[0]]! },
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
}

/** Entry point of `sga-sync`; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'run') return await run(rest);
    console.error(USAGE);
    return 2;
  } catch (error) {
    const known =
      error instanceof ConfigError ||
      (error as Error)?.name === 'ConfigError' ||
      (error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS');
    console.error(`sga-sync: ${(error as Error).message}`);
    if (!known && process.env.SGA_SYNC_DEBUG) console.error(error);
    return known ? 2 : 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
