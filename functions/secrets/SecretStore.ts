import {
  GetSecretValueCommand,
  type SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { type SoftruckCredentials } from '../softruck/SoftruckClient';
import { z } from 'zod';

const credentialsSchema = z.object({
  username: z.string().min(1),
  password: z.string().min(1),
  publicKey: z.string().min(1),
});

interface Cached {
  value: string;
  until: number;
}

/**
 * Reads secrets from Secrets Manager with a short cache, so a warm Lambda
 * asks once per few minutes and a rotated token is picked up soon after.
 * A tenant's SGA token is the secret `<prefix><tenant id>`.
 */
export class SecretStore {
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly client: SecretsManagerClient,
    private readonly sgaPrefix: string,
    private readonly softruckSecretId: string,
    private readonly maxAgeMs = 5 * 60_000,
  ) {}

  async sgaToken(tenantId: string): Promise<string> {
    const raw = await this.get(`${this.sgaPrefix}${tenantId}`);
    const trimmed = raw.trim();
    if (trimmed.startsWith('{')) {
      const token = (JSON.parse(trimmed) as { token?: unknown }).token;
      if (typeof token === 'string' && token) return token;
      throw new Error(`SGA secret of tenant ${tenantId} has no "token"`);
    }
    return trimmed;
  }

  async softruckCredentials(): Promise<SoftruckCredentials> {
    const parsed = credentialsSchema.safeParse(
      JSON.parse(await this.get(this.softruckSecretId)),
    );
    if (!parsed.success) {
      throw new Error(
        'Softruck secret must be JSON with username, password and publicKey',
      );
    }
    return parsed.data;
  }

  private async get(id: string): Promise<string> {
    const hit = this.cache.get(id);
    if (hit && hit.until > Date.now()) return hit.value;
    const out = await this.client.send(
      new GetSecretValueCommand({ SecretId: id }),
    );
    if (!out.SecretString) throw new Error(`secret ${id} has no string value`);
    this.cache.set(id, {
      value: out.SecretString,
      until: Date.now() + this.maxAgeMs,
    });
    return out.SecretString;
  }
}
