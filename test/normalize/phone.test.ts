import { normalizePhone } from '../../functions/normalize/phone';

describe('normalizePhone', () => {
  it.each([
    ['area code and mobile', '31', '99812-4410', '31998124410'],
    ['area code in parentheses', '(31)', '99812 4410', '31998124410'],
    ['a landline', '31', '3333-4444', '3133334444'],
    ['a trunk zero on the area code', '031', '99812-4410', '31998124410'],
    ['the area code inside the number', '', '(31) 99812-4410', '31998124410'],
    ['the number repeating the area code', '31', '31998124410', '31998124410'],
    ['the country code', '', '+55 31 99812-4410', '31998124410'],
    ['a number given as a number', 31, 998124410, '31998124410'],
  ])('reads %s', (_, area, number, expected) => {
    // Act
    const parsed = normalizePhone(area, number);

    // Assess
    expect(parsed).toEqual({ value: expected });
  });

  it.each([
    ['an empty marker', '', '()'],
    ['nothing at all', null, null],
    ['an area code alone', '31', ''],
    ['a mask without digits', '()', '(  ) -'],
  ])('reads %s as no phone', (_, area, number) => {
    // Act
    const parsed = normalizePhone(area, number);

    // Assess
    expect(parsed).toEqual({});
  });

  it.each([
    ['a number without an area code', '', '99812-4410'],
    ['too few digits', '31', '9981'],
    ['too many digits', '31', '99812-44101234'],
    ['an area code with a zero', '30', '99812-4410'],
  ])('reports %s', (_, area, number) => {
    // Act
    const parsed = normalizePhone(area, number);

    // Assess
    expect(parsed.value).toBeUndefined();
    expect(parsed.problem).toMatch(/phone number/);
  });
});
