import { sleep } from '../../functions/sync/sleep';
import { ACCOUNT } from './benchSandboxes';

const ATTEMPTS = 5;

/**
 * How a plain script talks to Softruck: fetch, one request at a time,
 * spaced to the account's limit with the sync's 2% margin, a new login on
 * 401, a wait and a retry on 429. No lookups, no batching beyond what it
 * is told to send.
 */
export class NaiveSoftruck {
  private token = '';
  private nextAt = 0;
  calls = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly perMinute: number,
  ) {}

  /** Sends one request; answers its body, or undefined when refused. */
  async send(method: string, path: string, body?: unknown): Promise<unknown> {
    if (!this.token) await this.login();
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const res = await this.fetch(method, path, body);
      if (res.status === 401 && attempt < ATTEMPTS) {
        await this.login();
        continue;
      }
      if (res.status === 429 || res.status >= 500) continue;
      const text = await res.text();
      return res.ok && text ? JSON.parse(text) : undefined;
    }
    return undefined;
  }

  private async login(): Promise<void> {
    const res = await this.fetch('POST', '/auth/login', {
      username: ACCOUNT.username,
      password: ACCOUNT.password,
    });
    const body = (await res.json()) as { data?: { token?: string } };
    this.token = body.data?.token ?? '';
  }

  private async fetch(method: string, path: string, body?: unknown) {
    const interval = (60_000 / this.perMinute) * 1.02;
    const now = Date.now();
    const at = Math.max(now, this.nextAt);
    this.nextAt = at + interval;
    await sleep(at - now);
    this.calls++;
    return fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        'public-key': ACCOUNT.publicKey,
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }
}
