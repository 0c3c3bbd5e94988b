import { normalizeRecord } from '../../functions/normalize/normalizeRecord';
import { sampleWith } from './sgaSamples';

describe('normalizeRecord: what only costs part of a record', () => {
  it('reads a numeric vehicle code as text', () => {
    // Act
    const result = normalizeRecord(sampleWith({ codigo_veiculo: 10231 }));

    // Assess
    expect(result.ok && result.vehicle.code).toBe('10231');
  });

  it('skips the associate without a name, keeping the owner document', () => {
    // Act
    const result = normalizeRecord(sampleWith({ nome_associado: null }));

    // Assess
    expect(result.ok).toBe(true);
    expect(result).not.toHaveProperty('associate');
    expect(result.ok && result.vehicle.ownerDocument).toBe('52596589060');
    expect(result.ok && result.problems).toEqual([
      {
        field: 'nome_associado',
        reason: 'is missing; the associate is skipped',
      },
    ]);
  });

  it('skips the associate without a document', () => {
    // Act
    const result = normalizeRecord(sampleWith({ cpf: '' }));

    // Assess
    expect(result).not.toHaveProperty('associate');
    expect(result.ok && result.problems).toEqual([
      { field: 'cpf', reason: 'is missing; the associate is skipped' },
    ]);
  });

  it('drops unreadable details with one problem each', () => {
    // Act
    const result = normalizeRecord(
      sampleWith({
        data_nascimento: '31/02/1990',
        email: 'x',
        valor_fipe: '?',
      }),
    );

    // Assess
    expect(result.ok && result.associate).not.toHaveProperty('birthDate');
    expect(result.ok && result.associate).not.toHaveProperty('email');
    expect(result.ok && result.vehicle).not.toHaveProperty('fipeValue');
    expect(result.ok && result.problems.map((p) => p.field)).toEqual([
      'valor_fipe',
      'data_nascimento',
      'email',
    ]);
  });

  it('reports an associate code read twice only once', () => {
    // Act
    const result = normalizeRecord(sampleWith({ codigo_associado: -1 }));

    // Assess
    expect(result.ok && result.problems.map((p) => p.field)).toEqual([
      'codigo_associado',
    ]);
  });

  it('reads the type from descricao_tipo when the other is absent', () => {
    // Act
    const result = normalizeRecord(
      sampleWith({
        descricao_tipo_veiculo: undefined,
        descricao_tipo: 'Caminhão',
      }),
    );

    // Assess
    expect(result.ok && result.vehicle.type).toBe('CAMINHAO');
  });

  it('falls back to telefone when there is no mobile', () => {
    // Act
    const result = normalizeRecord(
      sampleWith({ telefone_celular: '()', telefone: '(31) 3333-4444' }),
    );

    // Assess
    expect(result.ok && result.associate?.phone).toBe('3133334444');
  });
});
