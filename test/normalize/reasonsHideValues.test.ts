import { normalizeRecord } from '../../functions/normalize/normalizeRecord';
import { type RawRecord, page1Record, samples } from './sgaSamples';

/**
 * Records that fail in every field that can fail, with values that are
 * easy to recognise should a reason ever echo them.
 */
const WORST: RawRecord = {
  ...page1Record('10231'),
  cpf: '987.654.321-99',
  nome_associado: 'FULANO DE TAL '.repeat(20),
  rg: 'MG-12.345.678 '.repeat(20),
  data_nascimento: '31/02/1971',
  email: 'fulano arroba exemplo',
  ddd_celular: '37',
  telefone_celular: '12345',
  telefone: '98765',
  chassi: 'XXXXXXXXXXXX',
  renavam: '98765ABC',
  ano_fabricacao: '1887',
  ano_modelo: 'dois mil e dez',
  valor_fipe: 'R$ 12.34.56',
  codigo_fipe: '7'.repeat(80),
  data_contrato_veiculo: '2021-19-45',
  descricao_modelo: 'MODELO MUITO LONGO '.repeat(20),
};

/** The worst record with a valid CPF, so the associate's details are read. */
const WORST_WITH_ASSOCIATE = { ...WORST, cpf: '525.965.890-60' };

const BAD_RECORDS: RawRecord[] = [
  WORST,
  WORST_WITH_ASSOCIATE,
  { ...page1Record('10231'), cpf: '123.456.789-0X' },
  { ...page1Record('10231'), cpf: 123456789012345 },
  { ...page1Record('10231'), placa: 'PLACA-INVALIDA-9876' },
  { ...page1Record('10231'), descricao_situacao: 'SITUACAO '.repeat(30) },
  { ...page1Record('10231'), codigo_veiculo: 'V'.repeat(100) },
  { ...page1Record('10231'), codigo_veiculo: -10231.5 },
];

/** Every scalar value of a record as text, digits-only variants included. */
function valuesOf(record: RawRecord): string[] {
  return Object.values(record).flatMap((value) => {
    if (typeof value !== 'string' && typeof value !== 'number') return [];
    const text = `${value}`.trim();
    const variants = [text, ...text.split(/\s+/), text.replace(/\D/g, '')];
    // Four characters at least: shorter values ("31", "1") would match the
    // ordinary words and numbers of any reason by chance.
    return variants.filter((v) => v.length >= 4);
  });
}

function reasonsOf(record: RawRecord): string[] {
  const result = normalizeRecord(record);
  const list = result.ok ? result.problems : result.rejections;
  return list.map((entry) => entry.reason);
}

describe('rejection reasons', () => {
  const allRecords = [...samples.page1(), ...samples.page2(), ...BAD_RECORDS];

  it.each(allRecords.map((record, i) => [i, record] as const))(
    'of record %i contain none of its values',
    (_, record) => {
      // Prepare
      const values = valuesOf(record);

      // Act
      const reasons = reasonsOf(record);

      // Assess
      const leaks = reasons.filter((r) => values.some((v) => r.includes(v)));
      expect(leaks).toEqual([]);
    },
  );

  it('are given for every failing field of the worst record', () => {
    // Act
    const result = normalizeRecord(WORST);

    // Assess
    expect(result.ok && result.problems.map((p) => p.field).sort()).toEqual(
      [
        'ano_fabricacao',
        'ano_modelo',
        'chassi',
        'codigo_fipe',
        'cpf',
        'data_contrato_veiculo',
        'descricao_modelo',
        'renavam',
        'valor_fipe',
      ].sort(),
    );
  });

  it('are given for the associate details once the document is valid', () => {
    // Act
    const result = normalizeRecord(WORST_WITH_ASSOCIATE);

    // Assess
    expect(result.ok && result.problems.map((p) => p.field)).toEqual(
      expect.arrayContaining([
        'nome_associado',
        'rg',
        'data_nascimento',
        'email',
        'telefone_celular',
        'telefone',
      ]),
    );
  });
});
