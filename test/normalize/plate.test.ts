import {
  canonicalPlate,
  isValidPlate,
  normalizePlate,
} from '../../functions/normalize/plate';

describe('canonicalPlate', () => {
  it('upper-cases and keeps only letters and digits', () => {
    // Act
    const plate = canonicalPlate(' hgb-3390 ');

    // Assess
    expect(plate).toBe('HGB3390');
  });
});

describe('isValidPlate', () => {
  it.each([
    ['an old plate', 'HGB3390', true],
    ['a Mercosul plate', 'QWE4F21', true],
    ['too short', 'HGB339', false],
    ['digits where letters belong', '1GB3390', false],
    ['a letter in the last two places', 'QWE4F2A', false],
  ])('%s: %p is %p', (_, plate, expected) => {
    // Act
    const valid = isValidPlate(plate);

    // Assess
    expect(valid).toBe(expected);
  });
});

describe('normalizePlate', () => {
  it.each([
    ['hgb-3390', 'HGB3390'],
    ['QWE 4F21', 'QWE4F21'],
    ['opa1c23', 'OPA1C23'],
  ])('reads %p as %p', (raw, expected) => {
    // Act
    const parsed = normalizePlate(raw);

    // Assess
    expect(parsed).toEqual({ value: expected });
  });

  it.each([[''], [null], [undefined], ['  '], ['()']])(
    'reads %p as no plate yet, without a problem',
    (raw) => {
      // Act
      const parsed = normalizePlate(raw);

      // Assess
      expect(parsed).toEqual({});
    },
  );

  it.each([['ABC12345'], ['XYZ'], ['ÁBC1234'], [1234567], ['A-B-C']])(
    'reports %p as not a plate',
    (raw) => {
      // Act
      const parsed = normalizePlate(raw);

      // Assess
      expect(parsed.value).toBeUndefined();
      expect(parsed.problem).toMatch(/plate/);
    },
  );
});
