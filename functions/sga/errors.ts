import type { SgaRoute } from './routes';

/** Base of every error the SGA client raises. */
export class SgaError extends Error {
  override name = 'SgaError';
  constructor(
    message: string,
    readonly route: SgaRoute,
    readonly status?: number,
  ) {
    super(message);
  }
}

/**
 * SGA blocked the token for bulk extraction. The tenant must stop at once
 * and wait out the block: retrying only prolongs it.
 */
export class SgaBlockedError extends SgaError {
  override name = 'SgaBlockedError';
}

/** The token is not valid for any route. */
export class SgaAuthError extends SgaError {
  override name = 'SgaAuthError';
}

/** The route is not enabled on the token (or not allowed to it). */
export class SgaRouteDisabledError extends SgaError {
  override name = 'SgaRouteDisabledError';
}

/** 5xx, timeout or connection failure that outlasted the retries. */
export class SgaTransientError extends SgaError {
  override name = 'SgaTransientError';
}

/** An answer the client cannot use: bad JSON, an error in a 2xx body. */
export class SgaResponseError extends SgaError {
  override name = 'SgaResponseError';
}
