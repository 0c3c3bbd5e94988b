import { generateAssociation, nextDay, RawRecord } from './generateAssociation';
import { isActiveStatus } from './nextDay';

const day1 = generateAssociation({ seed: 21, vehicles: 600 });
const counts = {
  newVehicles: 12,
  changed: 30,
  cancelled: 8,
  reactivated: 5,
  removed: 4,
};
const day2 = nextDay(day1, { seed: 22, ...counts });
/** The fields the sync writes; a change must touch one of them. */
const WRITTEN = [
  'descricao_modelo',
  'descricao_cor',
  'placa',
  'valor_fipe',
  'nome_associado',
  'rg',
];

function copiesOf(records: RawRecord[], code: string): RawRecord[] {
  return records.filter((record) => String(record.codigo_veiculo) === code);
}
const before = (code: string) => copiesOf(day1, code)[0];
const after = (code: string) => copiesOf(day2.records, code)[0];

describe('nextDay', () => {
  it('gives the same day for the same seed and leaves its input alone', () => {
    const copy = structuredClone(day1);

    const again = nextDay(copy, { seed: 22, ...counts });

    expect(again).toEqual(day2);
    expect(copy).toEqual(day1);
  });

  it('changes exactly the asked number of vehicles of each kind', () => {
    const { changes } = day2;

    expect(changes.added).toHaveLength(counts.newVehicles);
    expect(changes.changed).toHaveLength(counts.changed);
    expect(changes.cancelled).toHaveLength(counts.cancelled);
    expect(changes.reactivated).toHaveLength(counts.reactivated);
    expect(changes.removed).toHaveLength(counts.removed);
  });

  it('never picks one vehicle for two kinds of change', () => {
    const all = Object.values(day2.changes).flat();

    expect(new Set(all).size).toBe(all.length);
  });

  it('adds vehicles under new codes at the end of the list', () => {
    const oldCodes = new Set(
      day1.map((record) => String(record.codigo_veiculo)),
    );
    const tail = day2.records.slice(-counts.newVehicles);

    expect(tail.map((record) => String(record.codigo_veiculo))).toEqual(
      day2.changes.added,
    );
    expect(day2.changes.added.some((code) => oldCodes.has(code))).toBe(false);
  });

  it('removes every copy of a removed vehicle', () => {
    for (const code of day2.changes.removed) {
      expect(copiesOf(day1, code).length).toBeGreaterThan(0);
      expect(copiesOf(day2.records, code)).toEqual([]);
    }
  });

  it('cancels active vehicles and reactivates non-active ones', () => {
    for (const code of day2.changes.cancelled) {
      expect(isActiveStatus(before(code).descricao_situacao)).toBe(true);
      expect(isActiveStatus(after(code).descricao_situacao)).toBe(false);
    }
    for (const code of day2.changes.reactivated) {
      expect(isActiveStatus(before(code).descricao_situacao)).toBe(false);
      expect(after(code).descricao_situacao).toBe('ATIVO');
    }
  });

  it('changes a field the sync writes on each changed vehicle', () => {
    for (const code of day2.changes.changed) {
      const touched = WRITTEN.filter(
        (field) => before(code)[field] !== after(code)[field],
      );
      expect(touched.length).toBeGreaterThan(0);
    }
  });

  it('leaves every other record exactly as it was', () => {
    const touched = new Set(Object.values(day2.changes).flat());
    const untouched = (record: RawRecord) =>
      !touched.has(String(record.codigo_veiculo));

    expect(day2.records.filter(untouched)).toEqual(day1.filter(untouched));
  });

  it('edits every copy of a repeated vehicle the same way', () => {
    const codes = day2.records.map((record) => String(record.codigo_veiculo));
    const repeated = codes.filter(
      (code, i) => code && codes.indexOf(code) !== i,
    );

    expect(repeated.length).toBeGreaterThan(0);
    for (const code of repeated) {
      const [first, ...others] = copiesOf(day2.records, code);
      for (const other of others) expect(other).toEqual(first);
    }
  });

  it('changes nothing when no count is given', () => {
    expect(nextDay(day1, { seed: 1 }).records).toEqual(day1);
  });

  it('refuses more reactivations than there are non-active vehicles', () => {
    expect(() => nextDay(day1, { seed: 1, reactivated: 10_000 })).toThrow(
      RangeError,
    );
  });
});
