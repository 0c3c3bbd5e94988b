import { measureDrift } from '../../functions/drift/measureDrift';
import { suddenChanges } from '../../functions/drift/suddenDrift';
import { generateAssociation } from '../sandbox/sga';

describe('measureDrift', () => {
  it('finds no new format or status in data as assumed', () => {
    const records = generateAssociation({ seed: 7, vehicles: 200 });

    const counts = measureDrift(records);

    const news = Object.keys(counts).filter(
      (k) => k.startsWith('format|') || k.startsWith('status|'),
    );
    expect(news).toEqual([]);
    expect(counts.records).toBe(records.length);
  });

  it('counts a renamed field as missing and as unknown', () => {
    const counts = measureDrift([{ codigo_veiculo: 1, placa_nova: 'X' }]);

    expect(counts['missing|placa']).toBe(1);
    expect(counts['unknown|placa_nova']).toBe(1);
  });

  it('counts a value in a format not assumed, naming the format', () => {
    const counts = measureDrift([{ valor_fipe: '58432' }]);

    expect(counts['format|valor_fipe|text #+']).toBe(1);
  });

  it('counts a status the contract does not know', () => {
    const counts = measureDrift([{ descricao_situacao: 'Suspenso' }]);

    expect(counts['status|SUSPENSO']).toBe(1);
  });

  it('never throws on a record that is not an object', () => {
    const counts = measureDrift([null, 3]);

    expect(counts['format|record|null']).toBe(1);
    expect(counts['format|record|number']).toBe(1);
  });
});

describe('suddenChanges', () => {
  it('calls a vehicle code missing on most records sudden', () => {
    const counts = { records: 50, 'missing|codigo_veiculo': 40 };

    expect(suddenChanges(counts, 'page 2')).toEqual([
      'page 2: codigo_veiculo missing or unreadable on 40 of 50 records',
    ]);
  });

  it('leaves a few bad records to be rejected one by one', () => {
    const counts = { records: 50, 'missing|codigo_veiculo': 3 };

    expect(suddenChanges(counts, 'page 2')).toEqual([]);
  });

  it('draws no verdict on fewer than ten records', () => {
    const counts = { records: 9, 'missing|codigo_veiculo': 9 };

    expect(suddenChanges(counts, 'the run')).toEqual([]);
  });
});
