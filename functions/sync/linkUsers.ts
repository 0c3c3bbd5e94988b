import { SoftruckTransientError } from '../softruck/errors';
import type { UserLink } from '../softruck/SoftruckApi';
import type { Outcome } from '../state/OutcomeStore';
import type { ApplyContext } from './applyPlan';
import { errorReason } from './errorReason';
import type { Action } from './plan';

type Link = Extract<Action, { type: 'link' }>;

interface Ready {
  action: Link;
  link: UserLink;
  /** The user the vehicle was linked to before, to unlink (a sale). */
  previous?: string;
}

/**
 * Links vehicles to their associates' users in one request, then removes
 * the links of previous owners in one more: the seller of a car must stop
 * tracking it. Both calls are idempotent in Softruck, so a retry after a
 * lost answer is harmless. A refused batch is retried one link at a time.
 * Outcomes go into `into` as they are known.
 */
export async function linkUsers(
  c: ApplyContext,
  batch: Link[],
  into: Outcome[],
): Promise<void> {
  const ready: Ready[] = [];
  for (const action of batch) {
    const vehicle = c.state.vehicles.get(action.key);
    const user = c.state.users.get(action.document);
    if (!vehicle || !user) {
      into.push(outcome(action, 'failed', 'vehicle or user not created'));
      continue;
    }
    const previous = vehicle.linkedUserId;
    ready.push({
      action,
      link: { vehicleId: vehicle.softruckId, userId: user.softruckId },
      previous: previous !== user.softruckId ? previous : undefined,
    });
  }
  if (ready.length === 0) return;
  try {
    await write(c, ready);
  } catch (error) {
    if (error instanceof SoftruckTransientError) throw error;
    if (ready.length === 1) {
      into.push(outcome(ready[0].action, 'failed', errorReason(error)));
      return;
    }
    for (const one of ready) await linkUsers(c, [one.action], into);
    return;
  }
  for (const { action, link, previous } of ready) {
    const vehicle = c.state.vehicles.get(action.key)!;
    const next = {
      ...vehicle,
      linkedUserDocument: action.document,
      linkedUserId: link.userId,
      lastRunId: c.runId,
    };
    c.state.vehicles.set(action.key, next);
    await c.store.putVehicle(c.tenantId, next);
    into.push(
      outcome(
        action,
        'linked',
        previous ? 'replaced the previous user' : undefined,
      ),
    );
  }
}

async function write(c: ApplyContext, ready: Ready[]): Promise<void> {
  await c.api.linkUsers(ready.map((r) => r.link));
  const stale = ready.flatMap((r) =>
    r.previous ? [{ vehicleId: r.link.vehicleId, userId: r.previous }] : [],
  );
  if (stale.length > 0) await c.api.unlinkUsers(stale);
}

function outcome(
  action: Link,
  result: Outcome['outcome'],
  detail?: string,
): Outcome {
  return {
    key: action.label,
    kind: 'link',
    step: 'link',
    outcome: result,
    ...(detail ? { detail } : {}),
  };
}
