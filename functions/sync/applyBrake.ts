import type { SoftruckState } from '../state/SoftruckStateStore';
import type { Tenant } from '../tenants/tenantSchema';
import type { Action, Plan, RecordKind } from './plan';

export interface BrakeInput {
  plan: Plan;
  tenant: Tenant;
  state: SoftruckState;
  /** Records the run read from SGA, rejected ones included. */
  recordsRead: number;
  /** An operator released this run's held deactivations. */
  released: boolean;
}

const KINDS: RecordKind[] = ['vehicle', 'user'];

/**
 * Holds every deactivation of a run that would switch off more than the
 * tenant's share of its active vehicles or of its active users (and more
 * than its minimum), or that follows a read of zero records for a tenant
 * that has records: such runs are far likelier to be an SGA fault than a
 * real mass cancellation. The rest of the plan goes ahead.
 *
 * @example
 * // 30 of 200 active vehicles, share 0.1, minimum 20: 30 > max(20, 20)
 * applyBrake({ plan, tenant, state, recordsRead: 180, released: false })
 *   .heldReason;
 * // '30 vehicle deactivations exceed the brake (20 of 200 active)'
 */
export function applyBrake(input: BrakeInput): Plan {
  const { plan } = input;
  const deactivations = plan.actions.filter((a) => a.type === 'deactivate');
  if (deactivations.length === 0 || input.released) return plan;
  const reason = holdReason(input, deactivations);
  if (!reason) return plan;
  return {
    ...plan,
    actions: plan.actions.filter((a) => a.type !== 'deactivate'),
    held: deactivations,
    heldReason: reason,
  };
}

function holdReason(
  input: BrakeInput,
  deactivations: Action[],
): string | undefined {
  if (input.recordsRead === 0) {
    return 'SGA answered zero records for a tenant that has records';
  }
  const { tenant, state } = input;
  const reasons: string[] = [];
  for (const kind of KINDS) {
    const known = kind === 'vehicle' ? state.vehicles : state.users;
    const active = [...known.values()].filter((r) => r.active).length;
    const count = deactivations.filter((a) => a.kind === kind).length;
    const allowed = Math.max(tenant.brakeMinimum, tenant.brakeShare * active);
    if (count > allowed) {
      reasons.push(
        `${count} ${kind} deactivations exceed the brake ` +
          `(${Math.floor(allowed)} of ${active} active)`,
      );
    }
  }
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}
