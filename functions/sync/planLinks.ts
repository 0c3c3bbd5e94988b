import type { SoftruckState } from '../state/SoftruckStateStore';
import type { Action, RecordKind } from './plan';
import type { DesiredState } from './resolveRecords';

/**
 * The links a `both` tenant needs: each vehicle to its associate's user,
 * when the link is not the one last written. Only pairs that will both
 * exist in Softruck once `planned` is applied are linked.
 */
export function planLinks(
  desired: DesiredState,
  state: SoftruckState,
  planned: Action[],
): Action[] {
  const created = new Set(
    planned.filter((a) => a.type === 'create').map((a) => `${a.kind}:${a.key}`),
  );
  const exists = (kind: RecordKind, key: string) =>
    (kind === 'vehicle' ? state.vehicles : state.users).has(key) ||
    created.has(`${kind}:${key}`);
  const links: Action[] = [];
  for (const [code, { vehicle }] of desired.vehicles) {
    const document = vehicle.ownerDocument;
    if (!document || !desired.users.has(document)) continue;
    if (!exists('vehicle', code) || !exists('user', document)) continue;
    if (state.vehicles.get(code)?.linkedUserDocument === document) continue;
    links.push({
      type: 'link',
      kind: 'link',
      key: code,
      label: `link:${code}`,
      document,
    });
  }
  return links;
}
