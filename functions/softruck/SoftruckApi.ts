import type { UserAttributes, VehicleAttributes } from './attributes';
import type { Resource } from './resource';
import type { CallMeter, SoftruckClient } from './SoftruckClient';

export { enterpriseOf, inEnterprise, type Resource } from './resource';

interface Many<A> {
  data?: Resource<A>[];
}

/** A user linked to a vehicle, by Softruck ids. */
export interface UserLink {
  vehicleId: string;
  userId: string;
}

const toLinkBody = (link: UserLink) => ({
  vehicle_id: link.vehicleId,
  user_id: link.userId,
});

const PAGE_LIMIT = 100;
/** Vehicle creates sent in one request (the API takes arrays). */
export const VEHICLE_BATCH = 25;
/** User links made or removed in one request. */
export const LINK_BATCH = 25;

/**
 * The Softruck resources the sync uses. Devices and device links are
 * deliberately absent: the sync has no way to touch them. Each instance
 * counts its own calls; instances can share one client and its login.
 */
export class SoftruckApi {
  private readonly meter: CallMeter = { calls: 0 };

  constructor(
    private readonly client: SoftruckClient,
    private readonly userRoleId: string,
  ) {}

  /** Requests made through this instance, logins and retries included. */
  get calls(): number {
    return this.meter.calls;
  }

  private request<T>(
    method: Parameters<SoftruckClient['request']>[0],
    path: string,
    body?: unknown,
  ) {
    return this.client.request<T>(method, path, body, this.meter);
  }

  async enterprise(id: string): Promise<{ id: string; cnpj?: string }> {
    const out = await this.request<{
      data?: { id: string; attributes?: { cnpj?: string } };
    }>('GET', `/enterprises/${encodeURIComponent(id)}`);
    return { id: out?.data?.id ?? id, cnpj: out?.data?.attributes?.cnpj };
  }

  /** Vehicles with this plate (or chassis), of every enterprise. */
  async findVehicles(
    field: 'plate' | 'vin',
    value: string,
  ): Promise<Resource<VehicleAttributes>[]> {
    return this.list<VehicleAttributes>(
      `/vehicles?filters[asset_vehicles.${field}][eq]=` +
        encodeURIComponent(value),
    );
  }

  async createVehicles(
    enterpriseId: string,
    vehicles: VehicleAttributes[],
  ): Promise<Resource<VehicleAttributes>[]> {
    const out = await this.request<Many<VehicleAttributes>>(
      'POST',
      '/vehicles',
      {
        data: vehicles.map((attributes) => ({
          attributes,
          relationships: {
            enterprise: { data: { type: 'enterprise', id: enterpriseId } },
          },
        })),
      },
    );
    return out?.data ?? [];
  }

  async updateVehicle(id: string, attributes: Partial<VehicleAttributes>) {
    await this.request('PATCH', `/vehicles/${id}`, {
      data: { attributes },
    });
  }

  async setVehicleActive(id: string, active: boolean): Promise<void> {
    const what = active ? 'activation' : 'deactivation';
    await this.request('PATCH', `/vehicles/${id}/status/${what}`);
  }

  /** Users with this CPF (or username), of every enterprise. */
  async findUsers(
    value: string,
    field: 'cpf' | 'username' = 'cpf',
  ): Promise<Resource<UserAttributes>[]> {
    return this.list<UserAttributes>(
      `/users?filters[users.${field}][eq]=${encodeURIComponent(value)}`,
    );
  }

  async createUser(
    enterpriseId: string,
    attributes: UserAttributes,
  ): Promise<Resource<UserAttributes>> {
    const out = await this.request<{ data: Resource<UserAttributes> }>(
      'POST',
      '/users',
      {
        data: {
          attributes,
          relationships: {
            enterprise: { data: { type: 'enterprise', id: enterpriseId } },
            roles: { data: [{ type: 'roles', id: this.userRoleId }] },
          },
        },
      },
    );
    return out.data;
  }

  async updateUser(id: string, attributes: Partial<UserAttributes>) {
    await this.request('PATCH', `/users/${id}`, {
      data: { attributes },
    });
  }

  async setUserActive(id: string, active: boolean): Promise<void> {
    const what = active ? 'activation' : 'deactivation';
    await this.request('PATCH', `/users/${id}/status/${what}`);
  }

  /** Links users to vehicles, several pairs in one request. */
  async linkUsers(pairs: UserLink[]): Promise<void> {
    await this.request('POST', '/vehicles/associations/users', {
      data: pairs.map(toLinkBody),
    });
  }

  /** Removes user links; the only delete the sync ever sends. */
  async unlinkUsers(pairs: UserLink[]): Promise<void> {
    await this.request('DELETE', '/vehicles/associations/users', {
      data: pairs.map(toLinkBody),
    });
  }

  /** Pages through a list until a page comes back shorter than the limit. */
  private async list<A>(path: string): Promise<Resource<A>[]> {
    const all: Resource<A>[] = [];
    for (let page = 1; page <= 50; page++) {
      const out = await this.request<Many<A>>(
        'GET',
        `${path}&limit=${PAGE_LIMIT}&page=${page}`,
      );
      const data = out?.data ?? [];
      all.push(...data);
      if (data.length < PAGE_LIMIT) break;
    }
    return all;
  }
}
