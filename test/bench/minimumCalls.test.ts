import { classifyCall, countCalls } from '../../bin/bench/classifyCall';
import {
  type Holdings,
  minimumCalls,
  totalCalls,
} from '../../bin/bench/minimumCalls';
import type { SandboxUser, SandboxVehicle } from '../../test/sandbox/softruck';

const vehicle = (
  id: string,
  enterpriseId = 'E1',
  color = 'PRATA',
  deactivatedAt: string | null = null,
) =>
  ({
    id,
    enterpriseId,
    attributes: { plate: id, color },
    deactivatedAt,
  }) as unknown as SandboxVehicle;

const user = (id: string, name = 'ANA', deactivatedAt: string | null = null) =>
  ({
    id,
    enterpriseId: 'E1',
    roleIds: [],
    attributes: { username: id, name },
    deactivatedAt,
  }) as unknown as SandboxUser;

const nothing: Holdings = { vehicles: [], users: [], userLinks: [] };
const range = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('minimumCalls', () => {
  it('creates vehicles 25 to a request per enterprise', () => {
    const after: Holdings = {
      ...nothing,
      vehicles: [
        ...range(26, 'a').map((id) => vehicle(id, 'E1')),
        ...range(3, 'b').map((id) => vehicle(id, 'E2')),
      ],
    };

    const calls = minimumCalls(nothing, after, ['E1', 'E2']);

    expect(calls.vehicleCreate).toBe(3);
    expect(calls.enterprise).toBe(2);
    expect(calls.login).toBe(1);
  });

  it('needs one call per user created, per change and per status change', () => {
    const before: Holdings = {
      vehicles: [vehicle('v1'), vehicle('v2')],
      users: [user('u1')],
      userLinks: [],
    };
    const after: Holdings = {
      vehicles: [vehicle('v1', 'E1', 'AZUL', '2026-12-02'), vehicle('v2')],
      users: [user('u1', 'ANA MARIA'), user('u2')],
      userLinks: [],
    };

    const calls = minimumCalls(before, after, ['E1']);

    expect(calls.vehicleUpdate).toBe(1);
    expect(calls.vehicleStatus).toBe(1);
    expect(calls.userUpdate).toBe(1);
    expect(calls.userCreate).toBe(1);
    expect(totalCalls(calls)).toBe(1 + 1 + 4);
  });

  it('batches links made and links removed apart', () => {
    const before: Holdings = {
      vehicles: [vehicle('v1'), vehicle('v2')],
      users: [user('u1'), user('u2')],
      userLinks: [{ vehicleId: 'v1', userId: 'u1' }],
    };
    const after: Holdings = {
      ...before,
      userLinks: [
        { vehicleId: 'v1', userId: 'u2' },
        { vehicleId: 'v2', userId: 'u2' },
      ],
    };

    const calls = minimumCalls(before, after, ['E1']);

    expect(calls.link).toBe(1);
    expect(calls.unlink).toBe(1);
  });
});

describe('classifyCall', () => {
  it.each([
    ['POST', '/v2/auth/login', 'login'],
    ['GET', '/v2/enterprises/E1', 'enterprise'],
    ['POST', '/v2/vehicles', 'vehicleCreate'],
    ['PATCH', '/v2/vehicles/abc', 'vehicleUpdate'],
    ['PATCH', '/v2/vehicles/abc/status/deactivation', 'vehicleStatus'],
    ['POST', '/v2/users', 'userCreate'],
    ['PATCH', '/v2/users/abc/status/activation', 'userStatus'],
    ['POST', '/v2/vehicles/associations/users', 'link'],
    ['DELETE', '/v2/vehicles/associations/users', 'unlink'],
    ['GET', '/v2/vehicles', 'lookup'],
    ['DELETE', '/v2/vehicles/abc', 'other'],
  ])('takes %s %s for %s', (method, path, kind) => {
    expect(classifyCall(method, path)).toBe(kind);
  });

  it('counts requests by kind', () => {
    const counts = countCalls([
      { method: 'POST', path: '/v2/users' },
      { method: 'POST', path: '/v2/users' },
      { method: 'POST', path: '/v2/auth/login' },
    ]);

    expect(counts.userCreate).toBe(2);
    expect(totalCalls(counts)).toBe(3);
  });
});
