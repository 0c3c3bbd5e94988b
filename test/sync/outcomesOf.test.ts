import {
  passiveOutcomes,
  plannedOutcome,
} from '../../functions/sync/outcomesOf';
import type { Action, Plan } from '../../functions/sync/plan';

const update: Action = {
  type: 'update',
  kind: 'vehicle',
  key: '1001',
  label: 'vehicle:1001',
  softruckId: 'veh-1',
  changes: { color: 'AZUL', model: 'ONIX' },
  attributes: { plate: 'AAA1001', color: 'AZUL', model: 'ONIX' },
};
const deactivate: Action = {
  type: 'deactivate',
  kind: 'user',
  key: '52596589060',
  label: 'user:associate-8001',
  softruckId: 'usr-1',
  reason: 'absent from SGA',
};

describe('outcomes of a plan', () => {
  it('names the changed fields of an update, never their values', () => {
    expect(plannedOutcome(update)).toEqual({
      key: 'vehicle:1001',
      kind: 'vehicle',
      step: 'update',
      outcome: 'updated',
      detail: 'color,model',
    });
  });

  it('gives the reason of a deactivation, keyed by label, not document', () => {
    expect(plannedOutcome(deactivate)).toEqual({
      key: 'user:associate-8001',
      kind: 'user',
      step: 'deactivate',
      outcome: 'deactivated',
      detail: 'absent from SGA',
    });
  });

  it('records held, pending and unchanged records with why', () => {
    const plan: Plan = {
      actions: [update],
      unchanged: [{ kind: 'vehicle', label: 'vehicle:7', detail: 'why' }],
      held: [deactivate],
      heldReason: 'too many',
    };

    const outcomes = passiveOutcomes(plan, [update]);

    expect(outcomes.map((x) => [x.key, x.outcome, x.detail])).toEqual([
      ['vehicle:7', 'unchanged', 'why'],
      ['user:associate-8001', 'held', 'too many'],
      ['vehicle:1001', 'pending', undefined],
    ]);
  });
});
