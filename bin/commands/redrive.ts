import { parseArgs } from 'node:util';
import { ConfigError } from '../../functions/config/formatIssues';
import type { Command } from './command';
import { operate } from './operate';

const OPTIONS = {
  tenant: { type: 'string' },
  run: { type: 'string' },
  settle: { type: 'boolean', default: false },
  'state-dir': { type: 'string' },
  aws: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
} as const;

/**
 * `sga-sync redrive`: sends a run's missing pages (dead letters) again so
 * that it finishes complete; with `--settle`, applies what the run read
 * without them instead (creates and updates, no deactivation).
 */
export const redriveCommand: Command = {
  usage:
    'redrive --tenant ID [--run RUN] [--settle] (--state-dir DIR | --aws)\n' +
    '      [--verbose]',
  async run(argv) {
    const { values } = parseArgs({ args: argv, options: OPTIONS });
    if (!values.tenant) throw new ConfigError('--tenant ID is required');
    const settle = values.settle ?? false;
    return operate({
      event: {
        action: settle ? 'settle' : 'redrive',
        tenantId: values.tenant,
        ...(values.run ? { runId: values.run } : {}),
      },
      stateDir: values['state-dir'],
      aws: values.aws ?? false,
      verbose: values.verbose ?? false,
      succeeded: (run) =>
        run.status === 'DONE' && (settle || run.report?.complete === true),
    });
  },
};
