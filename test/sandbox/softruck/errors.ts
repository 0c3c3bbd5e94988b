/** A field a write got wrong, as Softruck's `details` list it. */
export interface Problem {
  path: string;
  message: string;
}

/** An answer other than success; handlers throw it, the server sends it. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(`${status} ${String(body.error)}`);
  }
}

/** 400 `validation_failed` with the paths of the wrong fields. */
export function validationFailed(details: Problem[]): HttpError {
  return new HttpError(400, { error: 'validation_failed', details });
}

/**
 * The duplicate answer. Softruck's only stable signal is the text
 * `Already Exists`, so clients must look for it, not for a status.
 */
export function alreadyExists(what: string, path: string): HttpError {
  return new HttpError(400, {
    error: 'Already Exists',
    message: `${what} Already Exists`,
    details: [{ path, message: 'Already Exists' }],
  });
}

/** 404 for an unknown route or record. */
export function notFound(what: string): HttpError {
  return new HttpError(404, { error: 'not_found', message: what });
}

/** 401 with a reason a test can read. */
export function unauthorized(reason: string): HttpError {
  return new HttpError(401, { error: 'unauthorized', message: reason });
}

/** 400 for a list query the API would not understand. */
export function badQuery(message: string): HttpError {
  return new HttpError(400, { error: 'invalid_query', message });
}
