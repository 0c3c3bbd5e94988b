import {
  CreateSecretCommand,
  PutSecretValueCommand,
  type SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';

/**
 * Writes the secrets the operator's command line registers: a tenant's
 * SGA token and the Softruck credentials. Stores a new version, or creates
 * the secret when there is none: an operator allowed only to put values
 * never needs the create permission.
 */
export class SecretWriter {
  constructor(
    private readonly client: SecretsManagerClient,
    private readonly sgaPrefix: string,
    private readonly softruckSecretId: string,
  ) {}

  async putSgaToken(tenantId: string, token: string): Promise<void> {
    await this.put(`${this.sgaPrefix}${tenantId}`, token);
  }

  async putSoftruckCredentials(value: {
    username: string;
    password: string;
    publicKey: string;
  }): Promise<void> {
    await this.put(this.softruckSecretId, JSON.stringify(value));
  }

  private async put(id: string, value: string): Promise<void> {
    try {
      await this.client.send(
        new PutSecretValueCommand({ SecretId: id, SecretString: value }),
      );
    } catch (error) {
      if ((error as Error).name !== 'ResourceNotFoundException') throw error;
      await this.client.send(
        new CreateSecretCommand({ Name: id, SecretString: value }),
      );
    }
  }
}
