import { readRecord, WHOLE_RECORD } from '../../functions/normalize/readRecord';
import { page1Record } from './sgaSamples';

describe('readRecord', () => {
  it('reads a clean record without problems', () => {
    // Prepare
    const raw = page1Record('10231');

    // Act
    const read = readRecord(raw);

    // Assess
    expect(read).toEqual({ ok: true, record: raw, problems: [] });
  });

  it.each([[null], [undefined], ['10231'], [42], [[{ codigo_veiculo: '1' }]]])(
    'refuses %p as not an object',
    (raw) => {
      // Act
      const read = readRecord(raw);

      // Assess
      expect(read).toEqual({
        ok: false,
        rejection: { field: WHOLE_RECORD, reason: 'is not an object' },
      });
    },
  );

  it('removes a value of an unusable type and keeps the rest', () => {
    // Prepare
    const raw = { ...page1Record('10231'), email: { endereco: 'x' } };

    // Act
    const read = readRecord(raw);

    // Assess
    expect(read.ok && read.record.email).toBeUndefined();
    expect(read.ok && read.record.placa).toBe('QWE4F21');
    expect(read.ok && read.record.nome_cooperativa).toBe(
      'REGIONAL BELO HORIZONTE',
    );
    expect(read.ok && read.problems).toEqual([
      { field: 'email', reason: 'is neither text nor a number; ignored' },
    ]);
  });

  it('says an unusable document costs the associate', () => {
    // Prepare
    const raw = { ...page1Record('10231'), cpf: ['52596589060'] };

    // Act
    const read = readRecord(raw);

    // Assess
    expect(read.ok && read.problems).toEqual([
      {
        field: 'cpf',
        reason: 'is neither text nor a number; the associate is skipped',
      },
    ]);
  });

  it('reports products of an unusable type', () => {
    // Prepare
    const raw = { ...page1Record('10231'), produtos: 'RASTREADOR' };

    // Act
    const read = readRecord(raw);

    // Assess
    expect(read.ok && read.problems).toEqual([
      { field: 'produtos', reason: 'is neither an object nor a list; ignored' },
    ]);
  });
});
