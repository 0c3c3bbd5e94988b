import { normalizeRecord } from '../../functions/normalize/normalizeRecord';
import { isActiveStatus } from '../../functions/normalize/status';
import { acceptedSample, page1Record } from './sgaSamples';

describe('normalizeRecord on page-1.json', () => {
  it('reads a clean active record into its vehicle and associate', () => {
    // Act
    const result = normalizeRecord(page1Record('10231'));

    // Assess
    expect(result).toEqual({
      ok: true,
      vehicle: {
        code: '10231',
        associateCode: '5501',
        plate: 'QWE4F21',
        chassis: '9BW7JSNXZHGXAK22R',
        renavam: '35228250864',
        manufactureYear: 2019,
        modelYear: 2020,
        fipeValue: 58432,
        fipeCode: '004381-8',
        type: 'AUTOMOVEL',
        brand: 'CHEVROLET',
        modelCode: '7421',
        model: 'ONIX 1.0 LT',
        color: 'PRATA',
        status: 'ATIVO',
        contractDate: '2021-06-01',
        ownerDocument: '52596589060',
      },
      associate: {
        document: '52596589060',
        code: '5501',
        name: 'MARIA APARECIDA DOS SANTOS',
        rg: '18224730',
        birthDate: '1984-03-12',
        phone: '31998124410',
      },
      problems: [],
    });
  });

  it('normalizes numbers, lower-case plate, formatted CPF, BR money', () => {
    // Act
    const { vehicle, associate } = acceptedSample('10232');

    // Assess
    expect(vehicle).toMatchObject({
      code: '10232',
      associateCode: '5502',
      plate: 'HGB3390',
      fipeValue: 45678.9,
      manufactureYear: 2012,
      modelYear: 2013,
      ownerDocument: '92190300630',
    });
    expect(associate?.document).toBe('92190300630');
    expect(associate?.name).toBe('JOSÉ DA CONCEIÇÃO FILHO');
  });

  it.each([
    ['10231', true],
    ['10232', true],
    ['10233', false],
    ['10234', false],
    ['10235', true],
    ['10236', true],
    ['10237', true],
    ['10238', true],
    ['10240', true],
    ['10241', true],
  ])('decides vehicle %s is active: %p', (code, active) => {
    // Act
    const { vehicle } = acceptedSample(code);

    // Assess
    expect(isActiveStatus(vehicle.status)).toBe(active);
  });
});
