import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { loadEnv } from '../../functions/config/env';
import { ConfigError } from '../../functions/config/formatIssues';
import { createServices } from '../../functions/runtime/createServices';
import type { Services } from '../../functions/runtime/services';
import { SecretWriter } from '../../functions/secrets/SecretWriter';
import { startLocalAws } from './startLocalAws';

/** The sync's state, local or deployed, for the operator's commands. */
export interface OpenState {
  services: Services;
  secrets: SecretWriter;
  where: string;
  close(): Promise<void>;
}

/**
 * Opens the deployed state (`aws`: the table and secrets named by the
 * environment, with the default AWS credentials) or the local one kept
 * under `stateDir`.
 */
export async function openState(options: {
  stateDir?: string;
  aws: boolean;
}): Promise<OpenState> {
  if (options.aws && options.stateDir) {
    throw new ConfigError('use either --aws or --state-dir, not both');
  }
  let close: () => Promise<void> = async () => undefined;
  if (options.aws) {
    if (!process.env.TABLE_NAME) {
      throw new ConfigError(
        'environment: TABLE_NAME is required with --aws (the stack output)',
      );
    }
    process.env.PAGE_QUEUE_URL ??= 'https://unused.invalid/pages';
    process.env.RECONCILE_QUEUE_URL ??= 'https://unused.invalid/reconcile';
  } else {
    if (!options.stateDir) {
      throw new ConfigError('--state-dir DIR (or --aws) is required');
    }
    const aws = await startLocalAws(options.stateDir);
    Object.assign(process.env, aws.env);
    close = () => aws.close();
  }
  const env = loadEnv();
  return {
    services: createServices(env),
    secrets: new SecretWriter(
      new SecretsManagerClient({}),
      env.SGA_TOKEN_SECRET_PREFIX,
      env.SOFTRUCK_SECRET_ID,
    ),
    where: options.aws ? `table ${env.TABLE_NAME}` : options.stateDir!,
    close,
  };
}
