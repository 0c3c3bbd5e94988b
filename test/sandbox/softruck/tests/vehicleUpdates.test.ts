import {
  useSandboxes,
  ENTERPRISE_A,
  ENTERPRISE_B,
  START,
  signIn,
} from './harness';

const { open: openSandbox } = useSandboxes();

describe('vehicle update and status', () => {
  it('changes only the attributes sent', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const seeded = sandbox.seedVehicle({
      enterpriseId: ENTERPRISE_A.id,
      plate: 'ABC1D23',
      color: 'BRANCO',
    });
    const api = await signIn(sandbox);

    // Act
    const answer = await api('PATCH', `/vehicles/${seeded.id}`, {
      data: { attributes: { brand: 'FIAT' } },
    });

    // Assess
    expect(answer.status).toBe(200);
    expect(sandbox.vehicles()[0].attributes).toMatchObject({
      plate: 'ABC1D23',
      color: 'BRANCO',
      brand: 'FIAT',
    });
  });

  it('validates an update like a create', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const seeded = sandbox.seedVehicle({
      enterpriseId: ENTERPRISE_A.id,
      plate: 'ABC1D23',
    });
    const api = await signIn(sandbox);

    // Act
    const answer = await api('PATCH', `/vehicles/${seeded.id}`, {
      data: { attributes: { brand: 'B'.repeat(21) } },
    });

    // Assess
    expect(answer.body.details[0].path).toBe('data.attributes.brand');
    expect(sandbox.vehicles()[0].attributes.brand).toBeNull();
  });

  it('answers Already Exists for a plate another vehicle holds', async () => {
    // Prepare
    const sandbox = await openSandbox();
    sandbox.seedVehicle({ enterpriseId: ENTERPRISE_A.id, plate: 'ABC1D23' });
    const other = sandbox.seedVehicle({
      enterpriseId: ENTERPRISE_A.id,
      plate: 'XYZ9A99',
    });
    const api = await signIn(sandbox);

    // Act
    const answer = await api('PATCH', `/vehicles/${other.id}`, {
      data: { attributes: { plate: 'ABC1D23' } },
    });

    // Assess
    expect(answer.text).toContain('Already Exists');
  });

  it('refuses to move a vehicle to another enterprise', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const seeded = sandbox.seedVehicle({
      enterpriseId: ENTERPRISE_A.id,
      plate: 'ABC1D23',
    });
    const api = await signIn(sandbox);

    // Act
    const answer = await api('PATCH', `/vehicles/${seeded.id}`, {
      data: {
        attributes: {},
        relationships: {
          enterprise: { type: 'enterprise', id: ENTERPRISE_B.id },
        },
      },
    });

    // Assess
    expect(answer.status).toBe(400);
    expect(sandbox.vehicles()[0].enterpriseId).toBe(ENTERPRISE_A.id);
  });

  it('answers 404 to an update of an unknown vehicle', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);

    // Act
    const answer = await api('PATCH', '/vehicles/AAAAAAAAAAAAAAA', {
      data: { attributes: { brand: 'FIAT' } },
    });

    // Assess
    expect(answer.status).toBe(404);
  });

  it('sets deactivated_at, then clears it on activation', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const seeded = sandbox.seedVehicle({
      enterpriseId: ENTERPRISE_A.id,
      plate: 'ABC1D23',
    });
    const api = await signIn(sandbox);

    // Act
    const off = await api(
      'PATCH',
      `/vehicles/${seeded.id}/status/deactivation`,
    );
    const offState = sandbox.vehicles()[0].deactivatedAt;
    const on = await api('PATCH', `/vehicles/${seeded.id}/status/activation`);

    // Assess
    expect(off.body.data.attributes.deactivated_at).toBe(
      new Date(START).toISOString(),
    );
    expect(offState).toBe(new Date(START).toISOString());
    expect(on.body.data.attributes.deactivated_at).toBeNull();
    expect(sandbox.vehicles()[0].deactivatedAt).toBeNull();
  });

  it('answers 404 to a status change of an unknown vehicle', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);

    // Act
    const answer = await api(
      'PATCH',
      '/vehicles/AAAAAAAAAAAAAAA/status/deactivation',
    );

    // Assess
    expect(answer.status).toBe(404);
  });
});
