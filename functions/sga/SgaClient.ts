import { retryDelay } from '../sync/retryDelay';
import { sleep } from '../sync/sleep';
import { SgaError, SgaResponseError, SgaTransientError } from './errors';
import { interpretAnswer, type SgaAnswer } from './interpretAnswer';
import { parseCount, parseListing } from './parseListing';
import { routePath, SGA_ROUTES, type SgaRoute } from './routes';

export interface SgaClientOptions {
  baseUrl: string;
  token: string;
  /** Waits for this tenant's next turn; called before every request. */
  pace: () => Promise<void>;
  /** Read timeout of one request; SGA pages can take a minute. */
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

/** How one route answered the route check; SGA's refusals are not thrown. */
export interface SgaProbe {
  route: SgaRoute;
  /** The HTTP status; absent when no answer came (timeout, reset). */
  status?: number;
  /** The answer's body; `undefined` for "nothing found" and failures. */
  body?: unknown;
  error?: SgaError;
}

/**
 * Read-only client of SGA's supplier-sync routes. It can only send GET:
 * no method is ever passed in, and no option or argument names one. It
 * counts its calls for the run report.
 *
 * @example
 * const sga = new SgaClient({ baseUrl, token, pace, timeoutMs: 120_000 });
 * const { pages } = await sga.pageCount();
 * const records = await sga.page(1);
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
    const { body } = await this.get('pageCount', SGA_ROUTES.pageCount());
    const fields = (body ?? {}) as Record<string, unknown>;
    const pages = parseCount(fields.quantidade_paginas);
    if (pages === undefined) {
      throw new SgaResponseError('page count is not a number', 'pageCount');
    }
    return { pages, records: parseCount(fields.total_registros) };
  }

  /** One page; an empty list when SGA answers "nothing found". */
  async page(page: number): Promise<unknown[]> {
    return this.listing('page', SGA_ROUTES.page(page));
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
    return (await this.get(route, SGA_ROUTES[route]())).body ?? {};
  }

  /**
   * Calls `route` once (retries included) for the route check, with its
   * argument (a page number, plate, chassis or CPF), and tells how it
   * answered instead of throwing SGA's refusals.
   */
  async probe(route: SgaRoute, argument?: string | number): Promise<SgaProbe> {
    try {
      const answer = await this.get(route, routePath(route, argument));
      return { route, ...answer };
    } catch (error) {
      if (!(error instanceof SgaError)) throw error;
      return { route, status: error.status, error };
    }
  }

  private async listing(route: SgaRoute, path: string): Promise<unknown[]> {
    const { body } = await this.get(route, path);
    return body === undefined ? [] : parseListing(body, route);
  }

  /** GET with bounded retries, spaced by backoff with jitter. */
  private async get(route: SgaRoute, path: string): Promise<SgaAnswer> {
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

  private async once(route: SgaRoute, path: string): Promise<SgaAnswer> {
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
        // Covers the body too: a page that stalls halfway times out.
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      const why = networkReason(error, this.options.timeoutMs);
      throw new SgaTransientError(`${route}: ${why}`, route);
    }
    return interpretAnswer(route, response.status, text);
  }
}

function networkReason(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; cause?: { code?: string } };
  if (e?.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  const code = e?.cause?.code;
  return `connection failed${code ? ` (${code})` : ''}`;
}
