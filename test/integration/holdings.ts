import type { SoftruckSandbox } from '../sandbox/softruck';

/** What Softruck holds for one enterprise, without its ids. */
export interface Holdings {
  vehicles: { plate: string; active: boolean; attributes: object }[];
  users: { cpf: string; active: boolean; attributes: object }[];
  /** `plate -> cpf` of every user link. */
  links: string[];
}

/**
 * Softruck's records of one enterprise in a form two sandboxes can be
 * compared in: sorted, ids replaced by plates and CPFs. `cpfOf` maps a
 * stored CPF (and the username made from it) back to a common one.
 */
export function holdings(
  softruck: SoftruckSandbox,
  enterpriseId: string,
  cpfOf: (cpf: string) => string = (cpf) => cpf,
): Holdings {
  const vehicles = softruck
    .vehicles()
    .filter((v) => v.enterpriseId === enterpriseId);
  const users = softruck.users().filter((u) => u.enterpriseId === enterpriseId);
  const plateOf = new Map(vehicles.map((v) => [v.id, v.attributes.plate]));
  const userCpf = new Map(
    users.map((u) => [u.id, cpfOf(u.attributes.cpf ?? '')]),
  );
  const byText = (a: string, b: string) => a.localeCompare(b);
  return {
    vehicles: vehicles
      .map((v) => ({
        plate: v.attributes.plate ?? '',
        active: v.deactivatedAt === null,
        attributes: v.attributes,
      }))
      .sort((a, b) => byText(a.plate, b.plate)),
    users: users
      .map((u) => {
        const cpf = cpfOf(u.attributes.cpf ?? '');
        const username = u.attributes.username ?? '';
        return {
          cpf,
          active: u.deactivatedAt === null,
          attributes: {
            ...u.attributes,
            cpf,
            username: username.replace(u.attributes.cpf ?? '', cpf),
          },
        };
      })
      .sort((a, b) => byText(a.cpf, b.cpf)),
    links: softruck
      .userLinks()
      .filter((l) => plateOf.has(l.vehicleId))
      .map((l) => `${plateOf.get(l.vehicleId)} -> ${userCpf.get(l.userId)}`)
      .sort(byText),
  };
}

/** Counts of what the enterprise holds, for quick assertions. */
export function countsOf(h: Holdings) {
  return {
    vehicles: h.vehicles.length,
    activeVehicles: h.vehicles.filter((v) => v.active).length,
    users: h.users.length,
    activeUsers: h.users.filter((u) => u.active).length,
    links: h.links.length,
  };
}
