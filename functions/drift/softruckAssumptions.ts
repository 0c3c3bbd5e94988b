import type { UserAttributes, VehicleAttributes } from '../softruck/attributes';
import type { SgaFieldKind } from '../normalize/sgaFields';

/** Every vehicle attribute the sync writes; the type keeps it complete. */
const VEHICLE_WRITES = [
  'plate',
  'vin',
  'type',
  'code',
  'brand',
  'model',
  'year',
  'description',
  'color',
  'registration_number',
] as const satisfies readonly (keyof VehicleAttributes)[];

/** Every user attribute the sync writes. */
const USER_WRITES = [
  'username',
  'name',
  'email',
  'phone1',
  'cpf',
  'document_number',
  'birthdate',
  'locale',
] as const satisfies readonly (keyof UserAttributes)[];

// Compile-time checks: a new attribute in the types must be listed above.
type Unlisted<T, L extends readonly unknown[]> = Exclude<keyof T, L[number]>;
const _vehiclesListed: Unlisted<VehicleAttributes, typeof VEHICLE_WRITES>[] =
  [];
const _usersListed: Unlisted<UserAttributes, typeof USER_WRITES>[] = [];
void _vehiclesListed;
void _usersListed;

/** What the code assumes of the read-only Softruck answers it uses. */
export const SOFTRUCK_ASSUMPTIONS = {
  /** `SoftruckClient.login` reads `data.token`. */
  login: ['data.token', 'data.refresh_token'],
  /** `SoftruckApi.enterprise` reads `data.id`; `checkEnterprise` the CNPJ. */
  enterprise: ['data.id', 'data.attributes.cnpj'],
  /** Attributes a vehicle may come with: those written, plus reads'. */
  vehicleAttributes: [...VEHICLE_WRITES, 'batch', 'deactivated_at'],
  /** The attributes matching looks vehicles up by. */
  vehicleRequired: ['plate'],
  userAttributes: [...USER_WRITES, 'phone2', 'deactivated_at'],
  userRequired: ['cpf', 'username'],
  /** Ids are 15 letters and digits (softruck-v2.md: Shapes, known). */
  id: /^[A-Za-z\d]{15}$/,
} as const;

/** The SGA kind whose formats describe a Softruck attribute's values. */
export const SOFTRUCK_KINDS: Record<string, SgaFieldKind> = {
  plate: 'plate',
  vin: 'chassis',
  cpf: 'document',
  birthdate: 'date',
  email: 'email',
};
