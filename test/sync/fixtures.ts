import type { Associate, Vehicle } from '../../functions/normalize/types';
import { mapUser } from '../../functions/softruck/mapUser';
import { mapVehicle } from '../../functions/softruck/mapVehicle';
import type { SoftruckState } from '../../functions/state/SoftruckStateStore';
import type { ReadRecord } from '../../functions/state/types';
import type { Plan } from '../../functions/sync/plan';
import { planChanges, type PlanInput } from '../../functions/sync/planChanges';
import {
  type DesiredState,
  resolveRecords,
} from '../../functions/sync/resolveRecords';
import {
  type Tenant,
  tenantSchema,
} from '../../functions/tenants/tenantSchema';

/** A tenant with the schema's defaults, `deactivateNonActive` on. */
export function tenant(overrides: Partial<Tenant> = {}): Tenant {
  return tenantSchema.parse({
    id: 'alfa',
    company: 'Associação Alfa',
    cnpj: '11222333000181',
    softruckEnterpriseId: 'EntAlfa00000001',
    sync: 'vehicles',
    deactivateNonActive: true,
    ...overrides,
  });
}

/** A vehicle as normalization gives it; code 1001 is plate AAA1001. */
export function vehicle(code: number, overrides: Partial<Vehicle> = {}) {
  return {
    code: String(code),
    associateCode: String(code + 7000),
    plate: `AAA${code}`,
    chassis: `9BWZZZ377VT00${code}`,
    brand: 'CHEVROLET',
    model: 'ONIX 1.0 LT',
    type: 'AUTOMOVEL',
    status: 'ATIVO',
    contractDate: '2024-01-10',
    ownerDocument: ownerOf(code),
    ...overrides,
  } satisfies Vehicle;
}

/** A CPF-like document per vehicle code; the rules never check digits. */
export const ownerOf = (code: number) => String(52596580000 + code);

export function associate(code: number, overrides: Partial<Associate> = {}) {
  return {
    document: ownerOf(code),
    code: String(code + 7000),
    name: `ASSOCIADO ${code}`,
    ...overrides,
  } satisfies Associate;
}

/** A read record of page 1 at `index`, with its associate. */
export function record(
  v: Vehicle,
  position: { page?: number; index?: number } = {},
  owner?: Associate,
): ReadRecord {
  return {
    page: position.page ?? 1,
    index: position.index ?? Number(v.code),
    vehicle: v,
    associate: owner ?? associate(Number(v.code)),
    problems: [],
  };
}

const isAtivo = (status: string) => status === 'ATIVO';

/** What SGA asks for, from records, with `ATIVO` as the active status. */
export function desiredOf(records: ReadRecord[]): DesiredState {
  return resolveRecords(records, isAtivo);
}

export function emptyState(): SoftruckState {
  return { vehicles: new Map(), users: new Map() };
}

/** Plans `desired` for the default tenant: an empty state, a full read. */
export function planOf(
  input: Partial<PlanInput> & Pick<PlanInput, 'desired'>,
): Plan {
  return planChanges({
    tenant: tenant(),
    state: emptyState(),
    read: 'complete',
    protectedCodes: new Set(),
    ...input,
  });
}

/** The sync's state after it wrote `v` (and its owner) as they are now. */
export function known(
  state: SoftruckState,
  v: Vehicle,
  options: { active?: boolean; linked?: boolean } = {},
): SoftruckState {
  const active = options.active ?? true;
  const code = Number(v.code);
  state.vehicles.set(v.code, {
    code: v.code,
    softruckId: `veh-${v.code}`,
    attributes: mapVehicle(v),
    active,
    lastRunId: 'day-0',
    ...(options.linked
      ? { linkedUserDocument: ownerOf(code), linkedUserId: `usr-${code}` }
      : {}),
  });
  const owner = associate(code);
  state.users.set(owner.document, {
    document: owner.document,
    label: `user:associate-${owner.code}`,
    softruckId: `usr-${code}`,
    attributes: mapUser(owner),
    active,
    lastRunId: 'day-0',
  });
  return state;
}
