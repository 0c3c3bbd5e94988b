import { normalizeRenavam } from '../../functions/normalize/renavam';

describe('normalizeRenavam', () => {
  it('keeps an 11-digit RENAVAM', () => {
    // Act
    const parsed = normalizeRenavam('35228250864');

    // Assess
    expect(parsed).toEqual({ value: '35228250864' });
  });

  it('pads an old 9-digit RENAVAM to 11 digits', () => {
    // Act
    const parsed = normalizeRenavam('123456789');

    // Assess
    expect(parsed).toEqual({ value: '00123456789' });
  });

  it('restores the leading zero a number lost', () => {
    // Act
    const parsed = normalizeRenavam(7060908804);

    // Assess
    expect(parsed).toEqual({ value: '07060908804' });
  });

  it.each([['00000000000'], [0], ['000000000'], [null], ['']])(
    'reads %p as no RENAVAM',
    (raw) => {
      // Act
      const parsed = normalizeRenavam(raw);

      // Assess
      expect(parsed).toEqual({});
    },
  );

  it.each([['12345678'], ['123456789012'], ['ABC45678901'], [-5], [1.5]])(
    'drops %p with a problem',
    (raw) => {
      // Act
      const parsed = normalizeRenavam(raw);

      // Assess
      expect(parsed.value).toBeUndefined();
      expect(parsed.problem).toMatch(/RENAVAM/);
    },
  );
});
