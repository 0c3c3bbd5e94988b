import { ConfigError } from '../functions/config/formatIssues';
import { checkCommand } from './commands/check';
import type { Command } from './commands/command';
import { probeCommand } from './commands/probe';
import { redriveCommand } from './commands/redrive';
import { releaseCommand } from './commands/release';
import { reportCommand } from './commands/report';
import { runCommand } from './commands/run';
import { tenantsCommand } from './commands/tenants';

/** Every sub-command, by name. */
const COMMANDS: Record<string, Command> = {
  run: runCommand,
  check: checkCommand,
  probe: probeCommand,
  tenants: tenantsCommand,
  report: reportCommand,
  release: releaseCommand,
  redrive: redriveCommand,
};

function usage(): string {
  return [
    'usage:',
    ...Object.values(COMMANDS).map((c) => `  sga-sync ${c.usage}`),
  ].join('\n');
}

/** True for errors that mean "you asked wrongly", not "we broke". */
function isUsageError(error: unknown): boolean {
  const e = error as { name?: string; code?: string };
  return (
    error instanceof ConfigError ||
    e?.name === 'ConfigError' ||
    Boolean(e?.code?.startsWith('ERR_PARSE_ARGS'))
  );
}

/**
 * Entry point of `sga-sync`; returns the exit code: 0 success, 1 a run
 * that did not succeed, 2 a usage or configuration error (one line).
 */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === 'help') {
    console.log(usage());
    return 0;
  }
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    if (name) console.error(`sga-sync: unknown command ${name}`);
    console.error(usage());
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    console.error(`sga-sync: ${(error as Error).message}`);
    if (!isUsageError(error) && process.env.SGA_SYNC_DEBUG)
      console.error(error);
    return isUsageError(error) ? 2 : 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
