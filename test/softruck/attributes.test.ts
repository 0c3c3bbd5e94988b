import {
  ATTRIBUTE_LIMITS,
  changedAttributes,
  fit,
  fitWhole,
} from '../../functions/softruck/attributes';

describe('fit', () => {
  it('keeps a value within the limit as it is', () => {
    // Act
    const value = fit('brand', 'FIAT');

    // Assess
    expect(value).toBe('FIAT');
  });

  it('cuts a value at the limit and drops the spaces it leaves at the end', () => {
    // Act
    const value = fit('brand', 'MERCEDES BENZ       CAMINHOES');

    // Assess
    expect(value).toBe('MERCEDES BENZ');
  });

  it('never splits a character that takes two UTF-16 units', () => {
    // Prepare
    const text = `${'A'.repeat(19)}🚗🚗`;

    // Act
    const value = fit('model', text);

    // Assess
    expect(value).toBe('A'.repeat(19));
    expect(value.length).toBeLessThanOrEqual(ATTRIBUTE_LIMITS.model);
  });

  it('keeps accented text whole up to the limit', () => {
    // Act
    const value = fit('brand', 'ÇÃÉÍÓÚ'.repeat(5));

    // Assess
    expect(value).toBe('ÇÃÉÍÓÚÇÃÉÍÓÚÇÃÉÍÓÚÇÃ');
  });

  it('leaves attributes without a limit alone', () => {
    // Act
    const value = fit('locale', 'x'.repeat(500));

    // Assess
    expect(value).toHaveLength(500);
  });
});

describe('fitWhole', () => {
  it('keeps a value that fits and drops one that does not', () => {
    // Prepare
    const long = `${'a'.repeat(250)}@example.com`;

    // Act
    const kept = fitWhole('email', 'ana@example.com');
    const dropped = fitWhole('email', long);

    // Assess
    expect(kept).toBe('ana@example.com');
    expect(dropped).toBeUndefined();
  });
});

describe('changedAttributes', () => {
  it('lists only the attributes whose value changed', () => {
    // Act
    const changes = changedAttributes(
      { plate: 'ABC1234', color: 'PRATA', code: '1' },
      { plate: 'ABC1234', color: 'PRETO', code: '1' },
    );

    // Assess
    expect(changes).toEqual({ color: 'PRETO' });
  });

  it('finds nothing to send for an unchanged record', () => {
    // Act
    const changes = changedAttributes(
      { plate: 'A', vin: 'B' },
      { plate: 'A', vin: 'B' },
    );

    // Assess
    expect(changes).toEqual({});
  });

  it('never clears what SGA stopped sending', () => {
    // Act
    const changes = changedAttributes<{ plate: string; color?: string }>(
      { plate: 'A', color: 'PRATA' },
      { plate: 'A', color: undefined },
    );

    // Assess
    expect(changes).toEqual({});
  });

  it('never changes an immutable attribute that is set', () => {
    // Act
    const changes = changedAttributes(
      { username: '52596589060', name: 'ANA' },
      { username: '11144477735', name: 'ANA MARIA' },
      ['username'],
    );

    // Assess
    expect(changes).toEqual({ name: 'ANA MARIA' });
  });

  it('sends everything to a record it knows nothing of', () => {
    // Act
    const changes = changedAttributes(undefined, { plate: 'A', code: '1' });

    // Assess
    expect(changes).toEqual({ plate: 'A', code: '1' });
  });
});
