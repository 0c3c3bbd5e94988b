import type { UserAttributes, VehicleAttributes } from './attributes';
import { inEnterprise, type Resource } from './resource';
import type { SoftruckApi } from './SoftruckApi';

/**
 * The vehicle of `enterpriseId` with this plate, else with this chassis:
 * how a vehicle Softruck already holds is recognised. Records of other
 * enterprises are never returned, so they can never be adopted.
 */
export async function findVehicle(
  api: SoftruckApi,
  enterpriseId: string,
  { plate, vin }: Pick<VehicleAttributes, 'plate' | 'vin'>,
): Promise<Resource<VehicleAttributes> | undefined> {
  const byPlate = inEnterprise(
    await api.findVehicles('plate', plate),
    enterpriseId,
  );
  if (byPlate || !vin) return byPlate;
  return inEnterprise(await api.findVehicles('vin', vin), enterpriseId);
}

/**
 * The user of `enterpriseId` with this CPF, else with one of these
 * usernames (a user made by hand may lack the CPF): how a user Softruck
 * already holds is recognised, in the tenant's enterprise only.
 */
export async function findUser(
  api: SoftruckApi,
  enterpriseId: string,
  cpf: string,
  usernames: string[] = [],
): Promise<Resource<UserAttributes> | undefined> {
  const byCpf = inEnterprise(await api.findUsers(cpf), enterpriseId);
  if (byCpf) return byCpf;
  for (const username of usernames) {
    const found = await api.findUsers(username, 'username');
    const mine = inEnterprise(found, enterpriseId);
    if (mine) return mine;
  }
  return undefined;
}
