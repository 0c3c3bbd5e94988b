import { MAX_CODE_LENGTH, normalizeCode } from '../../functions/normalize/code';

describe('normalizeCode', () => {
  it.each([
    ['a string', '10231', '10231'],
    ['a number', 10232, '10232'],
    ['padded text', ' 004381-8 ', '004381-8'],
    ['zero', 0, '0'],
  ])('reads a code given as %s', (_, raw, expected) => {
    // Act
    const parsed = normalizeCode(raw);

    // Assess
    expect(parsed).toEqual({ value: expected });
  });

  it.each([[null], [undefined], [''], ['()']])('reads %p as absent', (raw) => {
    // Act
    const parsed = normalizeCode(raw);

    // Assess
    expect(parsed).toEqual({});
  });

  it.each([[-1], [10.5], [Number.MAX_SAFE_INTEGER + 2]])(
    'refuses the number %p',
    (raw) => {
      // Act
      const parsed = normalizeCode(raw);

      // Assess
      expect(parsed.value).toBeUndefined();
      expect(parsed.problem).toMatch(/whole non-negative/);
    },
  );

  it('refuses rather than truncates a code over the cap', () => {
    // Prepare
    const raw = '9'.repeat(MAX_CODE_LENGTH + 1);

    // Act
    const parsed = normalizeCode(raw);

    // Assess
    expect(parsed.value).toBeUndefined();
    expect(parsed.problem).toMatch(/longer than/);
  });
});
