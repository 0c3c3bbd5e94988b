import {
  useSandboxes,
  ENTERPRISE_A,
  ENTERPRISE_B,
  call,
  loginAs,
  signIn,
  vehicleItem,
  type Json,
} from './harness';

const { open: openSandbox } = useSandboxes();

describe('vehicle creation', () => {
  it('creates every vehicle of a batch and answers 201 with them', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);

    // Act
    const answer = await api('POST', '/vehicles', {
      data: [
        vehicleItem({ plate: 'ABC1D23', code: '1' }),
        vehicleItem({ plate: 'XYZ9A99', code: '2' }),
      ],
    });

    // Assess
    expect(answer.status).toBe(201);
    expect(answer.body.data.map((v: Json) => v.id)).toEqual(
      sandbox.vehicles().map((v) => v.id),
    );
    expect(sandbox.vehicles().map((v) => v.attributes.plate)).toEqual([
      'ABC1D23',
      'XYZ9A99',
    ]);
  });

  it('gives 15-character alphanumeric ids', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);

    // Act
    const answer = await api('POST', '/vehicles', {
      data: [vehicleItem({ plate: 'ABC1D23' })],
    });

    // Assess
    expect(answer.body.data[0].id).toMatch(/^[A-Za-z0-9]{15}$/);
  });

  it('accepts the enterprise under relationships.enterprise.data', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);
    const item = {
      attributes: { plate: 'ABC1D23' },
      relationships: {
        enterprise: { data: { type: 'enterprise', id: ENTERPRISE_B.id } },
      },
    };

    // Act
    const answer = await api('POST', '/vehicles', { data: [item] });

    // Assess
    expect(answer.status).toBe(201);
    expect(sandbox.vehicles()[0].enterpriseId).toBe(ENTERPRISE_B.id);
  });

  it.each([
    ['plate', 17],
    ['vin', 21],
    ['code', 17],
    ['brand', 21],
    ['model', 21],
    ['year', 11],
  ])('refuses a %s of %i characters', async (field, length) => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);
    const attributes = { plate: 'ABC1D23', [field]: 'X'.repeat(length) };

    // Act
    const answer = await api('POST', '/vehicles', {
      data: [vehicleItem(attributes)],
    });

    // Assess
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      error: 'validation_failed',
      details: [
        { path: `data.0.attributes.${field}`, message: expect.any(String) },
      ],
    });
  });

  it('accepts each field at its longest', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);
    const attributes = {
      plate: 'P'.repeat(16),
      vin: 'V'.repeat(20),
      code: 'C'.repeat(16),
      brand: 'B'.repeat(20),
      model: 'M'.repeat(20),
      year: 'Y'.repeat(10),
    };

    // Act
    const answer = await api('POST', '/vehicles', {
      data: [vehicleItem(attributes)],
    });

    // Assess
    expect(answer.status).toBe(201);
  });

  it.each([
    ['a missing plate', { code: '1' }, 'data.0.attributes.plate'],
    [
      'an unknown attribute',
      { plate: 'A1', renavam: '1' },
      'data.0.attributes.renavam',
    ],
    [
      'a number for a text',
      { plate: 'A1', year: 2020 },
      'data.0.attributes.year',
    ],
  ])('refuses %s with its path', async (_case, attributes, path) => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);

    // Act
    const answer = await api('POST', '/vehicles', {
      data: [vehicleItem(attributes)],
    });

    // Assess
    expect(answer.status).toBe(400);
    expect(answer.body.details.map((d: Json) => d.path)).toEqual([path]);
  });

  it('refuses an enterprise that does not exist', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);

    // Act
    const answer = await api('POST', '/vehicles', {
      data: [vehicleItem({ plate: 'ABC1D23' }, 'nosuchenterpris')],
    });

    // Assess
    expect(answer.status).toBe(400);
    expect(answer.body.details[0].path).toBe('data.0.relationships.enterprise');
  });

  it('creates nothing when one item of the batch is wrong', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);

    // Act
    const answer = await api('POST', '/vehicles', {
      data: [vehicleItem({ plate: 'ABC1D23' }), vehicleItem({ plate: '' })],
    });

    // Assess
    expect(answer.body.details[0].path).toBe('data.1.attributes.plate');
    expect(sandbox.vehicles()).toEqual([]);
  });

  it('answers Already Exists for a plate taken in the enterprise', async () => {
    // Prepare
    const sandbox = await openSandbox();
    sandbox.seedVehicle({ enterpriseId: ENTERPRISE_A.id, plate: 'ABC1D23' });
    const api = await signIn(sandbox);

    // Act
    const answer = await api('POST', '/vehicles', {
      data: [vehicleItem({ plate: 'ABC1D23' })],
    });

    // Assess
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('Already Exists');
    expect(sandbox.vehicles()).toHaveLength(1);
  });

  it('answers Already Exists for a plate repeated in one batch', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);

    // Act
    const answer = await api('POST', '/vehicles', {
      data: [
        vehicleItem({ plate: 'ABC1D23' }),
        vehicleItem({ plate: 'abc1d23' }),
      ],
    });

    // Assess
    expect(answer.text).toContain('Already Exists');
    expect(sandbox.vehicles()).toEqual([]);
  });

  it('creates a plate that exists only in another enterprise', async () => {
    // Prepare
    const sandbox = await openSandbox();
    sandbox.seedVehicle({ enterpriseId: ENTERPRISE_B.id, plate: 'ABC1D23' });
    const api = await signIn(sandbox);

    // Act
    const answer = await api('POST', '/vehicles', {
      data: [vehicleItem({ plate: 'ABC1D23' })],
    });

    // Assess
    expect(answer.status).toBe(201);
  });

  it('refuses a body sent without the JSON media type with 415', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const token = await loginAs(sandbox);

    // Act
    const answer = await call(sandbox, 'POST', '/vehicles', {
      token,
      body: { data: [vehicleItem({ plate: 'ABC1D23' })] },
      contentType: 'text/plain',
    });

    // Assess
    expect(answer.status).toBe(415);
    expect(sandbox.vehicles()).toEqual([]);
  });
});
