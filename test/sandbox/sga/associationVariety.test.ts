import { ASSOCIATE_FIELDS } from './associates';
import { isValidCnpj, isValidCpf } from './documents';
import { generateAssociation, RawRecord } from './generateAssociation';
import { rareCount, SHARES } from './shares';

const VEHICLES = 2000;
const records = generateAssociation({ seed: 11, vehicles: VEHICLES });
const digits = (value: unknown) => String(value).replace(/\D/g, '');
const byAssociate = new Map<string, RawRecord[]>();
for (const record of records) {
  const owner = String(record.codigo_associado);
  byAssociate.set(owner, [...(byAssociate.get(owner) ?? []), record]);
}
const fleets = [...byAssociate.values()].map(
  (list) => new Set(list.map((record) => String(record.codigo_veiculo))).size,
);

describe('generateAssociation associates', () => {
  it('gives some associates two or three vehicles, none more', () => {
    const count = (size: number) => fleets.filter((n) => n === size).length;

    expect(count(2)).toBeGreaterThan(fleets.length * 0.08);
    expect(count(3)).toBeGreaterThan(fleets.length * 0.03);
    expect(Math.max(...fleets)).toBe(3);
  });

  it('repeats associate fields identically on each of their vehicles', () => {
    for (const list of byAssociate.values()) {
      const fields = (record: RawRecord) =>
        ASSOCIATE_FIELDS.filter((f) => f !== 'codigo_associado').map(
          (field) => record[field],
        );
      for (const record of list)
        expect(fields(record)).toEqual(fields(list[0]));
    }
  });

  it('includes companies with valid CNPJs and no RG', () => {
    const companies = records.filter((r) => digits(r.cpf).length === 14);

    expect(companies.length).toBeGreaterThan(VEHICLES * 0.02);
    expect(companies.every((r) => isValidCnpj(String(r.cpf)))).toBe(true);
    expect(companies.every((r) => r.rg === '')).toBe(true);
  });

  it('breaks the CPF check digit of exactly the planned few records', () => {
    const people = records.filter((r) => digits(r.cpf).length === 11);
    const bad = people.filter((r) => !isValidCpf(String(r.cpf)));

    expect(bad).toHaveLength(rareCount(VEHICLES, SHARES.badCpf));
  });

  it('leaves the vehicle code empty on exactly the planned few records', () => {
    const noCode = records.filter((r) => r.codigo_veiculo === '');

    expect(noCode).toHaveLength(rareCount(VEHICLES, SHARES.noVehicleCode));
  });

  it('invents names with Portuguese accents', () => {
    const accented = records.filter((r) =>
      /[ÁÂÃÉÊÍÓÔÕÚÇ]/.test(`${r.nome_associado}`),
    );

    expect(accented.length).toBeGreaterThan(VEHICLES * 0.2);
  });
});

describe('generateAssociation vehicles', () => {
  it('leaves new vehicles unplated, RENAVAM zeros, messy chassis', () => {
    const unplated = records.filter((r) => r.placa === '');

    expect(unplated.length).toBeGreaterThan(VEHICLES * SHARES.unplated * 0.6);
    for (const record of unplated) {
      expect(record.renavam).toBe('00000000000');
      expect(record.chassi).toMatch(/^[0-9a-z]+( [0-9a-z]+)+$/);
    }
  });

  it('adds fields the sync does not know to some records', () => {
    const extra = records.filter((r) => 'situacao_financeira' in r);

    expect(extra.length / records.length).toBeGreaterThan(
      SHARES.extraFields * 0.6,
    );
  });

  it('leaves the rare bad records out of a small association', () => {
    const small = generateAssociation({ seed: 3, vehicles: 20 });

    expect(small).toHaveLength(20);
    expect(small.every((r) => r.codigo_veiculo !== '')).toBe(true);
    expect(
      small.every((r) => isValidCpf(`${r.cpf}`) || isValidCnpj(`${r.cpf}`)),
    ).toBe(true);
  });

  it('refuses a vehicle count that is not a whole number', () => {
    expect(() => generateAssociation({ seed: 1, vehicles: 2.5 })).toThrow(
      RangeError,
    );
  });
});
