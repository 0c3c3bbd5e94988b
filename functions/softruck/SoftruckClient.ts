import { logger } from '../observability/logger';
import { retryDelay } from '../sync/retryDelay';
import { sleep } from '../sync/sleep';
import {
  SoftruckAuthError,
  SoftruckLoginError,
  SoftruckTransientError,
} from './errors';
import { interpretAnswer, routeOf } from './interpretAnswer';
import { type LifetimeMemory, TokenCache } from './TokenCache';

/** Softruck login: a user of the account plus the account's public key. */
export interface SoftruckCredentials {
  username: string;
  password: string;
  publicKey: string;
}

export interface SoftruckClientOptions {
  baseUrl: string;
  credentials: () => Promise<SoftruckCredentials>;
  /** Waits for a slot of the shared budget; called before every request. */
  pace: () => Promise<void>;
  timeoutMs: number;
  /** Tries of one call, the first included (default 6). */
  attempts?: number;
  /** First backoff, doubled on each retry up to 30 s (default 2 s). */
  retryBaseMs?: number;
  /** Where the account's token lifetime, once learned, is shared. */
  tokenLifetime?: LifetimeMemory;
  fetchImpl?: typeof fetch;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** Counts the requests made on someone's behalf (one run, say). */
export interface CallMeter {
  calls: number;
}

/**
 * HTTP transport to Softruck API v2. One login per credential, shared by
 * every concurrent call (a rotated secret gets a login of its own); one
 * fresh login when a token is refused, then failure. 429, 408, 5xx and
 * network errors are retried with backoff, never sooner than Softruck's
 * `Retry-After`. Every request, logins and retries included, first waits
 * for a slot of the shared budget.
 */
export class SoftruckClient {
  /** Requests sent by this client, whoever asked. */
  calls = 0;
  private readonly tokens: TokenCache;
  private readonly attempts: number;
  private readonly retryBaseMs: number;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: SoftruckClientOptions) {
    this.attempts = options.attempts ?? 6;
    this.retryBaseMs = options.retryBaseMs ?? 2000;
    this.fetchImpl = options.fetchImpl ?? fetch;
    this.tokens = new TokenCache(Date.now, options.tokenLifetime);
  }

  async request<T = unknown>(
    method: Method,
    path: string,
    body?: unknown,
    meter: CallMeter = { calls: 0 },
  ): Promise<T> {
    let relogged = false;
    for (let attempt = 1; ; attempt++) {
      let token: string | undefined;
      try {
        const credentials = await this.options.credentials();
        token = await this.tokens.token(credentials, () =>
          this.login(credentials, meter),
        );
        return (await this.send(method, path, body, meter, token)) as T;
      } catch (error) {
        const refused =
          error instanceof SoftruckAuthError &&
          !(error instanceof SoftruckLoginError);
        if (refused && !relogged && token !== undefined) {
          relogged = true;
          logger.info('softruck token refused; logging in again', {
            call: `${method} ${routeOf(path)}`,
          });
          await this.tokens.refused(token);
          continue;
        }
        if (!(error instanceof SoftruckTransientError)) throw error;
        if (attempt >= this.attempts) throw error;
        const waitMs = Math.max(
          error.retryAfterMs ?? 0,
          retryDelay(attempt, this.retryBaseMs),
        );
        logger.warn('softruck call retried', {
          call: `${method} ${routeOf(path)}`,
          status: error.status,
          attempt,
          waitMs,
        });
        await sleep(waitMs);
      }
    }
  }

  /** Logs in; the login counts on the meter of the call that needed it. */
  private async login(
    credentials: SoftruckCredentials,
    meter: CallMeter,
  ): Promise<string> {
    const { username, password } = credentials;
    let out: { data?: { token?: string } } | undefined;
    try {
      out = (await this.send(
        'POST',
        '/auth/login',
        { username, password },
        meter,
      )) as typeof out;
    } catch (error) {
      if (!(error instanceof SoftruckAuthError)) throw error;
      throw new SoftruckLoginError(
        `Softruck refused the login (HTTP ${error.status})`,
        error.status,
      );
    }
    const token = out?.data?.token;
    if (!token) throw new SoftruckLoginError('login answered no token', 200);
    return token;
  }

  private async send(
    method: Method,
    path: string,
    body: unknown,
    meter: CallMeter,
    token?: string,
  ): Promise<unknown> {
    const { publicKey } = await this.options.credentials();
    await this.options.pace();
    this.calls++;
    meter.calls++;
    const where = `${method} ${routeOf(path)}`;
    let response: Response;
    let text: string;
    try {
      response = await this.fetchImpl(`${this.options.baseUrl}${path}`, {
        method,
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'public-key': publicKey,
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      const why = error instanceof Error ? error.name : 'network error';
      throw new SoftruckTransientError(`${where}: ${why}`);
    }
    return interpretAnswer(where, response.status, response.headers, text);
  }
}
