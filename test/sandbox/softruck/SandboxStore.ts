import { IdRegistry } from './ids';
import { UniqueIndex } from './UniqueIndex';
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
  private readonly plates = new UniqueIndex();
  private readonly usernames = new UniqueIndex();
  private readonly cpfs = new UniqueIndex();

  constructor(enterprises: SoftruckEnterprise[]) {
    for (const enterprise of enterprises) {
      this.ids.claim(enterprise.id, false);
      // A CNPJ may hold letters (issued since July 2026): keep them.
      const cnpj = enterprise.cnpj.replace(/[^\dA-Za-z]/g, '').toUpperCase();
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
    this.plates.add(plateKey(vehicle), vehicle.id);
    return vehicle;
  }

  /** Changes a vehicle's attributes, keeping the plate index current. */
  updateVehicle(
    vehicle: SandboxVehicle,
    changes: Partial<VehicleAttributes>,
  ): void {
    this.plates.remove(plateKey(vehicle), vehicle.id);
    Object.assign(vehicle.attributes, changes);
    this.plates.add(plateKey(vehicle), vehicle.id);
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
    this.indexUser(user);
    return user;
  }

  /** Changes a user's attributes, keeping the username and CPF indexes. */
  updateUser(user: SandboxUser, changes: Partial<UserAttributes>): void {
    this.usernames.remove(usernameKey(user.attributes.username), user.id);
    this.cpfs.remove(cpfKey(user.enterpriseId, user.attributes.cpf), user.id);
    Object.assign(user.attributes, changes);
    this.indexUser(user);
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
    const id = this.plates.holder(
      `${enterpriseId}/${plate.toUpperCase()}`,
      exceptId,
    );
    return id === undefined ? undefined : this.vehicles.get(id);
  }

  /** The user holding this username in any enterprise, if any. */
  userWithUsername(username: string, exceptId?: string) {
    const id = this.usernames.holder(username.toLowerCase(), exceptId);
    return id === undefined ? undefined : this.users.get(id);
  }

  /** The user of `enterpriseId` with this CPF, if any. */
  userWithCpf(enterpriseId: string, cpf: string, exceptId?: string) {
    const id = this.cpfs.holder(`${enterpriseId}/${cpf}`, exceptId);
    return id === undefined ? undefined : this.users.get(id);
  }

  private indexUser(user: SandboxUser): void {
    this.usernames.add(usernameKey(user.attributes.username), user.id);
    this.cpfs.add(cpfKey(user.enterpriseId, user.attributes.cpf), user.id);
  }

  private takeId(id: string | undefined): string {
    if (id === undefined) return this.ids.next();
    this.ids.claim(id, true);
    return id;
  }
}

function plateKey(vehicle: SandboxVehicle): string | null {
  const plate = vehicle.attributes.plate;
  return plate ? `${vehicle.enterpriseId}/${plate.toUpperCase()}` : null;
}

function usernameKey(username: string | null): string | null {
  return username ? username.toLowerCase() : null;
}

function cpfKey(enterpriseId: string, cpf: string | null): string | null {
  return cpf ? `${enterpriseId}/${cpf}` : null;
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
