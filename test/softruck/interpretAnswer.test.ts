import {
  SoftruckAlreadyExistsError,
  SoftruckError,
  SoftruckTransientError,
  SoftruckValidationError,
} from '../../functions/softruck/errors';
import {
  batchIndexes,
  interpretAnswer,
  retryAfterMs,
  routeOf,
} from '../../functions/softruck/interpretAnswer';

const answer =
  (status: number, body: unknown, headers = {}) =>
  () =>
    interpretAnswer(
      'POST /vehicles',
      status,
      new Headers(headers),
      JSON.stringify(body),
    );

describe('interpretAnswer', () => {
  it('returns the body of a success', () => {
    // Act
    const body = answer(201, { data: [{ id: 'x' }] })();

    // Assess
    expect(body).toEqual({ data: [{ id: 'x' }] });
  });

  it('reads validation_failed as a validation error naming the fields', () => {
    // Prepare
    const body = {
      error: 'validation_failed',
      details: [{ path: 'data.2.attributes.plate', message: 'too long' }],
    };

    // Act
    const reading = answer(400, body);

    // Assess
    expect(reading).toThrow(SoftruckValidationError);
    expect(reading).toThrow(
      'POST /vehicles: validation failed at data.2.attributes.plate',
    );
  });

  it('reads the text Already Exists as a duplicate, whatever the status', () => {
    // Prepare
    const body = {
      error: 'Already Exists',
      message: 'plate QWE4F21 Already Exists',
      details: [{ path: 'data.0.attributes.plate' }],
    };

    // Act
    let error: unknown;
    try {
      answer(409, body)();
    } catch (thrown) {
      error = thrown;
    }

    // Assess
    expect(error).toBeInstanceOf(SoftruckAlreadyExistsError);
    expect((error as SoftruckAlreadyExistsError).paths).toEqual([
      'data.0.attributes.plate',
    ]);
    expect((error as Error).message).not.toContain('QWE4F21');
  });

  it.each([
    [401, 'SoftruckAuthError'],
    [403, 'SoftruckAuthError'],
    [404, 'SoftruckNotFoundError'],
    [408, 'SoftruckTransientError'],
    [429, 'SoftruckTransientError'],
    [500, 'SoftruckTransientError'],
    [503, 'SoftruckTransientError'],
    [418, 'SoftruckError'],
  ])('reads HTTP %p as a %s', (status, kind) => {
    // Act
    let error: unknown;
    try {
      answer(status, { error: 'x' })();
    } catch (thrown) {
      error = thrown;
    }

    // Assess
    expect(error).toBeInstanceOf(SoftruckError);
    expect((error as Error).name).toBe(kind);
  });

  it('carries the wait a 429 asks for', () => {
    // Act
    let error: unknown;
    try {
      answer(429, { error: 'too_many_requests' }, { 'retry-after': '3' })();
    } catch (thrown) {
      error = thrown;
    }

    // Assess
    expect((error as SoftruckTransientError).retryAfterMs).toBe(3000);
  });

  it('does not mistake an unreadable body for a success', () => {
    // Act
    const reading = () =>
      interpretAnswer('GET /users', 502, new Headers(), '<html>');

    // Assess
    expect(reading).toThrow(SoftruckTransientError);
  });
});

describe('retryAfterMs', () => {
  it.each([
    ['2', 2000],
    [' 0 ', 0],
    ['600', 60_000],
    [null, undefined],
    ['soon', undefined],
  ])('reads %p as %p ms', (value, expected) => {
    // Act
    const ms = retryAfterMs(value);

    // Assess
    expect(ms).toBe(expected);
  });

  it('reads an HTTP date as the time until it', () => {
    // Prepare
    const now = Date.parse('2026-12-01T12:00:00Z');

    // Act
    const ms = retryAfterMs('Tue, 01 Dec 2026 12:00:05 GMT', now);

    // Assess
    expect(ms).toBe(5000);
  });
});

describe('routeOf', () => {
  it('keeps ids, plates and CPFs out of messages', () => {
    // Act
    const route = routeOf(
      '/vehicles/AbCdE12345fGhIj/status/activation?filters[x][eq]=QWE4F21',
    );

    // Assess
    expect(route).toBe('/vehicles/:id/status/activation');
  });
});

describe('batchIndexes', () => {
  it('reads the batch positions a refusal names, within the batch', () => {
    // Act
    const named = batchIndexes(
      ['data.3.attributes.plate', 'data.0.relationships', 'data.9.x', 'data'],
      5,
    );

    // Assess
    expect([...named].sort()).toEqual([0, 3]);
  });
});
