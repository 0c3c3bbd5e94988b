import { normalizeRecord } from '../../functions/normalize/normalizeRecord';
import { isActiveStatus } from '../../functions/normalize/status';
import type { NormalizedRecord } from '../../functions/normalize/types';
import { page1Record, samples } from './sgaSamples';

describe('normalizeRecord on the other sample bodies', () => {
  const byCode = (results: NormalizedRecord[]) =>
    results.flatMap((r) => (r.ok ? [r.vehicle.code] : ['(rejected)']));

  it('reads listar.json exactly as page 1 followed by page 2', () => {
    // Prepare
    const pages = [...samples.page1(), ...samples.page2()];

    // Act
    const fromListar = samples.listar().map(normalizeRecord);

    // Assess
    expect(fromListar).toEqual(pages.map(normalizeRecord));
  });

  it('reads the repeated 10231 and the inactive 10242 of page 2', () => {
    // Act
    const results = samples.page2().map(normalizeRecord);

    // Assess
    expect(byCode(results)).toEqual(['10231', '10242']);
    const [repeated, inactive] = results;
    expect(repeated.ok && repeated.associate?.document).toBe('52596589060');
    expect(inactive.ok && inactive.vehicle.status).toBe('INATIVO');
    expect(inactive.ok && isActiveStatus(inactive.vehicle.status)).toBe(false);
  });

  it("reads buscar-cpf.json as the associate's records of page 1", () => {
    // Prepare
    const expected = ['10231', '10235'].map((c) =>
      normalizeRecord(page1Record(c)),
    );

    // Act
    const results = samples.buscarCpf().map(normalizeRecord);

    // Assess
    expect(results).toEqual(expected);
  });
});
