import type { SoftruckSandbox } from '../sandbox/softruck';

export interface HeldVehicle {
  id: string;
  code: string;
  plate: string;
  vin: string | null;
  active: boolean;
}

/** What one enterprise of the Softruck sandbox holds, keyed as SGA is. */
export interface Snapshot {
  /** By the SGA vehicle code carried in `code`. */
  vehicles: Map<string, HeldVehicle>;
  /** CPF digits to active. */
  users: Map<string, boolean>;
  /** Vehicle code to the CPFs of the users linked to it. */
  links: Map<string, string[]>;
  /** Same plate twice, same code twice, same CPF twice. */
  duplicates: string[];
  /** Records by Softruck id, for "nothing lost" checks. */
  ids: Map<string, boolean>;
}

/** An empty enterprise: the state before the first day. */
export function emptySnapshot(): Snapshot {
  return {
    vehicles: new Map(),
    users: new Map(),
    links: new Map(),
    duplicates: [],
    ids: new Map(),
  };
}

function repeated(values: string[], what: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    if (seen.has(v)) out.push(`${what} ${v} held twice`);
    seen.add(v);
  }
  return out;
}

/** Reads one enterprise of the sandbox. */
export function snapshot(
  softruck: SoftruckSandbox,
  enterpriseId: string,
): Snapshot {
  const own = softruck
    .vehicles()
    .filter((v) => v.enterpriseId === enterpriseId);
  const people = softruck
    .users()
    .filter((u) => u.enterpriseId === enterpriseId);
  const result = emptySnapshot();
  const codeOf = new Map<string, string>();
  for (const v of own) {
    const code = v.attributes.code ?? `no code ${v.id}`;
    codeOf.set(v.id, code);
    result.ids.set(v.id, v.deactivatedAt === null);
    result.vehicles.set(code, {
      id: v.id,
      code,
      plate: v.attributes.plate ?? '',
      vin: v.attributes.vin,
      active: v.deactivatedAt === null,
    });
  }
  const cpfOf = new Map<string, string>();
  for (const u of people) {
    const cpf = u.attributes.cpf ?? `no cpf ${u.id}`;
    cpfOf.set(u.id, cpf);
    result.ids.set(u.id, u.deactivatedAt === null);
    result.users.set(cpf, u.deactivatedAt === null);
  }
  for (const link of softruck.userLinks()) {
    const code = codeOf.get(link.vehicleId);
    if (code === undefined) continue;
    const list = result.links.get(code) ?? [];
    list.push(cpfOf.get(link.userId) ?? `another enterprise's user`);
    result.links.set(code, list);
  }
  result.duplicates = [
    ...repeated(
      own.map((v) => v.attributes.plate ?? ''),
      'plate',
    ),
    ...repeated([...codeOf.values()], 'code'),
    ...repeated([...cpfOf.values()], 'cpf'),
  ];
  return result;
}
