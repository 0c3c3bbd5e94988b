import type { Outcome } from '../state/OutcomeStore';
import type { Action, Plan } from './plan';

const PLANNED: Record<Action['type'], Outcome['outcome']> = {
  create: 'created',
  update: 'updated',
  deactivate: 'deactivated',
  reactivate: 'reactivated',
  link: 'linked',
};

/** The outcome an action will have once applied: a dry run's report. */
export function plannedOutcome(action: Action): Outcome {
  return {
    key: action.label,
    kind: action.kind,
    step: action.type,
    outcome: PLANNED[action.type],
    ...detailOf(action),
  };
}

/** Outcomes of what a plan leaves alone, holds, or had no time for. */
export function passiveOutcomes(plan: Plan, remaining: Action[]): Outcome[] {
  const outcomes: Outcome[] = [];
  for (const { kind, label, detail } of plan.unchanged) {
    outcomes.push({
      key: label,
      kind,
      step: 'none',
      outcome: 'unchanged',
      ...(detail ? { detail } : {}),
    });
  }
  for (const action of plan.held) {
    outcomes.push({
      key: action.label,
      kind: action.kind,
      step: action.type,
      outcome: 'held',
      detail: plan.heldReason,
    });
  }
  for (const action of remaining) {
    outcomes.push({
      key: action.label,
      kind: action.kind,
      step: action.type,
      outcome: 'pending',
    });
  }
  return outcomes;
}

function detailOf(action: Action): { detail?: string } {
  if (action.type === 'update') {
    return { detail: Object.keys(action.changes).join(',') };
  }
  if (action.type === 'deactivate') return { detail: action.reason };
  return {};
}
