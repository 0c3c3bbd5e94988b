import { retryDelay } from '../sync/retryDelay';
import { sleep } from '../sync/sleep';
import {
  SoftruckAlreadyExistsError,
  SoftruckAuthError,
  SoftruckError,
  SoftruckNotFoundError,
  SoftruckTransientError,
  SoftruckValidationError,
} from './errors';

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
  attempts?: number;
  retryBaseMs?: number;
  fetchImpl?: typeof fetch;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** Counts the requests made on someone's behalf (one run, say). */
export interface CallMeter {
  calls: number;
}

/**
 * HTTP transport to Softruck API v2: one login reused by every call, one
 * fresh login on 401/403, retries with backoff on 429, 5xx and network
 * errors, each attempt paced by the shared budget. Logins count too.
 */
export class SoftruckClient {
  calls = 0;
  private token?: string;
  private readonly attempts: number;
  private readonly retryBaseMs: number;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: SoftruckClientOptions) {
    this.attempts = options.attempts ?? 6;
    this.retryBaseMs = options.retryBaseMs ?? 2000;
    this.fetchImpl = options.fetchImpl ?? fetch;
  }

  async request<T = unknown>(
    method: Method,
    path: string,
    body?: unknown,
    meter: CallMeter = { calls: 0 },
  ): Promise<T> {
    let relogged = false;
    for (let attempt = 1; ; attempt++) {
      const token = this.token ?? (await this.login(meter));
      try {
        return (await this.send(method, path, body, meter, token)) as T;
      } catch (error) {
        if (error instanceof SoftruckAuthError && !relogged) {
          relogged = true;
          this.token = undefined;
          continue;
        }
        if (!(error instanceof SoftruckTransientError)) throw error;
        if (attempt >= this.attempts) throw error;
        await sleep(retryDelay(attempt, this.retryBaseMs));
      }
    }
  }

  private async login(meter: CallMeter): Promise<string> {
    const { username, password } = await this.options.credentials();
    const out = (await this.send(
      'POST',
      '/auth/login',
      { username, password },
      meter,
    )) as { data?: { token?: string } };
    const token = out?.data?.token;
    if (!token) throw new SoftruckAuthError('login answered no token', 200);
    this.token = token;
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
      throw new SoftruckTransientError(`${method} ${route(path)}: ${why}`);
    }
    return interpret(method, path, response, text);
  }
}

/** The path without ids or query, for messages: `/vehicles/:id`. */
function route(path: string): string {
  return path.split('?')[0].replace(/\/[A-Za-z0-9]{15}(?=\/|$)/g, '/:id');
}

function interpret(
  method: Method,
  path: string,
  response: Response,
  text: string,
): unknown {
  const { status } = response;
  const where = `${method} ${route(path)}`;
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (status >= 200 && status < 300) return body;
  if (/already exists/i.test(text)) {
    throw new SoftruckAlreadyExistsError(`${where}: already exists`, status);
  }
  if (status === 400 || status === 422) {
    const paths = validationPaths(body);
    const detail = paths.length ? ` at ${paths.join(', ')}` : '';
    throw new SoftruckValidationError(
      `${where}: validation failed${detail}`,
      paths,
    );
  }
  if (status === 401 || status === 403) {
    throw new SoftruckAuthError(`${where}: HTTP ${status}`, status);
  }
  if (status === 404) {
    throw new SoftruckNotFoundError(`${where}: not found`, status);
  }
  if (status === 429 || status === 408 || status >= 500) {
    throw new SoftruckTransientError(`${where}: HTTP ${status}`, status);
  }
  throw new SoftruckError(`${where}: HTTP ${status}`, status);
}

/** Field paths of a `validation_failed` answer, whatever it nests them in. */
function validationPaths(body: unknown): string[] {
  if (!body || typeof body !== 'object') return [];
  const found: string[] = [];
  const visit = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 4) return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'field') && typeof value === 'string') {
        found.push(value.slice(0, 120));
      } else visit(value, depth + 1);
    }
  };
  visit(body, 0);
  return [...new Set(found)].slice(0, 10);
}
