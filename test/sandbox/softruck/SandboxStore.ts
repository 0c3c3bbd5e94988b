import { IdRegistry } from './ids';
import {
  USER_FIELDS,
  VEHICLE_FIELDS,
  type DeviceLink,
  type SandboxUser,
  type SandboxVehicle,
  type SoftruckEnterprise,
  type UserAttributes,
  type UserLink,
  type VehicleAttributes,
} from './types';

/**
 * Everything the sandbox's Softruck holds, in memory. Records keep their
 * creation order, which is the order lists are served in.
 */
export class SandboxStore {
  readonly enterprises = new Map<string, SoftruckEnterprise>();
  readonly vehicles = new Map<string, SandboxVehicle>();
  readonly users = new Map<string, SandboxUser>();
  readonly userLinks = new Map<string, UserLink>();
  readonly deviceLinks = new Map<string, DeviceLink>();
  readonly ids = new IdRegistry();

  constructor(enterprises: SoftruckEnterprise[]) {
    for (const enterprise of enterprises) {
      this.ids.claim(enterprise.id, false);
      const cnpj = enterprise.cnpj.replace(/\D/g, '');
      this.enterprises.set(enterprise.id, { ...enterprise, cnpj });
    }
  }

  /** Adds a vehicle; `id` is drawn when not given. */
  addVehicle(
    enterpriseId: string,
    attributes: Partial<VehicleAttributes>,
    id?: string,
  ): SandboxVehicle {
    const vehicle: SandboxVehicle = {
      id: this.takeId(id),
      enterpriseId,
      attributes: completeAttributes(VEHICLE_FIELDS, attributes),
      deactivatedAt: null,
    };
    this.vehicles.set(vehicle.id, vehicle);
    return vehicle;
  }

  /** Adds a user; `id` is drawn when not given. */
  addUser(
    enterpriseId: string,
    roleIds: string[],
    attributes: Partial<UserAttributes>,
    id?: string,
  ): SandboxUser {
    const user: SandboxUser = {
      id: this.takeId(id),
      enterpriseId,
      roleIds: [...roleIds],
      attributes: completeAttributes(USER_FIELDS, attributes),
      deactivatedAt: null,
    };
    this.users.set(user.id, user);
    return user;
  }

  /**
   * The vehicle of `enterpriseId` with this plate, if any. Plates compare
   * without regard to case, as a unique index on them would.
   */
  vehicleWithPlate(
    enterpriseId: string,
    plate: string,
    exceptId?: string,
  ): SandboxVehicle | undefined {
    const wanted = plate.toUpperCase();
    for (const vehicle of this.vehicles.values()) {
      if (vehicle.id === exceptId || vehicle.enterpriseId !== enterpriseId) {
        continue;
      }
      if (vehicle.attributes.plate?.toUpperCase() === wanted) return vehicle;
    }
    return undefined;
  }

  /** The user holding this username in any enterprise, if any. */
  userWithUsername(username: string, exceptId?: string) {
    const wanted = username.toLowerCase();
    return [...this.users.values()].find(
      (user) =>
        user.id !== exceptId &&
        user.attributes.username?.toLowerCase() === wanted,
    );
  }

  /** The user of `enterpriseId` with this CPF, if any. */
  userWithCpf(enterpriseId: string, cpf: string, exceptId?: string) {
    return [...this.users.values()].find(
      (user) =>
        user.id !== exceptId &&
        user.enterpriseId === enterpriseId &&
        user.attributes.cpf === cpf,
    );
  }

  private takeId(id: string | undefined): string {
    if (id === undefined) return this.ids.next();
    this.ids.claim(id, true);
    return id;
  }
}

/** The map key of a link between two records. */
export function linkKey(left: string, right: string): string {
  return `${left}/${right}`;
}

function completeAttributes<F extends string>(
  fields: readonly F[],
  given: Partial<Record<F, string | null>>,
): Record<F, string | null> {
  const complete = {} as Record<F, string | null>;
  for (const field of fields) complete[field] = given[field] ?? null;
  return complete;
}
