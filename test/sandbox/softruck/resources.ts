import type { SandboxUser, SandboxVehicle, SoftruckEnterprise } from './types';

/** An enterprise as the API shows it. */
export function enterpriseResource(enterprise: SoftruckEnterprise) {
  return {
    id: enterprise.id,
    type: 'enterprises',
    attributes: { name: enterprise.name, cnpj: enterprise.cnpj },
  };
}

/** A vehicle as the API shows it: reads add `deactivated_at`. */
export function vehicleResource(vehicle: SandboxVehicle) {
  return {
    id: vehicle.id,
    type: 'vehicles',
    attributes: {
      ...vehicle.attributes,
      deactivated_at: vehicle.deactivatedAt,
    },
    relationships: { enterprise: enterpriseRef(vehicle.enterpriseId) },
  };
}

/** A user as the API shows it, with its enterprise and roles. */
export function userResource(user: SandboxUser) {
  return {
    id: user.id,
    type: 'users',
    attributes: { ...user.attributes, deactivated_at: user.deactivatedAt },
    relationships: {
      enterprise: enterpriseRef(user.enterpriseId),
      roles: { data: user.roleIds.map((id) => ({ type: 'roles', id })) },
    },
  };
}

function enterpriseRef(id: string) {
  return { data: { type: 'enterprise', id } };
}
