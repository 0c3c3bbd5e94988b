/**
 * Public shapes of the local Softruck sandbox: its options, the faults it
 * can inject, and the records a test can read or seed.
 */

/** A Softruck login: a user's credentials plus the account's public key. */
export interface SoftruckAccount {
  username: string;
  password: string;
  /** Identifies the account; the rate limit is counted per public key. */
  publicKey: string;
}

/** A Softruck customer; every vehicle and user belongs to one. */
export interface SoftruckEnterprise {
  id: string;
  /** Stored as digits only, whatever punctuation it was given with. */
  cnpj: string;
  name: string;
}

/** Failures the sandbox injects, deterministic for a given seed. */
export interface SoftruckFaults {
  /** Chance (0 to 1) that an accepted request fails with `status5xx`. */
  failRate: number;
  /** The status of injected failures (500 to 599). */
  status5xx: number;
  /** The next N accepted requests fail with `status5xx`, unprocessed. */
  failNext: number;
  /** The next N requests are refused with 429, whatever the budget. */
  rate429Next: number;
  /** The next N writes are performed, then answered with 502. */
  loseAnswerNext: number;
  /** Seeds the draws behind `failRate`; setting it restarts the sequence. */
  seed: number;
}

/** How to start a sandbox. */
export interface SoftruckSandboxOptions {
  accounts: SoftruckAccount[];
  enterprises: SoftruckEnterprise[];
  /** Accepted requests per window and per account, logins included. */
  ratePerMinute?: number;
  /** Length of the sliding window, in milliseconds (default 60 000). */
  windowMs?: number;
  /** Lifetime of an access token, in milliseconds (default one hour). */
  tokenTtlMs?: number;
  faults?: Partial<SoftruckFaults>;
  /** The clock, in epoch milliseconds; tests may drive it by hand. */
  now?: () => number;
}

/** Vehicle attributes a client may write. */
export const VEHICLE_FIELDS = [
  'plate',
  'vin',
  'type',
  'code',
  'brand',
  'model',
  'year',
  'description',
  'color',
  'batch',
  'registration_number',
] as const;

/** One writable vehicle attribute's name. */
export type VehicleField = (typeof VEHICLE_FIELDS)[number];
/** Every vehicle attribute, null when unset. */
export type VehicleAttributes = Record<VehicleField, string | null>;

/** User attributes a client may write. */
export const USER_FIELDS = [
  'username',
  'email',
  'name',
  'phone1',
  'phone2',
  'document_number',
  'cpf',
  'birthdate',
  'locale',
] as const;

/** One writable user attribute's name. */
export type UserField = (typeof USER_FIELDS)[number];
/** Every user attribute, null when unset. */
export type UserAttributes = Record<UserField, string | null>;

/** A vehicle as the sandbox holds it. */
export interface SandboxVehicle {
  id: string;
  enterpriseId: string;
  attributes: VehicleAttributes;
  /** ISO timestamp of the deactivation, or null while active. */
  deactivatedAt: string | null;
}

/** A user as the sandbox holds it. */
export interface SandboxUser {
  id: string;
  enterpriseId: string;
  roleIds: string[];
  attributes: UserAttributes;
  deactivatedAt: string | null;
}

/** A user allowed to track a vehicle. */
export interface UserLink {
  vehicleId: string;
  userId: string;
}

/** A tracking device installed in a vehicle; made by hand in Softruck. */
export interface DeviceLink {
  vehicleId: string;
  deviceId: string;
}

/** Why the sandbox answered a request with a fault instead of its result. */
export type InjectedFault = 'fail5xx' | 'rate429' | 'loseAnswer';

/** One request the sandbox received, in order of arrival. */
export interface SandboxRequest {
  /** Arrival time, from the sandbox's clock. */
  at: number;
  method: string;
  /** The URL's path, base included (`/v2/vehicles`). */
  path: string;
  /** The URL's query string with its `?`, or an empty string. */
  query: string;
  status: number;
  /** The public key, when it names a known account. */
  account?: string;
  fault?: InjectedFault;
}

/** A vehicle to put in place before the sync runs. */
export type VehicleSeed = Partial<VehicleAttributes> & {
  enterpriseId: string;
  plate: string;
  id?: string;
  deactivatedAt?: string | null;
};

/** A user to put in place before the sync runs. */
export type UserSeed = Partial<UserAttributes> & {
  enterpriseId: string;
  username: string;
  name: string;
  id?: string;
  roleIds?: string[];
  deactivatedAt?: string | null;
};

/** A running sandbox and what a test can inspect or change in it. */
export interface SoftruckSandbox {
  /** Base URL, `/v2` included, e.g. `http://127.0.0.1:40123/v2`. */
  url: string;
  close(): Promise<void>;
  setFaults(patch: Partial<SoftruckFaults>): void;
  /** The faults in force now, counters included. */
  faults(): SoftruckFaults;
  /** Makes every access token handed out expire, as if an hour had passed. */
  expireTokens(): void;
  vehicles(): SandboxVehicle[];
  users(): SandboxUser[];
  userLinks(): UserLink[];
  /** Device links; the sync must never change them. */
  deviceLinks(): DeviceLink[];
  /** Every request received, in order; statuses filled when answered. */
  readonly requests: SandboxRequest[];
  /** POST or DELETE requests on device links: the sync must send none. */
  deviceLinkWrites(): SandboxRequest[];
  /**
   * The most accepted requests any window of `windowMs` held, for one
   * account or, without one, for the busiest account.
   */
  maxAcceptedInAnyWindow(account?: string): number;
  /** Requests answered with 429, injected or not. */
  count429(): number;
  seedVehicle(seed: VehicleSeed): SandboxVehicle;
  seedUser(seed: UserSeed): SandboxUser;
  seedUserLink(link: UserLink): void;
  seedDeviceLink(link: DeviceLink): void;
}
