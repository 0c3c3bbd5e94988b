import {
  isSgaFieldName,
  SGA_FIELD_NAMES,
  SGA_FIELDS,
} from '../../functions/normalize/sgaFields';
import { sgaRecordSchema } from '../../functions/normalize/sgaRecordSchema';
import { samples } from './sgaSamples';

/** Fields the samples carry that the sync deliberately does not read. */
const IGNORED_FIELDS = [
  'codigo_situacao',
  'data_contrato_associado',
  'nome_cooperativa',
  'codigo_voluntario',
  'nome_voluntario',
  'situacao_financeira',
];

describe('SGA_FIELDS', () => {
  it('lists every sample field apart from those the sync ignores', () => {
    // Prepare
    const sampleFields = new Set(samples.page1().flatMap(Object.keys));

    // Act
    const unlisted = [...sampleFields].filter(
      (name) => !isSgaFieldName(name) && !IGNORED_FIELDS.includes(name),
    );

    // Assess
    expect(unlisted).toEqual([]);
  });

  it('requires exactly the vehicle code, status, document and name', () => {
    // Act
    const required = SGA_FIELD_NAMES.filter((n) => SGA_FIELDS[n].required);

    // Assess
    expect(required.sort()).toEqual(
      ['codigo_veiculo', 'cpf', 'descricao_situacao', 'nome_associado'].sort(),
    );
  });

  it('recognises only listed names as SGA fields', () => {
    // Act
    const results = ['placa', 'toString', 'nome_cooperativa', 42].map(
      isSgaFieldName,
    );

    // Assess
    expect(results).toEqual([true, false, false, false]);
  });
});

describe('sgaRecordSchema', () => {
  it('accepts every sample record', () => {
    // Prepare
    const records = [...samples.page1(), ...samples.page2()];

    // Act
    const failures = records.filter(
      (r) => !sgaRecordSchema.safeParse(r).success,
    );

    // Assess
    expect(failures).toEqual([]);
  });

  it('keeps fields it does not know, whatever their shape', () => {
    // Prepare
    const raw = { codigo_veiculo: '1', novo_campo: { a: [1, 2] } };

    // Act
    const parsed = sgaRecordSchema.parse(raw);

    // Assess
    expect(parsed.novo_campo).toEqual({ a: [1, 2] });
  });

  it.each([
    ['text', 'ABC1234'],
    ['a number', 1234],
    ['null', null],
    ['nothing', undefined],
  ])('accepts %s in a scalar field', (_, value) => {
    // Act
    const result = sgaRecordSchema.safeParse({ placa: value });

    // Assess
    expect(result.success).toBe(true);
  });

  it.each([
    ['an object', { a: 1 }],
    ['a list', ['ABC1234']],
    ['a boolean', true],
  ])('refuses %s in a scalar field', (_, value) => {
    // Act
    const result = sgaRecordSchema.safeParse({ placa: value });

    // Assess
    expect(result.success).toBe(false);
  });

  it.each([
    ['a map', { 88: 'RASTREADOR' }],
    ['an empty list', []],
    ['null', null],
  ])('accepts products as %s', (_, produtos) => {
    // Act
    const result = sgaRecordSchema.safeParse({ produtos });

    // Assess
    expect(result.success).toBe(true);
  });

  it('refuses products given as text', () => {
    // Act
    const result = sgaRecordSchema.safeParse({ produtos: 'RASTREADOR' });

    // Assess
    expect(result.success).toBe(false);
  });
});
