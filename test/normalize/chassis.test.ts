import { normalizeChassis } from '../../functions/normalize/chassis';

describe('normalizeChassis', () => {
  it('removes spaces and upper-cases', () => {
    // Act
    const parsed = normalizeChassis('9bd 195 4jm2p5 01234');

    // Assess
    expect(parsed).toEqual({ value: '9BD1954JM2P501234' });
  });

  it('removes separators', () => {
    // Act
    const parsed = normalizeChassis('9BW-7JSNX.ZHGXAK22R');

    // Assess
    expect(parsed).toEqual({ value: '9BW7JSNXZHGXAK22R' });
  });

  it.each([
    ['an old 8-character factory number', 'BH606548'],
    ['a 6-character number', 'BA1234'],
    ['a 20-character number', '9BWZZZ377VT004251XYZ'],
  ])('keeps %s as it is', (_, raw) => {
    // Act
    const parsed = normalizeChassis(raw);

    // Assess
    expect(parsed).toEqual({ value: raw });
  });

  it.each([[null], [''], ['()'], [' - ']])('reads %p as absent', (raw) => {
    // Act
    const parsed = normalizeChassis(raw);

    // Assess
    expect(parsed).toEqual({});
  });

  it.each([
    ['too short', '9BW12'],
    ['too long', '9BW7JSNXZHGXAK22R9BW7J'],
    ['without a digit', 'NAO INFORMADO'],
    ['one character repeated', '00000000000000000'],
    ['letters outside A-Z', '9BWÇJSNXZHGXAK22R'],
  ])('drops a chassis %s with a problem', (_, raw) => {
    // Act
    const parsed = normalizeChassis(raw);

    // Assess
    expect(parsed.value).toBeUndefined();
    expect(parsed.problem).toMatch(/chassis/);
  });
});
