import type { SoftruckState } from '../state/SoftruckStateStore';
import type { DesiredState } from './resolveRecords';

/**
 * Users that must not be taken for absent although SGA gave no readable
 * associate for them: the owner of a vehicle whose record could not be
 * read, and the owner of a vehicle SGA still lists whose associate part
 * was rejected. Their absence is a reading problem, not a departure.
 */
export function protectedUsers(
  desired: DesiredState,
  state: SoftruckState,
  unreadCodes: Set<string>,
): Set<string> {
  const kept = new Set<string>();
  const keep = (document?: string) => document && kept.add(document);
  for (const code of unreadCodes) {
    keep(state.vehicles.get(code)?.linkedUserDocument);
  }
  for (const [code, { vehicle }] of desired.vehicles) {
    const owner = vehicle.ownerDocument;
    if (owner && desired.users.has(owner)) continue;
    keep(owner);
    keep(state.vehicles.get(code)?.linkedUserDocument);
  }
  return kept;
}
