import type { SoftruckState } from '../state/SoftruckStateStore';
import type { Tenant } from '../tenants/tenantSchema';
import type { Plan } from './plan';

export interface BrakeInput {
  plan: Plan;
  tenant: Tenant;
  state: SoftruckState;
  /** Records the run read from SGA. */
  recordsRead: number;
  /** An operator released this run's held deactivations. */
  released: boolean;
}

/**
 * Holds every deactivation of a run that would switch off more than the
 * tenant's share of its active records (and at least its minimum), or
 * that follows a read of zero records for a tenant that had records: such
 * runs are far likelier to be an SGA fault than a real mass cancellation.
 */
export function applyBrake(input: BrakeInput): Plan {
  const { plan, tenant, state } = input;
  const deactivations = plan.actions.filter((a) => a.type === 'deactivate');
  if (deactivations.length === 0 || input.released) return plan;
  const active =
    [...state.vehicles.values()].filter((v) => v.active).length +
    [...state.users.values()].filter((u) => u.active).length;
  const allowed = Math.max(tenant.brakeMinimum, tenant.brakeShare * active);
  let reason: string | undefined;
  if (input.recordsRead === 0) {
    reason = 'SGA answered zero records for a tenant that has records';
  } else if (deactivations.length > allowed) {
    reason =
      `${deactivations.length} deactivations exceed the brake ` +
      `(${Math.floor(allowed)} of ${active} active records)`;
  }
  if (!reason) return plan;
  return {
    ...plan,
    actions: plan.actions.filter((a) => a.type !== 'deactivate'),
    held: deactivations,
    heldReason: reason,
  };
}
