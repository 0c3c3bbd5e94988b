import type { SoftruckSandbox } from '../sandbox/softruck';

/** Where a crash is injected: a method of a class the pipeline uses. */
export interface CrashPoint {
  name: string;
  owner: { prototype: object };
  method: string;
  /** Before the real call (nothing done) or after it (the answer lost). */
  when: 'before' | 'after';
  /** The how-manieth call of the tenant that crashes (1 = the first). */
  nth: number;
  day: number;
  /** Which calls count, when not all of the method's do. */
  matches?: (args: unknown[]) => boolean;
}

/** A crash point, positionally: the how-manieth call defaults to the first. */
export const crashPoint = (
  name: string,
  owner: CrashPoint['owner'],
  method: string,
  when: CrashPoint['when'],
  day: number,
  nth = 1,
  matches?: CrashPoint['matches'],
): CrashPoint => ({ name, owner, method, when, day, nth, matches });

/** How a call names its tenant: by id, enterprise, or Softruck record. */
export type TenantOf = (args: unknown[]) => string | undefined;

interface Armed extends CrashPoint {
  tenantId: string;
  calls: number;
  fired: boolean;
}

/**
 * Crashes, each at one point of one tenant's run: the wrapped method
 * throws once, as a process that died there would have stopped. Every
 * other call, and every other tenant, goes through untouched.
 */
export class CrashInjector {
  private readonly armed: Armed[] = [];
  private readonly wrapped = new Set<string>();
  day = 0;

  constructor(private readonly tenantOf: Map<string, TenantOf>) {}

  arm(tenantId: string, point: CrashPoint): void {
    this.armed.push({ ...point, tenantId, calls: 0, fired: false });
    const key = `${point.owner.prototype.constructor.name}.${point.method}`;
    if (this.wrapped.has(key)) return;
    this.wrapped.add(key);
    const find = this.tenantOf.get(point.method);
    if (!find) throw new Error(`no tenant lookup for ${point.method}`);
    const proto = point.owner.prototype as Record<string, unknown>;
    const real = proto[point.method] as (...a: unknown[]) => Promise<unknown>;
    const due = (args: unknown[]) => this.due(point, find(args), args);
    jest.spyOn(proto, point.method as never).mockImplementation(async function (
      this: unknown,
      ...args: unknown[]
    ) {
      const crash = due(args);
      if (crash === 'before') throw new Error(`injected crash ${key}`);
      const result = await real.apply(this, args);
      if (crash === 'after') throw new Error(`injected crash ${key}`);
      return result;
    } as never);
  }

  /** Names of the crashes that never fired: their point was not reached. */
  unfired(): string[] {
    return this.armed.filter((a) => !a.fired).map((a) => a.name);
  }

  private due(
    point: CrashPoint,
    tenantId: string | undefined,
    args: unknown[],
  ) {
    const crash = this.armed.find(
      (a) =>
        a.owner === point.owner &&
        a.method === point.method &&
        a.tenantId === tenantId &&
        a.day === this.day &&
        !a.fired &&
        (a.matches?.(args) ?? true),
    );
    if (!crash || ++crash.calls < crash.nth) return undefined;
    crash.fired = true;
    return crash.when;
  }
}

/** Tenant lookups for the methods crashes are injected into. */
export function tenantLookups(
  softruck: SoftruckSandbox,
  tenantOfEnterprise: (enterpriseId: string) => string | undefined,
): Map<string, TenantOf> {
  const byId: TenantOf = (args) => args[0] as string;
  const byEnterprise: TenantOf = (args) =>
    tenantOfEnterprise(args[0] as string);
  const ofVehicle = (id: string) =>
    tenantOfEnterprise(
      softruck.vehicles().find((v) => v.id === id)?.enterpriseId ?? '',
    );
  const ofUser = (id: string) =>
    tenantOfEnterprise(
      softruck.users().find((u) => u.id === id)?.enterpriseId ?? '',
    );
  const ofPairs: TenantOf = (args) =>
    ofVehicle((args[0] as { vehicleId: string }[])[0]?.vehicleId ?? '');
  return new Map<string, TenantOf>([
    ['create', (args) => (args[0] as { tenantId: string }).tenantId],
    ['putPage', byId],
    ['markPageDone', byId],
    ['transition', byId],
    ['putVehicle', byId],
    ['putUser', byId],
    ['putAll', byId],
    ['createVehicles', byEnterprise],
    ['createUser', byEnterprise],
    ['linkUsers', ofPairs],
    ['unlinkUsers', ofPairs],
    ['updateVehicle', (args) => ofVehicle(args[0] as string)],
    ['setVehicleActive', (args) => ofVehicle(args[0] as string)],
    ['updateUser', (args) => ofUser(args[0] as string)],
    ['setUserActive', (args) => ofUser(args[0] as string)],
  ]);
}
