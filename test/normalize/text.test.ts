import {
  cleanText,
  foldAccents,
  foldUpper,
  MAX_TEXT_LENGTH,
  normalizeText,
} from '../../functions/normalize/text';

describe('cleanText', () => {
  it.each([
    [
      'trims and collapses inner whitespace',
      '  ONIX \t 1.0\n LT ',
      'ONIX 1.0 LT',
    ],
    ['keeps accents', 'JOSÉ DA CONCEIÇÃO', 'JOSÉ DA CONCEIÇÃO'],
    ['turns a number into its digits', 5502, '5502'],
    ['turns control characters into spaces', 'A\u0000B', 'A B'],
  ])('%s', (_, raw, expected) => {
    // Act
    const text = cleanText(raw);

    // Assess
    expect(text).toBe(expected);
  });

  it.each([[null], [undefined], [''], ['   '], ['()'], [' () '], [{}], [NaN]])(
    'reads %p as absent',
    (raw) => {
      // Act
      const text = cleanText(raw);

      // Assess
      expect(text).toBeUndefined();
    },
  );

  it('gives decomposed and composed accents one form', () => {
    // Prepare
    const decomposed = 'JOSE\u0301';

    // Act
    const text = cleanText(decomposed);

    // Assess
    expect(text).toBe('JOSÉ');
  });
});

describe('normalizeText', () => {
  it('keeps text up to the cap whole, without a problem', () => {
    // Prepare
    const raw = 'A'.repeat(MAX_TEXT_LENGTH);

    // Act
    const parsed = normalizeText(raw);

    // Assess
    expect(parsed).toEqual({ value: raw });
  });

  it('truncates text over the cap and says so', () => {
    // Prepare
    const raw = 'B'.repeat(MAX_TEXT_LENGTH + 1);

    // Act
    const parsed = normalizeText(raw);

    // Assess
    expect(parsed.value).toBe('B'.repeat(MAX_TEXT_LENGTH));
    expect(parsed.problem).toMatch(/truncated/);
  });

  it('never cuts a character in two when truncating', () => {
    // Prepare
    const raw = '😀'.repeat(MAX_TEXT_LENGTH + 5);

    // Act
    const parsed = normalizeText(raw);

    // Assess
    expect(Array.from(parsed.value ?? '')).toHaveLength(MAX_TEXT_LENGTH);
    expect(parsed.value).toBe('😀'.repeat(MAX_TEXT_LENGTH));
  });

  it('gives nothing for an empty marker', () => {
    // Act
    const parsed = normalizeText('()');

    // Assess
    expect(parsed).toEqual({});
  });
});

describe('foldAccents and foldUpper', () => {
  it('removes accents but keeps the letters', () => {
    // Act
    const folded = foldAccents('CONCEIÇÃO Automóvel');

    // Assess
    expect(folded).toBe('CONCEICAO Automovel');
  });

  it('gives the upper-case, accent-free, trimmed label', () => {
    // Act
    const label = foldUpper('  Caminhão  Trator ');

    // Assess
    expect(label).toBe('CAMINHAO TRATOR');
  });
});
