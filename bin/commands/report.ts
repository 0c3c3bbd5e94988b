import { parseArgs } from 'node:util';
import { ConfigError } from '../../functions/config/formatIssues';
import { describeRun } from '../../functions/sync/describeRun';
import { openState } from '../local/openState';
import type { Command } from './command';
import { formatRun } from './runText';

const OPTIONS = {
  tenant: { type: 'string' },
  run: { type: 'string' },
  'state-dir': { type: 'string' },
  aws: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
} as const;

/**
 * `sga-sync report`: one run of one tenant (its latest by default):
 * counts, failures, held deactivations, duration, calls to each API and
 * missing pages. Reads the state only.
 */
export const reportCommand: Command = {
  usage: 'report --tenant ID [--run RUN] (--state-dir DIR | --aws) [--json]',
  async run(argv) {
    const { values } = parseArgs({ args: argv, options: OPTIONS });
    if (!values.tenant) throw new ConfigError('--tenant ID is required');
    const state = await openState({
      stateDir: values['state-dir'],
      aws: values.aws ?? false,
    });
    try {
      const { runs } = state.services;
      const run = values.run
        ? await runs.get(values.tenant, values.run)
        : (await runs.latest(values.tenant, 1))[0];
      if (!run) {
        const which = values.run ? `no run ${values.run}` : 'no run';
        console.error(
          `sga-sync: ${which} of ${values.tenant} in ${state.where}`,
        );
        return 1;
      }
      const description = await describeRun(state.services, run);
      if (values.json) {
        const { report, held } = description;
        console.log(JSON.stringify({ ...report, heldRecords: held }, null, 2));
      } else {
        console.log(formatRun(description));
      }
      return 0;
    } finally {
      await state.close();
    }
  },
};
