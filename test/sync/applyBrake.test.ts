import { applyBrake } from '../../functions/sync/applyBrake';
import type { Action, Plan } from '../../functions/sync/plan';
import { emptyState, known, tenant, vehicle } from './fixtures';

const deactivation = (code: number, kind: 'vehicle' | 'user' = 'vehicle') =>
  ({
    type: 'deactivate',
    kind,
    key: String(code),
    label: `${kind}:${code}`,
    softruckId: `id-${code}`,
    reason: 'absent from SGA',
  }) satisfies Action;

const reactivation: Action = {
  type: 'reactivate',
  kind: 'vehicle',
  key: '5',
  label: 'vehicle:5',
  softruckId: 'id-5',
};

/** The state of a tenant with `count` active vehicles (and users). */
function activeFleet(count: number) {
  const state = emptyState();
  for (let code = 1; code <= count; code++) known(state, vehicle(code));
  return state;
}

function planWith(
  deactivations: number,
  kind: 'vehicle' | 'user' = 'vehicle',
): Plan {
  const actions = Array.from({ length: deactivations }, (_, i) =>
    deactivation(1000 + i, kind),
  );
  return { actions: [...actions, reactivation], unchanged: [], held: [] };
}

describe('applyBrake', () => {
  it('lets through deactivations up to the minimum, whatever the share', () => {
    const plan = planWith(20);

    const braked = applyBrake({
      plan,
      tenant: tenant(),
      state: activeFleet(50),
      recordsRead: 30,
      released: false,
    });

    expect(braked).toBe(plan);
  });

  it('lets through deactivations up to the share of active records', () => {
    const plan = planWith(30);

    const braked = applyBrake({
      plan,
      tenant: tenant(),
      state: activeFleet(300),
      recordsRead: 270,
      released: false,
    });

    expect(braked.held).toEqual([]);
  });

  it('holds every deactivation above max(minimum, share × active) and applies the rest', () => {
    const plan = planWith(31);

    const braked = applyBrake({
      plan,
      tenant: tenant(),
      state: activeFleet(300),
      recordsRead: 269,
      released: false,
    });

    expect(braked.actions).toEqual([reactivation]);
    expect(braked.held).toHaveLength(31);
    expect(braked.heldReason).toBe(
      '31 vehicle deactivations exceed the brake (30 of 300 active)',
    );
  });

  it('compares each kind with its own active records', () => {
    const plan = planWith(21, 'user');

    const braked = applyBrake({
      plan,
      tenant: tenant({ brakeShare: 0.5, brakeMinimum: 20 }),
      state: activeFleet(40),
      recordsRead: 40,
      released: false,
    });

    expect(braked.heldReason).toBe(
      '21 user deactivations exceed the brake (20 of 40 active)',
    );
  });

  it('follows the tenant settings', () => {
    const braked = applyBrake({
      plan: planWith(3),
      tenant: tenant({ brakeShare: 0, brakeMinimum: 2 }),
      state: activeFleet(1000),
      recordsRead: 997,
      released: false,
    });

    expect(braked.held).toHaveLength(3);
  });

  it('always holds deactivations after a read of zero records', () => {
    const braked = applyBrake({
      plan: planWith(1),
      tenant: tenant(),
      state: activeFleet(1000),
      recordsRead: 0,
      released: false,
    });

    expect(braked.held).toHaveLength(1);
    expect(braked.heldReason).toBe(
      'SGA answered zero records for a tenant that has records',
    );
  });

  it('holds nothing in a run an operator released', () => {
    const plan = planWith(500);

    const braked = applyBrake({
      plan,
      tenant: tenant(),
      state: activeFleet(600),
      recordsRead: 0,
      released: true,
    });

    expect(braked).toBe(plan);
  });
});
