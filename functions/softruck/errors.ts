/** Base of every error the Softruck client raises. */
export class SoftruckError extends Error {
  override name = 'SoftruckError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** 400 `validation_failed`: this record is wrong; `paths` name the fields. */
export class SoftruckValidationError extends SoftruckError {
  override name = 'SoftruckValidationError';
  constructor(
    message: string,
    readonly paths: string[],
  ) {
    super(message, 400);
  }
}

/**
 * The record is there already: look it up and carry on. `paths` name the
 * field that collided (`data.3.attributes.plate`) when Softruck says so.
 */
export class SoftruckAlreadyExistsError extends SoftruckError {
  override name = 'SoftruckAlreadyExistsError';
  constructor(
    message: string,
    status: number,
    readonly paths: string[] = [],
  ) {
    super(message, status);
  }
}

/** The id is unknown to Softruck (removed there). */
export class SoftruckNotFoundError extends SoftruckError {
  override name = 'SoftruckNotFoundError';
}

/** The token refused again after a fresh login. */
export class SoftruckAuthError extends SoftruckError {
  override name = 'SoftruckAuthError';
}

/** The login itself refused: the credentials are wrong, not the token. */
export class SoftruckLoginError extends SoftruckAuthError {
  override name = 'SoftruckLoginError';
}

/**
 * 429, 5xx or network trouble that outlasted the retries. `retryAfterMs`
 * is what Softruck asked for in `Retry-After`, when it did.
 */
export class SoftruckTransientError extends SoftruckError {
  override name = 'SoftruckTransientError';
  constructor(
    message: string,
    status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message, status);
  }
}
