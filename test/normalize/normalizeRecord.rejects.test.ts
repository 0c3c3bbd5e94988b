import { normalizeRecord } from '../../functions/normalize/normalizeRecord';
import { WHOLE_RECORD } from '../../functions/normalize/readRecord';
import { sampleWith } from './sgaSamples';

describe('normalizeRecord: what rejects a record', () => {
  it.each([
    ['missing', undefined],
    ['null', null],
    ['empty', ''],
    ['an empty marker', '()'],
  ])('rejects a vehicle code that is %s', (_, code) => {
    // Act
    const result = normalizeRecord(sampleWith({ codigo_veiculo: code }));

    // Assess
    expect(result.ok).toBe(false);
    expect(!result.ok && result.rejections.map((r) => r.field)).toEqual([
      'codigo_veiculo',
    ]);
  });

  it('rejects a missing status, since status drives deactivation', () => {
    // Act
    const result = normalizeRecord(sampleWith({ descricao_situacao: ' ' }));

    // Assess
    expect(result).toEqual({
      ok: false,
      rejections: [
        {
          field: 'descricao_situacao',
          reason: 'is missing; the status decides activation',
        },
      ],
    });
  });

  it('rejects a status too long to be one, rather than cutting it', () => {
    // Act
    const result = normalizeRecord(
      sampleWith({ descricao_situacao: 'ATIVO'.repeat(50) }),
    );

    // Assess
    expect(!result.ok && result.rejections[0].field).toBe('descricao_situacao');
  });

  it('rejects an invalid plate', () => {
    // Act
    const result = normalizeRecord(sampleWith({ placa: 'QWE-4F2' }));

    // Assess
    expect(!result.ok && result.rejections.map((r) => r.field)).toEqual([
      'placa',
    ]);
  });

  it('rejects a plate of an unusable type once', () => {
    // Act
    const result = normalizeRecord(
      sampleWith({ placa: { numero: 'QWE4F21' } }),
    );

    // Assess
    expect(result).toEqual({
      ok: false,
      rejections: [{ field: 'placa', reason: 'is neither text nor a number' }],
    });
  });

  it('lists every reason when several identity fields fail', () => {
    // Act
    const result = normalizeRecord(
      sampleWith({
        codigo_veiculo: null,
        descricao_situacao: null,
        placa: '1',
      }),
    );

    // Assess
    expect(!result.ok && result.rejections.map((r) => r.field)).toEqual([
      'codigo_veiculo',
      'descricao_situacao',
      'placa',
    ]);
  });

  it('rejects something that is not an object', () => {
    // Act
    const result = normalizeRecord('10231');

    // Assess
    expect(result).toEqual({
      ok: false,
      rejections: [{ field: WHOLE_RECORD, reason: 'is not an object' }],
    });
  });
});
