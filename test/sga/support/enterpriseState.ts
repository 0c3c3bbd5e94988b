import type { SoftruckSandbox } from '../../sandbox/softruck';

const byKey = (key: string) => (a: object, b: object) =>
  String((a as Record<string, unknown>)[key]).localeCompare(
    String((b as Record<string, unknown>)[key]),
  );

/**
 * What a Softruck sandbox holds for one enterprise, without the ids it
 * handed out: vehicles and users with their attributes and whether they
 * are active, and the user links as `plate -> username`. Two sandboxes
 * that received the same writes give equal states.
 */
export function enterpriseState(softruck: SoftruckSandbox, enterprise: string) {
  const vehicles = softruck
    .vehicles()
    .filter((v) => v.enterpriseId === enterprise);
  const users = softruck.users().filter((u) => u.enterpriseId === enterprise);
  const plateOf = new Map(vehicles.map((v) => [v.id, v.attributes.plate]));
  const usernameOf = new Map(users.map((u) => [u.id, u.attributes.username]));
  return {
    vehicles: vehicles
      .map((v) => ({ ...v.attributes, active: v.deactivatedAt === null }))
      .sort(byKey('plate')),
    users: users
      .map((u) => ({ ...u.attributes, active: u.deactivatedAt === null }))
      .sort(byKey('username')),
    links: softruck
      .userLinks()
      .filter((l) => plateOf.has(l.vehicleId))
      .map((l) => `${plateOf.get(l.vehicleId)} -> ${usernameOf.get(l.userId)}`)
      .sort(),
  };
}
