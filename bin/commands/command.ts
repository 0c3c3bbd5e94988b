import { ConfigError } from '../../functions/config/formatIssues';

/** One `sga-sync` sub-command: its usage line and what it does. */
export interface Command {
  usage: string;
  /** Runs with the arguments after the command name; returns the exit code. */
  run(argv: string[]): Promise<number>;
}

/** Reads a required variable, naming it when it is missing. */
export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new ConfigError(`environment: ${name} is required`);
  }
  return value;
}
