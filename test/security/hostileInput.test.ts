import { normalizeRecord } from '../../functions/normalize';
import { SgaError } from '../../functions/sga/errors';
import { interpretAnswer } from '../../functions/sga/interpretAnswer';
import { parseListing } from '../../functions/sga/parseListing';
import { Random } from '../sandbox/sga/random';
import { seedFrom } from '../support/seededRandom';

/**
 * Property tests with a seeded generator (`HOSTILE_SEED` replays one):
 * whatever SGA sends, normalizing a record never throws and every
 * rejection names a field and a reason; reading an answer either yields
 * data or throws the client's own error, never a crash of another kind.
 */
const SEED = seedFrom('HOSTILE_SEED', 7321);
const CASES = 200;
const FIELDS = [
  'codigo_veiculo',
  'placa',
  'chassi',
  'cpf',
  'rg',
  'data_nascimento',
  'descricao_situacao',
  'valor_fipe',
  'ano_modelo',
  'nome_associado',
  'email',
  'produtos',
  'x_unknown',
];
const ALPHABET = 'aZ09 -./,ÇÃé\u0000\u200b\ud800\udfff😀{}[]"\\';

/** A random JSON-ish value: scalars, long strings, nesting, junk. */
function junk(random: Random, depth = 0): unknown {
  const roll = random.int(0, depth > 3 ? 5 : 8);
  switch (roll) {
    case 0:
      return null;
    case 1:
      return random.pick([0, -1, 1e308, NaN, Infinity, 2 ** 53 + 1, 0.5]);
    case 2:
      return random.chance(0.5);
    case 3:
      return random.chars(ALPHABET, random.int(0, 40));
    case 4:
      return random.chars(ALPHABET, random.int(2_000, 20_000));
    case 5:
      return random.pick(['ATIVO', '0000-00-00', '()', '999.999.999-99']);
    case 6:
      return Array.from({ length: random.int(0, 5) }, () =>
        junk(random, depth + 1),
      );
    default: {
      const out: Record<string, unknown> = {};
      for (let i = random.int(0, 5); i > 0; i--) {
        out[random.pick(FIELDS)] = junk(random, depth + 1);
      }
      return out;
    }
  }
}

function hostileRecord(random: Random): unknown {
  if (random.chance(0.1)) return junk(random);
  const record: Record<string, unknown> = {};
  for (const field of FIELDS) {
    if (random.chance(0.8)) record[field] = junk(random, 1);
  }
  return record;
}

/** Nesting far beyond what a record holds, as JSON.parse would build it. */
function deep(levels: number): unknown {
  return JSON.parse(
    '{"placa":'.repeat(levels) + '"ABC1234"' + '}'.repeat(levels),
  );
}

describe('hostile SGA input', () => {
  it(`normalizes ${CASES} random records without throwing, seed ${SEED}`, () => {
    const random = new Random(SEED);

    for (let i = 0; i < CASES; i++) {
      const result = normalizeRecord(hostileRecord(random));
      const reasons = result.ok ? result.problems : result.rejections;

      if (!result.ok) expect(reasons.length).toBeGreaterThan(0);
      for (const r of reasons) {
        expect(r.field).toMatch(/\S/);
        expect(r.reason).toMatch(/\S/);
      }
    }
  });

  it('rejects a deeply nested record with a reason', () => {
    const result = normalizeRecord(deep(5_000));

    expect(result.ok).toBe(false);
  });

  it('reads a huge page record by record, a bad record failing alone', () => {
    const random = new Random(SEED + 1);
    const page = Array.from({ length: 1_000 }, () => hostileRecord(random));
    page.push({ codigo_veiculo: 1, descricao_situacao: 'ATIVO', placa: '' });

    const results = parseListing(page, 'page').map(normalizeRecord);

    expect(results).toHaveLength(1_001);
    expect(results[1_000].ok).toBe(true);
  });

  it(`parses ${CASES} random bodies into a list or the client's error`, () => {
    const random = new Random(SEED + 2);

    for (let i = 0; i < CASES; i++) {
      const body = junk(random);
      let outcome: unknown;
      try {
        outcome = parseListing(body, 'page');
      } catch (error) {
        outcome = error;
      }

      expect(Array.isArray(outcome) || outcome instanceof SgaError).toBe(true);
    }
  });

  it(`interprets ${CASES} random answers as data or the client's error`, () => {
    const random = new Random(SEED + 3);
    const statuses = [200, 201, 204, 400, 401, 403, 404, 406, 429, 500, 503];

    for (let i = 0; i < CASES; i++) {
      const text = random.chance(0.5)
        ? JSON.stringify(junk(random))
        : random.chars(ALPHABET, random.int(0, 3_000));
      const status = random.pick(statuses);
      let outcome: unknown;
      try {
        outcome = interpretAnswer('page', status, text);
      } catch (error) {
        outcome = error;
      }

      const fine =
        outcome instanceof SgaError || status < 300 || status === 406;
      expect(fine).toBe(true);
    }
  });

  it('refuses invalid UTF-8 decoded into a body as not JSON', () => {
    const bytes = Buffer.from([0x5b, 0x7b, 0xff, 0xfe, 0xc3, 0x28, 0x7d, 0x5d]);

    expect(() =>
      interpretAnswer('page', 200, new TextDecoder().decode(bytes)),
    ).toThrow(SgaError);
  });

  it('keeps a record whose text holds invalid UTF-8 replacement marks', () => {
    const text = new TextDecoder().decode(Buffer.from([0x41, 0xff, 0x42]));

    const result = normalizeRecord({
      codigo_veiculo: 10,
      descricao_situacao: 'ATIVO',
      placa: 'ABC1D23',
      nome_associado: text,
    });

    expect(result.ok).toBe(true);
  });
});
