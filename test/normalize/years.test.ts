import {
  MIN_YEAR,
  normalizeYear,
  YEARS_AHEAD,
} from '../../functions/normalize/years';

const NOW = new Date('2026-12-04T12:00:00Z');

describe('normalizeYear', () => {
  it.each([
    ['a number', 2019, 2019],
    ['a string', '2012', 2012],
    ['padded text', ' 2013 ', 2013],
    ['the earliest year', MIN_YEAR, MIN_YEAR],
    ['the latest model year', 2026 + YEARS_AHEAD, 2028],
  ])('reads %s', (_, raw, expected) => {
    // Act
    const parsed = normalizeYear(raw, NOW);

    // Assess
    expect(parsed).toEqual({ value: expected });
  });

  it.each([[null], [''], [0], ['0'], ['()']])(
    'reads %p as unknown, without a problem',
    (raw) => {
      // Act
      const parsed = normalizeYear(raw, NOW);

      // Assess
      expect(parsed).toEqual({});
    },
  );

  it.each([[1899], [2029], ['20'], [12]])(
    'reports %p as not plausible',
    (raw) => {
      // Act
      const parsed = normalizeYear(raw, NOW);

      // Assess
      expect(parsed.value).toBeUndefined();
      expect(parsed.problem).toMatch(/plausible/);
    },
  );

  it.each([['2012.5'], [2012.5], ['dois mil'], ['-2012'], ['20120']])(
    'reports %p as not a year',
    (raw) => {
      // Act
      const parsed = normalizeYear(raw, NOW);

      // Assess
      expect(parsed.value).toBeUndefined();
      expect(parsed.problem).toMatch(/not a year/);
    },
  );

  it('moves the upper bound with the clock', () => {
    // Prepare
    const later = new Date('2030-01-01T00:00:00Z');

    // Act
    const parsed = normalizeYear(2031, later);

    // Assess
    expect(parsed).toEqual({ value: 2031 });
  });
});
