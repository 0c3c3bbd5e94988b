import {
  isValidCnpj,
  isValidCpf,
  normalizeDocument,
} from '../../functions/normalize/document';

describe('isValidCpf', () => {
  it.each([['52596589060'], ['92190300630'], ['03163273874']])(
    'accepts %p',
    (digits) => {
      // Act
      const valid = isValidCpf(digits);

      // Assess
      expect(valid).toBe(true);
    },
  );

  it.each([
    ['a wrong check digit', '24072186636'],
    ['one digit repeated', '11111111111'],
    ['formatting', '921.903.006-30'],
    ['ten digits', '3163273874'],
  ])('refuses %s', (_, digits) => {
    // Act
    const valid = isValidCpf(digits);

    // Assess
    expect(valid).toBe(false);
  });
});

describe('isValidCnpj', () => {
  it.each([['58585165000152'], ['00471829000172'], ['12ABC34501DE35']])(
    'accepts %p',
    (digits) => {
      // Act
      const valid = isValidCnpj(digits);

      // Assess
      expect(valid).toBe(true);
    },
  );

  it.each([
    ['58585165000153'],
    ['00000000000000'],
    ['5858516500015'],
    // The Receita Federal's example with a wrong check digit, lower case,
    // and with a letter where a check digit belongs.
    ['12ABC34501DE34'],
    ['12abc34501de35'],
    ['12ABC34501DE3A'],
  ])('refuses %p', (digits) => {
    // Act
    const valid = isValidCnpj(digits);

    // Assess
    expect(valid).toBe(false);
  });
});

describe('normalizeDocument', () => {
  it.each([
    ['CPF digits', '52596589060', '52596589060'],
    ['a formatted CPF', '921.903.006-30', '92190300630'],
    ['a formatted CNPJ', '58.585.165/0001-52', '58585165000152'],
    ['a CPF number that lost a zero', 3163273874, '03163273874'],
    ['a short CPF number', 12345601, '00012345601'],
    ['a CNPJ number of 13 digits', 4718290000164, '04718290000164'],
    ['a CNPJ number of 12 digits', 471829000172, '00471829000172'],
    ['a CNPJ number of 14 digits', 58585165000152, '58585165000152'],
    ['a CNPJ with letters', '12ABC34501DE35', '12ABC34501DE35'],
    [
      'a CNPJ with letters, written out',
      '12.ABC.345/01DE-35',
      '12ABC34501DE35',
    ],
    [
      'a CNPJ with letters in lower case',
      '12.abc.345/01de-35',
      '12ABC34501DE35',
    ],
  ])('reads %s', (_, raw, expected) => {
    // Act
    const parsed = normalizeDocument(raw);

    // Assess
    expect(parsed).toEqual({ value: expected });
  });

  it.each([[null], [''], ['()'], [undefined]])(
    'reads %p as missing, without a problem',
    (raw) => {
      // Act
      const parsed = normalizeDocument(raw);

      // Assess
      expect(parsed).toEqual({});
    },
  );

  it.each([
    ['a CPF with a wrong check digit', '24072186636', /CPF with wrong check/],
    ['a CNPJ with a wrong check digit', '58585165000153', /CNPJ with wrong/],
    ['text that lost a zero', '3163273874', /neither 11/],
    ['too many digits', '123456789012345', /neither 11/],
    ['letters', 'CPF 52596589060', /not a CPF or a CNPJ/],
    ['a CNPJ with letters, wrong', '12.ABC.345/01DE-34', /CNPJ with wrong/],
    ['letters in a CPF', '525.965.89A-60', /not a CPF or a CNPJ/],
    ['an 11-digit number, read as a CPF', 47182000156, /CPF with wrong/],
    ['a negative number', -52596589060, /not a CPF or a CNPJ/],
    ['a fraction', 5259658906.5, /not a CPF or a CNPJ/],
  ])('refuses %s', (_, raw, reason) => {
    // Act
    const parsed = normalizeDocument(raw);

    // Assess
    expect(parsed.value).toBeUndefined();
    expect(parsed.problem).toMatch(reason);
  });
});
