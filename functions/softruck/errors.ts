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

/** 400 `validation_failed`: this record is wrong; `path` names the field. */
export class SoftruckValidationError extends SoftruckError {
  override name = 'SoftruckValidationError';
  constructor(
    message: string,
    readonly paths: string[],
  ) {
    super(message, 400);
  }
}

/** The record is there already: look it up and carry on. */
export class SoftruckAlreadyExistsError extends SoftruckError {
  override name = 'SoftruckAlreadyExistsError';
}

/** The id is unknown to Softruck (removed there). */
export class SoftruckNotFoundError extends SoftruckError {
  override name = 'SoftruckNotFoundError';
}

/** Login refused, or the token refused again after a fresh login. */
export class SoftruckAuthError extends SoftruckError {
  override name = 'SoftruckAuthError';
}

/** 429, 5xx or network trouble that outlasted the retries. */
export class SoftruckTransientError extends SoftruckError {
  override name = 'SoftruckTransientError';
}
