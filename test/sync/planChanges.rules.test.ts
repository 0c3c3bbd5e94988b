import type { Plan } from '../../functions/sync/plan';
import {
  desiredOf,
  emptyState,
  planOf,
  known,
  record,
  tenant,
  vehicle,
} from './fixtures';

/**
 * The rule table of the product (what a run writes), one test per row,
 * for vehicles; the same rules hold for users (see planChanges.scope).
 */

const steps = (p: Plan) => p.actions.map((a) => `${a.type} ${a.key}`);

describe('planChanges, row by row of the rule table', () => {
  it.each([true, false])(
    'creates an active record SGA has and the sync does not know (deactivateNonActive %s)',
    (deactivateNonActive) => {
      const desired = desiredOf([record(vehicle(1001))]);

      const result = planOf({
        desired,
        tenant: tenant({ deactivateNonActive }),
      });

      expect(steps(result)).toEqual(['create 1001']);
    },
  );

  it('creates nothing for a new record that is not active, when the tenant deactivates', () => {
    const desired = desiredOf([record(vehicle(1001, { status: 'CANCELADO' }))]);

    const result = planOf({ desired });

    expect(result.actions).toEqual([]);
    expect(result.unchanged).toEqual([
      {
        kind: 'vehicle',
        label: 'vehicle:1001',
        detail: 'not active in SGA (CANCELADO); not created',
      },
    ]);
  });

  it('creates a new record that is not active, when the tenant never deactivates', () => {
    const desired = desiredOf([record(vehicle(1001, { status: 'CANCELADO' }))]);

    const result = planOf({
      desired,
      tenant: tenant({ deactivateNonActive: false }),
    });

    expect(steps(result)).toEqual(['create 1001']);
  });

  it.each(['ATIVO', 'CANCELADO'])(
    'updates only the changed fields of a known record (status %s)',
    (status) => {
      const before = vehicle(1001);
      const state = known(emptyState(), before, { active: status === 'ATIVO' });
      const desired = desiredOf([
        record(vehicle(1001, { status, color: 'PRATA' })),
      ]);

      const result = planOf({ desired, state });

      const update = result.actions.find((a) => a.type === 'update');
      expect(update).toMatchObject({
        key: '1001',
        softruckId: 'veh-1001',
        changes: { color: 'PRATA' },
      });
      expect(Object.keys((update as { changes: object }).changes)).toEqual([
        'color',
      ]);
    },
  );

  it('deactivates a known active record whose status is not active', () => {
    const state = known(emptyState(), vehicle(1001));
    const desired = desiredOf([
      record(vehicle(1001, { status: 'INADIMPLENTE' })),
    ]);

    const result = planOf({ desired, state });

    expect(result.actions).toEqual([
      expect.objectContaining({
        type: 'deactivate',
        key: '1001',
        softruckId: 'veh-1001',
        reason: 'not active in SGA (INADIMPLENTE)',
      }),
    ]);
  });

  it.each([true, false])(
    'activates again a record the sync deactivated, once active in SGA (deactivateNonActive %s)',
    (deactivateNonActive) => {
      const state = known(emptyState(), vehicle(1001), { active: false });
      const desired = desiredOf([record(vehicle(1001))]);

      const result = planOf({
        desired,
        state,
        tenant: tenant({ deactivateNonActive }),
      });

      expect(steps(result)).toEqual(['reactivate 1001']);
    },
  );

  it('deactivates a known active record absent from a complete read', () => {
    const state = known(known(emptyState(), vehicle(1001)), vehicle(1002));
    const desired = desiredOf([record(vehicle(1001))]);

    const result = planOf({ desired, state });

    expect(result.actions).toEqual([
      expect.objectContaining({
        type: 'deactivate',
        key: '1002',
        reason: 'absent from SGA',
      }),
    ]);
  });

  it('never deactivates when the tenant does not, and records why', () => {
    let state = known(emptyState(), vehicle(1001));
    state = known(state, vehicle(1002));
    const desired = desiredOf([record(vehicle(1001, { status: 'CANCELADO' }))]);

    const result = planOf({
      desired,
      state,
      tenant: tenant({ deactivateNonActive: false }),
    });

    expect(result.actions).toEqual([]);
    expect(result.unchanged.map((u) => u.detail)).toEqual([
      'not active in SGA (CANCELADO); not deactivated: the tenant never deactivates',
      'absent from SGA; not deactivated: the tenant never deactivates',
    ]);
  });
});
