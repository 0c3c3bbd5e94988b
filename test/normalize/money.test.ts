import { normalizeMoney } from '../../functions/normalize/money';

describe('normalizeMoney', () => {
  it.each([
    ['a number', 132480, 132480],
    ['a decimal string', '130599.00', 130599],
    ['a Brazilian amount', '1.234,56', 1234.56],
    ['a Brazilian amount with currency', 'R$ 1.234,56', 1234.56],
    ['currency without a space', 'R$1.234,56', 1234.56],
    ['a Brazilian amount in thousands', '45.678,90', 45678.9],
    ['a Brazilian amount in hundreds of thousands', '612.300,00', 612300],
    ['millions grouped by dots', '1.234.567,89', 1234567.89],
    ['an English amount', '1,234.56', 1234.56],
    ['a decimal comma', '12,5', 12.5],
    ['plain digits', '58432', 58432],
    ['three decimals after a long whole part', '130599.000', 130599],
  ])('reads %s', (_, raw, expected) => {
    // Act
    const parsed = normalizeMoney(raw);

    // Assess
    expect(parsed).toEqual({ value: expected });
  });

  it.each([
    ['45.678', 45678],
    ['45,678', 45678],
    ['1.234.567', 1234567],
  ])('reads the ambiguous %p as grouped thousands', (raw, expected) => {
    // Act
    const parsed = normalizeMoney(raw);

    // Assess
    expect(parsed).toEqual({ value: expected });
  });

  it.each([[null], [undefined], [''], ['()']])('reads %p as absent', (raw) => {
    // Act
    const parsed = normalizeMoney(raw);

    // Assess
    expect(parsed).toEqual({});
  });

  it.each([
    ['the same mark grouping and separating decimals', '1.234.56'],
    ['a negative number', -10],
    ['a negative string', '-10,00'],
    ['words', 'sob consulta'],
    ['a broken grouping', '1.23,45'],
    ['a very long number', '9'.repeat(40)],
  ])('refuses %s', (_, raw) => {
    // Act
    const parsed = normalizeMoney(raw);

    // Assess
    expect(parsed.value).toBeUndefined();
    expect(parsed.problem).toMatch(/amount/);
  });
});
