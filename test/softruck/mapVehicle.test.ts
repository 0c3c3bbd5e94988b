import type { Vehicle } from '../../functions/normalize/types';
import { ATTRIBUTE_LIMITS } from '../../functions/softruck/attributes';
import { mapVehicle, plateFor } from '../../functions/softruck/mapVehicle';

const ONIX: Vehicle = {
  code: '48213',
  plate: 'QWE4F21',
  chassis: '9BGKS48U0LG123456',
  renavam: '01234567890',
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
};

describe('mapVehicle', () => {
  it('maps every field of a complete vehicle', () => {
    // Act
    const attributes = mapVehicle(ONIX);

    // Assess
    expect(attributes).toEqual({
      plate: 'QWE4F21',
      vin: '9BGKS48U0LG123456',
      type: 'car',
      code: '48213',
      brand: 'CHEVROLET',
      model: 'ONIX 1.0 LT',
      year: '2019/2020',
      description: 'ONIX 1.0 LT | modelo 7421 | FIPE 004381-8 | R$ 58.432,00',
      color: 'PRATA',
      registration_number: '01234567890',
    });
  });

  it.each([
    ['AUTOMOVEL', 'car'],
    ['CAMIONETA', 'car'],
    ['UTILITARIO', 'van'],
    ['FURGAO', 'van'],
    ['MOTOCICLETA', 'motorcycle'],
    ['MOTONETA', 'motorcycle'],
    ['CAMINHAO', 'truck'],
    ['CAVALO MECANICO', 'truck'],
    ['SEMIRREBOQUE', 'truck'],
    ['ONIBUS', 'bus'],
    ['MICRO-ONIBUS', 'bus'],
    ['TRATOR DE ESTEIRA', 'car'],
  ])('gives SGA type %p the Softruck type %p', (type, expected) => {
    // Act
    const attributes = mapVehicle({ ...ONIX, type });

    // Assess
    expect(attributes.type).toBe(expected);
  });

  it('gives a vehicle without a type the type car', () => {
    // Act
    const attributes = mapVehicle({ ...ONIX, type: undefined });

    // Assess
    expect(attributes.type).toBe('car');
  });

  it.each([
    [2019, undefined, '2019'],
    [undefined, 2020, '2020'],
    [undefined, undefined, undefined],
  ])(
    'writes years made %p and model %p as %p',
    (manufactureYear, modelYear, expected) => {
      // Act
      const attributes = mapVehicle({ ...ONIX, manufactureYear, modelYear });

      // Assess
      expect(attributes.year).toBe(expected);
    },
  );

  it('describes with what SGA has, and nothing when it has none of it', () => {
    // Prepare
    const bare = { ...ONIX, model: undefined, modelCode: undefined };

    // Act
    const some = mapVehicle({ ...bare, fipeValue: undefined });
    const none = mapVehicle({ ...bare, fipeValue: undefined, fipeCode: '' });

    // Assess
    expect(some.description).toBe('FIPE 004381-8');
    expect(none.description).toBeUndefined();
  });

  it('leaves out what SGA does not have', () => {
    // Act
    const attributes = mapVehicle({ code: '7', plate: 'ABC1234', status: 'X' });

    // Assess
    expect(attributes).toEqual({ plate: 'ABC1234', type: 'car', code: '7' });
  });

  it('cuts long texts to the limits instead of refusing them', () => {
    // Prepare
    const long = 'A'.repeat(300);

    // Act
    const attributes = mapVehicle({
      ...ONIX,
      code: '9'.repeat(30),
      brand: long,
      model: long,
      color: long,
      chassis: 'C'.repeat(30),
    });

    // Assess
    const tooLong = Object.entries(attributes)
      .filter(([name, v]) => String(v).length > ATTRIBUTE_LIMITS[name])
      .map(([name]) => name);
    expect(tooLong).toEqual([]);
    expect(attributes.brand).toBe('A'.repeat(20));
    expect(attributes.description).toHaveLength(255);
  });
});

describe('plateFor', () => {
  it('uses the plate SGA has', () => {
    // Act
    const plate = plateFor(ONIX);

    // Assess
    expect(plate).toBe('QWE4F21');
  });

  it('gives an unplated vehicle SP and the last 14 characters of its chassis', () => {
    // Act
    const plate = plateFor({ ...ONIX, plate: undefined });

    // Assess
    expect(plate).toBe('SPKS48U0LG123456');
    expect(plate).toHaveLength(16);
  });

  it('gives a vehicle with neither plate nor chassis SPC and its code', () => {
    // Act
    const short = plateFor({ ...ONIX, plate: undefined, chassis: undefined });
    const long = plateFor({
      ...ONIX,
      plate: undefined,
      chassis: undefined,
      code: '12345678901234567890',
    });

    // Assess
    expect(short).toBe('SPC48213');
    expect(long).toBe('SPC8901234567890');
  });

  it('replaces the placeholder once SGA has a plate', () => {
    // Prepare
    const before = mapVehicle({ ...ONIX, plate: undefined });

    // Act
    const after = mapVehicle(ONIX);

    // Assess
    expect(before.plate).toBe('SPKS48U0LG123456');
    expect(after.plate).toBe('QWE4F21');
  });
});
