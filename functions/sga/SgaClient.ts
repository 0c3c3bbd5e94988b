import { redactText } from '../observability/redact';
import { retryDelay } from '../sync/retryDelay';
import { sleep } from '../sync/sleep';
import {
  SgaAuthError,
  SgaBlockedError,
  SgaError,
  SgaResponseError,
  SgaRouteDisabledError,
  SgaTransientError,
} from './errors';
import { parseCount, parseListing } from './parseListing';
import { LOOKUP_ROUTES, SGA_ROUTES, type SgaRoute } from './routes';

export interface SgaClientOptions {
  baseUrl: string;
  token: string;
  /** Waits for this tenant's next turn; called before every request. */
  pace: () => Promise<void>;
  timeoutMs: number;
  /** Attempts for 5xx, timeouts and resets, the first included. */
  attempts?: number;
  retryBaseMs?: number;
  fetchImpl?: typeof fetch;
}

/** The page count SGA declares. */
export interface PageCount {
  pages: number;
  records?: number;
}

const BLOCKED_MARK = /BLOQUEADO/i;

/**
 * Read-only client of SGA's supplier-sync routes. It can only send GET:
 * no method is ever passed in. It counts its calls for the run report.
 */
export class SgaClient {
  calls = 0;
  private readonly attempts: number;
  private readonly retryBaseMs: number;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: SgaClientOptions) {
    this.attempts = options.attempts ?? 3;
    this.retryBaseMs = options.retryBaseMs ?? 1000;
    this.fetchImpl = options.fetchImpl ?? fetch;
  }

  async pageCount(): Promise<PageCount> {
    const body = await this.get('pageCount', SGA_ROUTES.pageCount());
    const fields = (body ?? {}) as Record<string, unknown>;
    const pages = parseCount(fields.quantidade_paginas);
    if (pages === undefined) {
      throw new SgaResponseError('page count is not a number', 'pageCount');
    }
    return { pages, records: parseCount(fields.total_registros) };
  }

  /** One page; an empty list when SGA answers "nothing found". */
  async page(page: number): Promise<unknown[]> {
    const body = await this.get('page', SGA_ROUTES.page(page));
    return body === undefined ? [] : parseListing(body, 'page');
  }

  async byPlate(plate: string): Promise<unknown[]> {
    return this.listing('byPlate', SGA_ROUTES.byPlate(plate));
  }

  async byChassis(chassis: string): Promise<unknown[]> {
    return this.listing('byChassis', SGA_ROUTES.byChassis(chassis));
  }

  async byCpf(cpf: string): Promise<unknown[]> {
    return this.listing('byCpf', SGA_ROUTES.byCpf(cpf));
  }

  async listAll(): Promise<unknown[]> {
    return this.listing('listAll', SGA_ROUTES.listAll());
  }

  /** Products; shape `{code: name}`, returned as SGA sent it. */
  async products(route: 'products' | 'productTypes' = 'products') {
    return (await this.get(route, SGA_ROUTES[route]())) ?? {};
  }

  private async listing(route: SgaRoute, path: string): Promise<unknown[]> {
    const body = await this.get(route, path);
    return body === undefined ? [] : parseListing(body, route);
  }

  /** GET with retries; `undefined` means SGA found nothing. */
  private async get(route: SgaRoute, path: string): Promise<unknown> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(route, path);
      } catch (error) {
        if (!(error instanceof SgaTransientError)) throw error;
        if (attempt >= this.attempts) throw error;
        await sleep(retryDelay(attempt, this.retryBaseMs));
      }
    }
  }

  private async once(route: SgaRoute, path: string): Promise<unknown> {
    await this.options.pace();
    this.calls++;
    let response: Response;
    let text: string;
    try {
      response = await this.fetchImpl(`${this.options.baseUrl}${path}`, {
        method: 'GET',
        headers: {
          Authorization: `Bearer ${this.options.token}`,
          Accept: 'application/json',
        },
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      const why = error instanceof Error ? error.name : 'network error';
      throw new SgaTransientError(`${route}: ${why}`, route);
    }
    return interpret(route, response.status, text);
  }
}

function interpret(route: SgaRoute, status: number, text: string): unknown {
  const body = parseJson(text);
  const message = errorMessage(body);
  const say = (what: string) =>
    `${route}: ${what} (HTTP ${status}${message ? `: ${message}` : ''})`;
  if (status === 403 && BLOCKED_MARK.test(text)) {
    throw new SgaBlockedError(say('token blocked for bulk extraction'), route);
  }
  if (status === 406) return undefined;
  if (status === 404 && LOOKUP_ROUTES.includes(route)) return undefined;
  if (status === 404 || status === 403) {
    throw new SgaRouteDisabledError(say('route not enabled'), route, status);
  }
  if (status === 401) throw new SgaAuthError(say('unauthorized'), route, 401);
  if (status >= 500 || status === 429 || status === 408) {
    throw new SgaTransientError(say('server error'), route, status);
  }
  if (status < 200 || status >= 300) {
    throw new SgaError(say('unexpected answer'), route, status);
  }
  if (body === INVALID) throw new SgaResponseError(say('not JSON'), route);
  if (body && typeof body === 'object' && 'error' in body) {
    throw new SgaResponseError(say('error in a successful answer'), route);
  }
  return body;
}

const INVALID = Symbol('invalid');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return INVALID;
  }
}

/** SGA's message, from `{mensagem, error: [...]}` or `{error: {mensagem}}`. */
function errorMessage(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const { mensagem, error } = body as Record<string, unknown>;
  const parts: unknown[] = [mensagem];
  if (Array.isArray(error)) parts.push(...error);
  else if (error && typeof error === 'object') {
    parts.push((error as Record<string, unknown>).mensagem);
  } else parts.push(error);
  const text = parts.filter((p) => typeof p === 'string').join(' / ');
  return text ? redactText(text).slice(0, 300) : undefined;
}
