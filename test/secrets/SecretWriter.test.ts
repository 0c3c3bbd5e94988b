import {
  CreateSecretCommand,
  PutSecretValueCommand,
  ResourceNotFoundException,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { SecretWriter } from '../../functions/secrets/SecretWriter';

const sm = mockClient(SecretsManagerClient);
const writer = new SecretWriter(
  new SecretsManagerClient({ region: 'us-east-1' }),
  'sync/sga/',
  'sync/softruck',
);

beforeEach(() => sm.reset());

describe('SecretWriter', () => {
  it('stores a new version of an existing token without creating', async () => {
    sm.on(PutSecretValueCommand).resolves({});

    await writer.putSgaToken('alfa', 'token-1');

    expect(sm.commandCalls(PutSecretValueCommand)[0].args[0].input).toEqual({
      SecretId: 'sync/sga/alfa',
      SecretString: 'token-1',
    });
    expect(sm.commandCalls(CreateSecretCommand)).toHaveLength(0);
  });

  it('creates the secret when there is none yet', async () => {
    sm.on(PutSecretValueCommand).rejects(
      new ResourceNotFoundException({ message: 'missing', $metadata: {} }),
    );
    sm.on(CreateSecretCommand).resolves({});

    await writer.putSoftruckCredentials({
      username: 'u',
      password: 'p',
      publicKey: 'k',
    });

    expect(sm.commandCalls(CreateSecretCommand)[0].args[0].input).toEqual({
      Name: 'sync/softruck',
      SecretString: '{"username":"u","password":"p","publicKey":"k"}',
    });
  });

  it('does not hide other errors behind a create', async () => {
    sm.on(PutSecretValueCommand).rejects(new Error('AccessDenied'));

    await expect(writer.putSgaToken('alfa', 't')).rejects.toThrow(
      'AccessDenied',
    );
    expect(sm.commandCalls(CreateSecretCommand)).toHaveLength(0);
  });
});
