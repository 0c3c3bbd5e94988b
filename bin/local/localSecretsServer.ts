import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from './readBody';

/**
 * A loopback stand-in for the few Secrets Manager actions the sync uses
 * (GetSecretValue, CreateSecret, PutSecretValue), speaking the same JSON
 * protocol, so the AWS SDK client works unchanged. With `file`, secrets
 * persist between runs (readable by the owner only).
 */
export interface LocalSecrets {
  endpoint: string;
  close(): Promise<void>;
}

export async function startLocalSecrets(file?: string): Promise<LocalSecrets> {
  const secrets = new Map<string, string>(
    file && existsSync(file)
      ? Object.entries(JSON.parse(readFileSync(file, 'utf8')))
      : [],
  );
  const save = () => {
    if (file) {
      writeFileSync(file, JSON.stringify(Object.fromEntries(secrets)), {
        mode: 0o600,
      });
    }
  };
  const server: Server = createServer(async (req, res) => {
    const target = String(req.headers['x-amz-target'] ?? '');
    const action = target.split('.').pop();
    const body = JSON.parse((await readBody(req)) || '{}');
    const id: string = body.SecretId ?? body.Name;
    const answer = (status: number, payload: object) => {
      res.writeHead(status, { 'Content-Type': 'application/x-amz-json-1.1' });
      res.end(JSON.stringify(payload));
    };
    const missing = () =>
      answer(400, {
        __type: 'ResourceNotFoundException',
        message: `Secrets Manager can't find the specified secret.`,
      });
    const meta = {
      ARN: `arn:aws:secretsmanager:local:0:secret:${id}`,
      Name: id,
    };
    if (action === 'GetSecretValue') {
      const value = secrets.get(id);
      if (value === undefined) return missing();
      return answer(200, { ...meta, SecretString: value, VersionId: 'v1' });
    }
    if (action === 'CreateSecret' || action === 'PutSecretValue') {
      if (action === 'PutSecretValue' && !secrets.has(id)) return missing();
      if (action === 'CreateSecret' && secrets.has(id)) {
        return answer(400, {
          __type: 'ResourceExistsException',
          message: 'the secret already exists',
        });
      }
      secrets.set(id, String(body.SecretString ?? ''));
      save();
      return answer(200, { ...meta, VersionId: 'v1' });
    }
    answer(400, { __type: 'InvalidRequestException', message: 'unsupported' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
