import { generateAssociation, RawRecord } from './generateAssociation';
import { readFipe } from './rawFormats';
import { loadSample } from './samples';
import { rareCount, SHARES } from './shares';
import { isValidPlate, plateKey } from './vehicleIds';

const VEHICLES = 2000;
const records = generateAssociation({ seed: 7, vehicles: VEHICLES });
const code = (record: RawRecord) => String(record.codigo_veiculo);
const digits = (value: unknown) => String(value).replace(/\D/g, '');
const firstCopies = records.filter(
  (record, index) =>
    code(record) === '' ||
    records.findIndex((r) => code(r) === code(record)) === index,
);
const people = firstCopies.filter((record) => digits(record.cpf).length === 11);

function share(list: RawRecord[], test: (record: RawRecord) => boolean) {
  return list.filter(test).length / list.length;
}
function expectShare(observed: number, expected: number) {
  expect(Math.abs(observed - expected)).toBeLessThan(
    Math.max(0.015, expected * 0.35),
  );
}

describe('generateAssociation', () => {
  it('gives the same records for the same seed', () => {
    const again = generateAssociation({ seed: 7, vehicles: VEHICLES });

    expect(again).toEqual(records);
  });

  it('gives other records for another seed', () => {
    const other = generateAssociation({ seed: 8, vehicles: VEHICLES });

    expect(other).not.toEqual(records);
  });

  it('makes the asked number of records, repeats on top', () => {
    expect(firstCopies).toHaveLength(VEHICLES);
    expect(records).toHaveLength(
      VEHICLES + rareCount(VEHICLES, SHARES.duplicates),
    );
  });

  it('uses every field name of the samples', () => {
    const sampleFields = Object.keys(loadSample<RawRecord[]>('page1')[0]);

    const missing = records.flatMap((record) =>
      sampleFields.filter((field) => !(field in record)),
    );

    expect(missing).toEqual([]);
  });

  it('repeats records identically at least a page further down', () => {
    const repeats = records
      .map((record, index) => ({ record, index }))
      .filter(({ record }) => firstCopies.indexOf(record) === -1);

    expect(repeats.length).toBe(rareCount(VEHICLES, SHARES.duplicates));
    for (const { record, index } of repeats) {
      const first = records.findIndex((r) => code(r) === code(record));
      expect(records[first]).toEqual(record);
      expect(index - first).toBeGreaterThanOrEqual(100);
    }
  });

  it('gives unique, valid plates and 17-character chassis', () => {
    const plated = firstCopies.filter((record) => record.placa !== '');
    const plates = plated.map((record) => plateKey(String(record.placa)));
    const vins = firstCopies.map((r) => String(r.chassi).replace(/\s/g, ''));

    expect(new Set(plates).size).toBe(plated.length);
    expect(plated.every((r) => isValidPlate(String(r.placa)))).toBe(true);
    expect(new Set(vins.map((vin) => vin.toUpperCase())).size).toBe(VEHICLES);
    expect(vins.every((vin) => vin.length === 17)).toBe(true);
  });

  it('spreads plate formats: Mercosul, old, lower case with a dash', () => {
    const plated = firstCopies.filter((record) => record.placa !== '');
    const clean = (r: RawRecord) => String(r.placa).toUpperCase();

    expectShare(
      share(plated, (r) => /^[A-Z]{3}\d[A-Z]\d{2}$/i.test(clean(r))),
      SHARES.mercosulPlates,
    );
    expectShare(
      share(plated, (r) => /^[a-z]{3}-\d{4}$/.test(String(r.placa))),
      SHARES.messyPlates * (1 - SHARES.mercosulPlates),
    );
  });

  it('writes FIPE values in the three spellings', () => {
    const fipe = (r: RawRecord) => r.valor_fipe;
    const brazilian = (r: RawRecord) =>
      /^\d{1,3}(\.\d{3})*,\d{2}$/.test(`${fipe(r)}`);

    expectShare(share(firstCopies, brazilian), SHARES.fipeBrazilian);
    expectShare(
      share(firstCopies, (r) => typeof fipe(r) === 'number'),
      SHARES.fipeNumber,
    );
    expectShare(
      share(firstCopies, (r) => /^\d+\.\d{2}$/.test(`${fipe(r)}`)),
      1 - SHARES.fipeBrazilian - SHARES.fipeNumber,
    );
    expect(firstCopies.every((r) => readFipe(fipe(r)) > 0)).toBe(true);
  });

  it('sends some codes and years as numbers, others as strings', () => {
    expectShare(
      share(firstCopies, (r) => typeof r.codigo_veiculo === 'number'),
      SHARES.numericCodes,
    );
    expectShare(
      share(firstCopies, (r) => typeof r.ano_fabricacao === 'string'),
      SHARES.yearsAsText,
    );
  });

  it('formats some CPFs and leaves empty birth dates and phones', () => {
    expectShare(
      share(people, (r) => /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(`${r.cpf}`)),
      SHARES.formattedCpf,
    );
    expectShare(
      share(people, (r) => r.data_nascimento === '0000-00-00'),
      SHARES.noBirthDate,
    );
    expectShare(
      share(firstCopies, (r) => r.telefone_celular === '()'),
      SHARES.noPhone,
    );
  });

  it('mixes statuses: active, sloppy `Ativo ` and the non-active ones', () => {
    const statuses = new Set(firstCopies.map((r) => r.descricao_situacao));
    const nonActive = (r: RawRecord) =>
      String(r.descricao_situacao).trim().toUpperCase() !== 'ATIVO';

    expect([...statuses]).toEqual(
      expect.arrayContaining([
        'ATIVO',
        'Ativo ',
        'INADIMPLENTE',
        'CANCELAMENTO',
        'INATIVO',
        'PENDENTE',
        'EXCLUIDO',
      ]),
    );
    expectShare(share(firstCopies, nonActive), SHARES.nonActive);
  });
});
