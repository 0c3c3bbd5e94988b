import {
  GetSecretValueCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { SecretStore } from '../../functions/secrets/SecretStore';

const sm = mockClient(SecretsManagerClient);
const client = new SecretsManagerClient({ region: 'us-east-1' });

beforeEach(() => sm.reset());

describe('SecretStore', () => {
  it('reads a tenant token from the secret named by prefix and tenant', async () => {
    sm.on(GetSecretValueCommand, { SecretId: 'p/alfa' }).resolves({
      SecretString: ' plain-token \n',
    });
    const store = new SecretStore(client, 'p/', 'softruck');

    await expect(store.sgaToken('alfa')).resolves.toBe('plain-token');
  });

  it('accepts a token stored as JSON', async () => {
    sm.on(GetSecretValueCommand).resolves({
      SecretString: '{"token":"json-token"}',
    });
    const store = new SecretStore(client, 'p/', 'softruck');

    await expect(store.sgaToken('alfa')).resolves.toBe('json-token');
  });

  it('asks Secrets Manager once while the cache is fresh', async () => {
    sm.on(GetSecretValueCommand).resolves({ SecretString: 'cached' });
    const store = new SecretStore(client, 'p/', 'softruck', 60_000);

    await store.sgaToken('alfa');
    await store.sgaToken('alfa');

    expect(sm.commandCalls(GetSecretValueCommand)).toHaveLength(1);
  });

  it('asks again once the cache has expired', async () => {
    sm.on(GetSecretValueCommand).resolves({ SecretString: 'fresh' });
    const store = new SecretStore(client, 'p/', 'softruck', 0);

    await store.sgaToken('alfa');
    await store.sgaToken('alfa');

    expect(sm.commandCalls(GetSecretValueCommand)).toHaveLength(2);
  });

  it('refuses Softruck credentials without a field, naming none of them', async () => {
    sm.on(GetSecretValueCommand).resolves({
      SecretString: '{"username":"u","password":"secret-value"}',
    });
    const store = new SecretStore(client, 'p/', 'softruck');

    const error = await store.softruckCredentials().catch((e: Error) => e);

    expect((error as Error).message).toMatch(
      /username, password and publicKey/,
    );
    expect((error as Error).message).not.toContain('secret-value');
  });
});
