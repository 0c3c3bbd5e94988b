import { parseArgs } from 'node:util';
import { ConfigError } from '../../functions/config/formatIssues';
import type { Command } from './command';
import { operate } from './operate';

const OPTIONS = {
  tenant: { type: 'string' },
  run: { type: 'string' },
  'state-dir': { type: 'string' },
  aws: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
} as const;

/**
 * `sga-sync release`: applies the deactivations the brake held in one
 * run, the tenant's latest; the next runs brake as before.
 */
export const releaseCommand: Command = {
  usage: 'release --tenant ID --run RUN (--state-dir DIR | --aws) [--verbose]',
  async run(argv) {
    const { values } = parseArgs({ args: argv, options: OPTIONS });
    if (!values.tenant) throw new ConfigError('--tenant ID is required');
    if (!values.run) throw new ConfigError('--run RUN is required');
    return operate({
      event: { action: 'release', tenantId: values.tenant, runId: values.run },
      stateDir: values['state-dir'],
      aws: values.aws ?? false,
      verbose: values.verbose ?? false,
      succeeded: (run) => run.status === 'DONE' && !run.report?.held,
    });
  },
};
