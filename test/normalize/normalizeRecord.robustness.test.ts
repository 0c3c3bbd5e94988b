import { normalizeRecord } from '../../functions/normalize/normalizeRecord';
import { WHOLE_RECORD } from '../../functions/normalize/readRecord';
import { MAX_TEXT_LENGTH } from '../../functions/normalize/text';
import { page1Record } from './sgaSamples';

const COULD_NOT_READ = {
  ok: false,
  rejections: [{ field: WHOLE_RECORD, reason: 'could not be read' }],
};

/** An object nested `depth` levels deep, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = { inner: value };
  return value;
}

describe('normalizeRecord never throws', () => {
  it.each([
    ['undefined', undefined],
    ['a number', 42],
    ['a function', () => 1],
    ['a symbol', Symbol('record')],
    ['a big integer', BigInt(10231)],
    ['a list of records', [page1Record('10231')]],
    ['an empty object', {}],
  ])('refuses %s with a rejection', (_, raw) => {
    // Act
    const result = normalizeRecord(raw);

    // Assess
    expect(result.ok).toBe(false);
  });

  it('survives deep nesting in known and unknown fields', () => {
    // Prepare
    const deep = nested(100_000);
    const raw = { ...page1Record('10231'), produtos: deep, extra: deep };

    // Act
    const result = normalizeRecord({ ...raw, email: deep });

    // Assess
    expect(result.ok && result.vehicle.code).toBe('10231');
    expect(result.ok && result.problems.map((p) => p.field)).toEqual(['email']);
  });

  it('truncates a megabyte name to the text cap', () => {
    // Prepare
    const raw = {
      ...page1Record('10231'),
      nome_associado: 'A'.repeat(2 ** 20),
    };

    // Act
    const result = normalizeRecord(raw);

    // Assess
    expect(result.ok && result.associate?.name).toHaveLength(MAX_TEXT_LENGTH);
    expect(result.ok && result.problems).toEqual([
      {
        field: 'nome_associado',
        reason: `is longer than ${MAX_TEXT_LENGTH} characters; truncated`,
      },
    ]);
  });

  it('reads a record with a hundred thousand unknown fields', () => {
    // Prepare
    const raw: Record<string, unknown> = { ...page1Record('10231') };
    for (let i = 0; i < 100_000; i += 1) raw[`campo_${i}`] = i;

    // Act
    const result = normalizeRecord(raw);

    // Assess
    expect(result.ok && result.vehicle.code).toBe('10231');
  });

  it('rejects a record whose field throws when read', () => {
    // Prepare
    const raw = page1Record('10231');
    Object.defineProperty(raw, 'placa', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });

    // Act
    const result = normalizeRecord(raw);

    // Assess
    expect(result).toEqual(COULD_NOT_READ);
  });

  it('rejects a revoked proxy', () => {
    // Prepare
    const { proxy, revoke } = Proxy.revocable(page1Record('10231'), {});
    revoke();

    // Act
    const result = normalizeRecord(proxy);

    // Assess
    expect(result).toEqual(COULD_NOT_READ);
  });

  it('reads an object without a prototype', () => {
    // Prepare
    const raw = Object.assign(Object.create(null), page1Record('10231'));

    // Act
    const result = normalizeRecord(raw);

    // Assess
    expect(result.ok && result.vehicle.code).toBe('10231');
  });

  it('ignores an own __proto__ key from parsed JSON', () => {
    // Prepare
    const raw = JSON.parse(
      '{"codigo_veiculo":"1","descricao_situacao":"ATIVO",' +
        '"__proto__":{"placa":"ZZZ0000"}}',
    );

    // Act
    const result = normalizeRecord(raw);

    // Assess
    expect(result.ok && result.vehicle).toEqual({ code: '1', status: 'ATIVO' });
  });
});
