import { retryDelay } from '../../functions/sync/retryDelay';

describe('the backoff of SGA retries', () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([
    [1, 0, 50],
    [1, 1, 100],
    [2, 0, 100],
    [2, 1, 200],
    [3, 1, 400],
  ])(
    'waits, after attempt %i with a draw of %d, %i ms',
    (attempt, draw, ms) => {
      jest.spyOn(Math, 'random').mockReturnValue(draw);

      expect(retryDelay(attempt, 100)).toBe(ms);
    },
  );

  it('never waits more than 30 s', () => {
    jest.spyOn(Math, 'random').mockReturnValue(1);

    expect(retryDelay(20, 1000)).toBe(30_000);
  });
});
