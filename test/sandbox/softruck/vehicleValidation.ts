import {
  isObject,
  readAttributes,
  requireText,
  type AttributeRules,
} from './attributes';
import type { Problem } from './errors';
import { checkSameEnterprise, readEnterpriseId } from './relationships';
import type { SandboxStore } from './SandboxStore';
import {
  VEHICLE_FIELDS,
  type SandboxVehicle,
  type VehicleAttributes,
} from './types';

/** The limits a public integration keeps to, taken as the server's. */
export const VEHICLE_RULES: AttributeRules = {
  allowed: VEHICLE_FIELDS,
  maxLength: { plate: 16, vin: 20, code: 16, brand: 20, model: 20, year: 10 },
};

/** A vehicle a create request asks for, once it has been checked. */
export interface VehicleDraft {
  path: string;
  enterpriseId: string;
  attributes: Partial<VehicleAttributes>;
}

/** Checks one item of `POST /vehicles`, recording what is wrong. */
export function readVehicleCreate(
  item: unknown,
  path: string,
  store: SandboxStore,
  problems: Problem[],
): VehicleDraft | undefined {
  if (!isObject(item)) {
    problems.push({ path, message: 'must be an object' });
    return undefined;
  }
  const at = `${path}.attributes`;
  const attributes = readAttributes(
    item.attributes,
    at,
    VEHICLE_RULES,
    problems,
  );
  requireText(attributes, 'plate', at, true, problems);
  const enterpriseId = readEnterpriseId(
    item.relationships,
    `${path}.relationships`,
    store,
    problems,
  );
  if (enterpriseId === undefined) return undefined;
  return { path, enterpriseId, attributes };
}

/** Checks the body of `PATCH /vehicles/:id`, recording what is wrong. */
export function readVehicleUpdate(
  body: unknown,
  vehicle: SandboxVehicle,
  store: SandboxStore,
  problems: Problem[],
): Partial<VehicleAttributes> {
  const data = isObject(body) ? body.data : undefined;
  if (!isObject(data)) {
    problems.push({ path: 'data', message: 'must be an object' });
    return {};
  }
  const at = 'data.attributes';
  const attributes = readAttributes(
    data.attributes,
    at,
    VEHICLE_RULES,
    problems,
  );
  requireText(attributes, 'plate', at, false, problems);
  checkSameEnterprise(
    data.relationships,
    'data.relationships',
    vehicle.enterpriseId,
    store,
    problems,
  );
  return attributes;
}
