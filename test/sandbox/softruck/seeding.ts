import { readAttributes, requireText } from './attributes';
import type { Problem } from './errors';
import { linkKey, type SandboxStore } from './SandboxStore';
import type {
  DeviceLink,
  SandboxUser,
  SandboxVehicle,
  UserLink,
  UserSeed,
  VehicleSeed,
} from './types';
import { readUserAttributes } from './userValidation';
import { VEHICLE_RULES } from './vehicleValidation';

// Softruck gives every user a role; seeds that name none get this one.
const DEFAULT_ROLE = 'driver';

/**
 * Puts a vehicle in place as if made by hand in Softruck. It obeys the
 * API's own rules, so a test cannot seed what Softruck could not hold.
 */
export function seedVehicle(
  store: SandboxStore,
  seed: VehicleSeed,
): SandboxVehicle {
  const { enterpriseId, id, deactivatedAt, ...given } = seed;
  checkEnterprise(store, enterpriseId);
  const problems: Problem[] = [];
  const attributes = readAttributes(
    defined(given),
    'seed',
    VEHICLE_RULES,
    problems,
  );
  requireText(attributes, 'plate', 'seed', true, problems);
  failOn(problems, 'vehicle');
  if (store.vehicleWithPlate(enterpriseId, seed.plate)) {
    throw new Error(`plate ${seed.plate} is already seeded in ${enterpriseId}`);
  }
  const vehicle = store.addVehicle(enterpriseId, attributes, id);
  vehicle.deactivatedAt = deactivatedAt ?? null;
  return structuredClone(vehicle);
}

/** Puts a user in place as if made by hand in Softruck. */
export function seedUser(store: SandboxStore, seed: UserSeed): SandboxUser {
  const { enterpriseId, id, roleIds, deactivatedAt, ...given } = seed;
  checkEnterprise(store, enterpriseId);
  const problems: Problem[] = [];
  const attributes = readUserAttributes(defined(given), true, problems, 'seed');
  failOn(problems, 'user');
  if (store.userWithUsername(seed.username)) {
    throw new Error(`username ${seed.username} is already seeded`);
  }
  if (seed.cpf && store.userWithCpf(enterpriseId, seed.cpf)) {
    throw new Error(`that cpf is already seeded in ${enterpriseId}`);
  }
  const roles = roleIds ?? [DEFAULT_ROLE];
  const user = store.addUser(enterpriseId, roles, attributes, id);
  user.deactivatedAt = deactivatedAt ?? null;
  return structuredClone(user);
}

/** Links a seeded user to a seeded vehicle of the same enterprise. */
export function seedUserLink(store: SandboxStore, link: UserLink): void {
  const vehicle = store.vehicles.get(link.vehicleId);
  const user = store.users.get(link.userId);
  if (!vehicle || !user) throw new Error('seed the vehicle and user first');
  if (vehicle.enterpriseId !== user.enterpriseId) {
    throw new Error('a user can only be linked within its enterprise');
  }
  store.userLinks.set(linkKey(link.vehicleId, link.userId), { ...link });
}

/** Installs a device in a seeded vehicle. */
export function seedDeviceLink(store: SandboxStore, link: DeviceLink): void {
  if (!store.vehicles.has(link.vehicleId)) {
    throw new Error(`seed vehicle ${link.vehicleId} first`);
  }
  store.deviceLinks.set(linkKey(link.vehicleId, link.deviceId), { ...link });
}

function checkEnterprise(store: SandboxStore, enterpriseId: string): void {
  if (!store.enterprises.has(enterpriseId)) {
    throw new Error(`enterprise ${enterpriseId} is not in the options`);
  }
}

/** Drops keys set to undefined, which JSON could never carry. */
function defined(given: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(given).filter(([, value]) => value !== undefined),
  );
}

function failOn(problems: Problem[], what: string): void {
  if (problems.length === 0) return;
  const list = problems.map((problem) => `${problem.path} ${problem.message}`);
  throw new Error(`invalid ${what} seed: ${list.join('; ')}`);
}
