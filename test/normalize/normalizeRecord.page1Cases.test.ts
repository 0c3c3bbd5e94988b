import { normalizeRecord } from '../../functions/normalize/normalizeRecord';
import { acceptedSample, samples } from './sgaSamples';

describe('normalizeRecord on the special cases of page-1.json', () => {
  it('reads a motorcycle with birth date 0000-00-00 as having none', () => {
    // Act
    const { vehicle, associate, problems } = acceptedSample('10233');

    // Assess
    expect(vehicle.type).toBe('MOTOCICLETA');
    expect(vehicle.status).toBe('INADIMPLENTE');
    expect(associate).not.toHaveProperty('birthDate');
    expect(problems).toEqual([]);
  });

  it('gives two vehicles of one associate the same document', () => {
    // Act
    const first = acceptedSample('10231');
    const second = acceptedSample('10235');

    // Assess
    expect(second.associate?.document).toBe(first.associate?.document);
    expect(second.vehicle.ownerDocument).toBe('52596589060');
  });

  it('accepts a company CNPJ, no RG and a long model name whole', () => {
    // Act
    const { vehicle, associate, problems } = acceptedSample('10236');

    // Assess
    expect(associate?.document).toBe('58585165000152');
    expect(associate).not.toHaveProperty('rg');
    expect(vehicle.type).toBe('CAMINHAO');
    expect(vehicle.model).toBe('FH 540 6X4 GLOBETROTTER');
    expect(vehicle.fipeValue).toBe(612300);
    expect(problems).toEqual([]);
  });

  it('reads a new vehicle with no plate, spaced chassis, zero RENAVAM', () => {
    // Act
    const { vehicle, problems } = acceptedSample('10237');

    // Assess
    expect(vehicle).not.toHaveProperty('plate');
    expect(vehicle).not.toHaveProperty('renavam');
    expect(vehicle.chassis).toBe('9BD1954JM2P501234');
    expect(problems).toEqual([]);
  });

  it('reads "()" as no phone, keeps the e-mail, trims the status', () => {
    // Act
    const { vehicle, associate } = acceptedSample('10238');

    // Assess
    expect(associate).not.toHaveProperty('phone');
    expect(associate?.email).toBe('luiz.araujo@example.com');
    expect(vehicle.status).toBe('ATIVO');
  });

  it('rejects the record without a vehicle code, and only it', () => {
    // Act
    const results = samples.page1().map(normalizeRecord);

    // Assess
    const rejected = results.filter((r) => !r.ok);
    expect(rejected).toEqual([
      {
        ok: false,
        rejections: [
          {
            field: 'codigo_veiculo',
            reason: 'is missing; it is the identity of the vehicle',
          },
        ],
      },
    ]);
    expect(results).toHaveLength(11);
  });

  it('skips the associate of a wrong CPF and keeps the vehicle', () => {
    // Act
    const result = acceptedSample('10240');

    // Assess
    expect(result).not.toHaveProperty('associate');
    expect(result.vehicle).not.toHaveProperty('ownerDocument');
    expect(result.vehicle.plate).toBe('BNM3344');
    expect(result.problems).toEqual([
      {
        field: 'cpf',
        reason: 'is a CPF with wrong check digits; the associate is skipped',
      },
    ]);
  });

  it('ignores fields it does not know', () => {
    // Prepare
    const plain = acceptedSample('10231');

    // Act
    const { vehicle, associate, problems } = acceptedSample('10241');

    // Assess
    const output = JSON.stringify({ vehicle, associate });
    expect(output).not.toMatch(/CONSULTOR EXTERNO|ADIMPLENTE|"311"/);
    expect(Object.keys(vehicle)).toEqual(Object.keys(plain.vehicle));
    expect(Object.keys(associate ?? {})).toEqual(
      Object.keys(plain.associate ?? {}),
    );
    expect(problems).toEqual([]);
  });
});
