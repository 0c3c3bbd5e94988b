import { normalizeEmail } from '../../functions/normalize/email';

describe('normalizeEmail', () => {
  it.each([
    ['luiz.araujo@example.com', 'luiz.araujo@example.com'],
    ['  Luiz.Araujo@Example.COM ', 'luiz.araujo@example.com'],
    ['ana+sga@mail.example.com.br', 'ana+sga@mail.example.com.br'],
  ])('reads %p', (raw, expected) => {
    // Act
    const parsed = normalizeEmail(raw);

    // Assess
    expect(parsed).toEqual({ value: expected });
  });

  it.each([[''], [null], ['()'], [undefined]])('reads %p as absent', (raw) => {
    // Act
    const parsed = normalizeEmail(raw);

    // Assess
    expect(parsed).toEqual({});
  });

  it.each([
    ['no at sign', 'luiz.example.com'],
    ['two addresses', 'a@example.com; b@example.com'],
    ['no dot in the domain', 'luiz@localhost'],
    ['two at signs', 'luiz@@example.com'],
    ['an empty domain label', 'luiz@example..com'],
    ['too long', `${'a'.repeat(250)}@example.com`],
    ['a number', 12345],
  ])('reports %s', (_, raw) => {
    // Act
    const parsed = normalizeEmail(raw);

    // Assess
    expect(parsed.value).toBeUndefined();
    expect(parsed.problem).toMatch(/e-mail/);
  });
});
