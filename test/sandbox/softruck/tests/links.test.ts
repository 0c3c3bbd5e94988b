import type { SoftruckSandbox } from '..';
import { useSandboxes, ENTERPRISE_A, ENTERPRISE_B, signIn } from './harness';

const { open: openSandbox } = useSandboxes();

describe('user links', () => {
  function seedPair(sandbox: SoftruckSandbox, enterpriseId = ENTERPRISE_A.id) {
    const vehicle = sandbox.seedVehicle({
      enterpriseId: ENTERPRISE_A.id,
      plate: 'ABC1D23',
    });
    const user = sandbox.seedUser({
      enterpriseId,
      username: 'ana',
      name: 'Ana',
    });
    return { vehicle_id: vehicle.id, user_id: user.id };
  }

  it('links a vehicle to a user once, however often asked', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const link = seedPair(sandbox);
    const api = await signIn(sandbox);

    // Act
    const first = await api('POST', '/vehicles/associations/users', {
      data: [link],
    });
    const again = await api('POST', '/vehicles/associations/users', {
      data: [link],
    });

    // Assess
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(sandbox.userLinks()).toEqual([
      { vehicleId: link.vehicle_id, userId: link.user_id },
    ]);
  });

  it('removes a link with DELETE', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const link = seedPair(sandbox);
    sandbox.seedUserLink({ vehicleId: link.vehicle_id, userId: link.user_id });
    const api = await signIn(sandbox);

    // Act
    const answer = await api('DELETE', '/vehicles/associations/users', {
      data: [link],
    });

    // Assess
    expect(answer.status).toBe(200);
    expect(sandbox.userLinks()).toEqual([]);
  });

  it('lists the links of one vehicle', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const link = seedPair(sandbox);
    const other = sandbox.seedVehicle({
      enterpriseId: ENTERPRISE_A.id,
      plate: 'XYZ9A99',
    });
    sandbox.seedUserLink({ vehicleId: link.vehicle_id, userId: link.user_id });
    sandbox.seedUserLink({ vehicleId: other.id, userId: link.user_id });
    const api = await signIn(sandbox);

    // Act
    const answer = await api(
      'GET',
      '/vehicles/associations/users?' +
        `filters[vehicles_users.vehicle_id][eq]=${link.vehicle_id}`,
    );

    // Assess
    expect(answer.body.data).toEqual([link]);
  });

  it('refuses to link a user of another enterprise', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const link = seedPair(sandbox, ENTERPRISE_B.id);
    const api = await signIn(sandbox);

    // Act
    const answer = await api('POST', '/vehicles/associations/users', {
      data: [link],
    });

    // Assess
    expect(answer.status).toBe(400);
    expect(sandbox.userLinks()).toEqual([]);
  });

  it('refuses to link a vehicle that does not exist', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const link = seedPair(sandbox);
    const api = await signIn(sandbox);

    // Act
    const answer = await api('POST', '/vehicles/associations/users', {
      data: [{ ...link, vehicle_id: 'AAAAAAAAAAAAAAA' }],
    });

    // Assess
    expect(answer.body.details[0].path).toBe('data.0.vehicle_id');
  });
});

describe('device links', () => {
  it('lists the seeded device links', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const vehicle = sandbox.seedVehicle({
      enterpriseId: ENTERPRISE_A.id,
      plate: 'ABC1D23',
    });
    sandbox.seedDeviceLink({ vehicleId: vehicle.id, deviceId: 'dev-1' });
    const api = await signIn(sandbox);

    // Act
    const answer = await api('GET', '/vehicles/associations/devices');

    // Assess
    expect(answer.body.data).toEqual([
      { vehicle_id: vehicle.id, device_id: 'dev-1' },
    ]);
    expect(sandbox.deviceLinkWrites()).toEqual([]);
  });

  it('serves writes to device links and records them', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const vehicle = sandbox.seedVehicle({
      enterpriseId: ENTERPRISE_A.id,
      plate: 'ABC1D23',
    });
    sandbox.seedDeviceLink({ vehicleId: vehicle.id, deviceId: 'dev-1' });
    const api = await signIn(sandbox);

    // Act
    await api('DELETE', '/vehicles/associations/devices', {
      data: [{ vehicle_id: vehicle.id, device_id: 'dev-1' }],
    });

    // Assess
    expect(sandbox.deviceLinks()).toEqual([]);
    expect(sandbox.deviceLinkWrites()).toEqual([
      expect.objectContaining({ method: 'DELETE', status: 200 }),
    ]);
  });
});
