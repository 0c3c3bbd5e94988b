import {
  useSandboxes,
  ENTERPRISE_A,
  ENTERPRISE_B,
  signIn,
  type Json,
  type Answer,
} from './harness';

const { open: openSandbox } = useSandboxes();

describe('vehicle lookup', () => {
  it('finds a plate in every enterprise the account sees', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const inA = sandbox.seedVehicle({
      enterpriseId: ENTERPRISE_A.id,
      plate: 'ABC1D23',
    });
    const inB = sandbox.seedVehicle({
      enterpriseId: ENTERPRISE_B.id,
      plate: 'ABC1D23',
    });
    sandbox.seedVehicle({ enterpriseId: ENTERPRISE_A.id, plate: 'XYZ9A99' });
    const api = await signIn(sandbox);

    // Act
    const answer = await api(
      'GET',
      '/vehicles?filters[asset_vehicles.plate][eq]=ABC1D23',
    );

    // Assess
    expect(answer.body.data.map((v: Json) => v.id)).toEqual([inA.id, inB.id]);
  });

  it('shows every attribute, deactivated_at and the enterprise', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const seeded = sandbox.seedVehicle({
      enterpriseId: ENTERPRISE_B.id,
      plate: 'ABC1D23',
      vin: '9BWZZZ377VT004251',
      code: '1001',
    });
    const api = await signIn(sandbox);

    // Act
    const answer = await api('GET', `/vehicles/${seeded.id}`);

    // Assess
    expect(answer.body.data).toEqual({
      id: seeded.id,
      type: 'vehicles',
      attributes: {
        plate: 'ABC1D23',
        vin: '9BWZZZ377VT004251',
        type: null,
        code: '1001',
        brand: null,
        model: null,
        year: null,
        description: null,
        color: null,
        batch: null,
        registration_number: null,
        deactivated_at: null,
      },
      relationships: {
        enterprise: { data: { type: 'enterprise', id: ENTERPRISE_B.id } },
      },
    });
  });

  it.each([
    ['vin', 'asset_vehicles.vin', '9BWZZZ377VT004251'],
    ['code', 'asset_vehicles.code', '1001'],
  ])('finds a vehicle by %s', async (_name, field, value) => {
    // Prepare
    const sandbox = await openSandbox();
    const seeded = sandbox.seedVehicle({
      enterpriseId: ENTERPRISE_A.id,
      plate: 'ABC1D23',
      vin: '9BWZZZ377VT004251',
      code: '1001',
    });
    sandbox.seedVehicle({ enterpriseId: ENTERPRISE_A.id, plate: 'XYZ9A99' });
    const api = await signIn(sandbox);

    // Act
    const answer = await api('GET', `/vehicles?filters[${field}][eq]=${value}`);

    // Assess
    expect(answer.body.data.map((v: Json) => v.id)).toEqual([seeded.id]);
  });

  it('matches ilk without regard to case', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const seeded = sandbox.seedVehicle({
      enterpriseId: ENTERPRISE_A.id,
      plate: 'ABC1D23',
    });
    const api = await signIn(sandbox);

    // Act
    const answer = await api(
      'GET',
      '/vehicles?filters[asset_vehicles.plate][ilk]=abc1',
    );

    // Assess
    expect(answer.body.data.map((v: Json) => v.id)).toEqual([seeded.id]);
  });

  it('serves pages of limit records in creation order', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const plates = ['AAA0001', 'AAA0002', 'AAA0003'];
    for (const plate of plates) {
      sandbox.seedVehicle({ enterpriseId: ENTERPRISE_A.id, plate });
    }
    const api = await signIn(sandbox);

    // Act
    const first = await api('GET', '/vehicles?limit=2&page=1');
    const second = await api('GET', '/vehicles?limit=2&page=2');

    // Assess
    const platesOf = (answer: Answer) =>
      answer.body.data.map((v: Json) => v.attributes.plate);
    expect(platesOf(first)).toEqual(['AAA0001', 'AAA0002']);
    expect(platesOf(second)).toEqual(['AAA0003']);
  });

  it.each(['0', '101', 'ten'])('refuses limit=%s with 400', async (limit) => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);

    // Act
    const answer = await api('GET', `/vehicles?limit=${limit}`);

    // Assess
    expect(answer.status).toBe(400);
  });

  it.each([
    ['an unknown field', 'filters[asset_vehicles.renavam][eq]=1'],
    ['another resource', 'filters[vehicles.plate][eq]=ABC1D23'],
    ['an unknown operator', 'filters[asset_vehicles.plate][like]=A'],
  ])('refuses a filter on %s with 400', async (_case, filter) => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);

    // Act
    const answer = await api('GET', `/vehicles?${filter}`);

    // Assess
    expect(answer.status).toBe(400);
  });
});
