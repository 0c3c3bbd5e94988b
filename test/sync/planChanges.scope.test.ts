import type { Plan } from '../../functions/sync/plan';
import {
  associate,
  desiredOf,
  emptyState,
  planOf,
  known,
  ownerOf,
  record,
  tenant,
  vehicle,
} from './fixtures';

const steps = (p: Plan) => p.actions.map((a) => `${a.type} ${a.kind} ${a.key}`);

describe('planChanges: what the read allows', () => {
  const cancelled = desiredOf([record(vehicle(1001, { status: 'CANCELADO' }))]);
  const twoKnown = () =>
    known(known(emptyState(), vehicle(1001)), vehicle(1002));

  it('deactivates nothing after an incomplete read, and records why', () => {
    const result = planOf({
      desired: cancelled,
      state: twoKnown(),
      read: 'incomplete',
    });

    expect(result.actions).toEqual([]);
    expect(result.unchanged.map((u) => u.detail)).toEqual([
      'not active in SGA (CANCELADO); not deactivated: the read is incomplete',
      'absent from SGA; not deactivated: the read is incomplete',
    ]);
  });

  it('still creates and updates after an incomplete read', () => {
    const state = known(emptyState(), vehicle(1001));
    const desired = desiredOf([
      record(vehicle(1001, { color: 'AZUL' })),
      record(vehicle(1003)),
    ]);

    const result = planOf({ desired, state, read: 'incomplete' });

    expect(steps(result)).toEqual([
      'create vehicle 1003',
      'update vehicle 1001',
    ]);
  });

  it('deactivates by status but never by absence after a lookup', () => {
    const result = planOf({
      desired: cancelled,
      state: twoKnown(),
      read: 'lookup',
    });

    expect(steps(result)).toEqual(['deactivate vehicle 1001']);
    expect(result.unchanged).toEqual([]);
  });

  it('never takes a record SGA sent unreadable for an absent one', () => {
    const desired = desiredOf([record(vehicle(1001))]);

    const result = planOf({
      desired,
      state: twoKnown(),
      protectedCodes: new Set(['1002']),
    });

    expect(result.actions).toEqual([]);
  });

  it('leaves alone what the sync never wrote', () => {
    const result = planOf({ desired: desiredOf([]), state: emptyState() });

    expect(result.actions).toEqual([]);
    expect(result.unchanged).toEqual([]);
  });
});

describe('planChanges: the sync setting', () => {
  const desired = desiredOf([record(vehicle(1001)), record(vehicle(1002))]);

  it('writes only users for a users tenant', () => {
    const result = planOf({ desired, tenant: tenant({ sync: 'users' }) });

    expect(steps(result)).toEqual([
      `create user ${ownerOf(1001)}`,
      `create user ${ownerOf(1002)}`,
    ]);
  });

  it('writes only vehicles for a vehicles tenant', () => {
    const state = known(emptyState(), vehicle(1003));
    const result = planOf({
      desired,
      state,
      tenant: tenant({ sync: 'vehicles' }),
    });

    expect(steps(result)).toEqual([
      'deactivate vehicle 1003',
      'create vehicle 1001',
      'create vehicle 1002',
    ]);
  });

  it('writes both and links each vehicle to its owner for a both tenant', () => {
    const result = planOf({ desired, tenant: tenant({ sync: 'both' }) });

    expect(steps(result)).toEqual([
      'create vehicle 1001',
      'create vehicle 1002',
      `create user ${ownerOf(1001)}`,
      `create user ${ownerOf(1002)}`,
      'link link 1001',
      'link link 1002',
    ]);
  });

  it('links a sold vehicle to its buyer, whose user it creates', () => {
    const state = known(emptyState(), vehicle(1001), { linked: true });
    const buyer = associate(1001, { document: ownerOf(2001), code: '9001' });
    const sold = vehicle(1001, { ownerDocument: buyer.document });

    const result = planOf({
      desired: desiredOf([record(sold, {}, buyer)]),
      state,
      tenant: tenant({ sync: 'both' }),
    });

    expect(steps(result)).toEqual([
      `deactivate user ${ownerOf(1001)}`,
      `create user ${buyer.document}`,
      'link link 1001',
    ]);
    expect(result.actions.at(-1)).toMatchObject({ document: buyer.document });
  });
});

describe('planChanges: users', () => {
  const both = tenant({ sync: 'both' });

  it('keeps a user active while one of their vehicles is', () => {
    const owner = associate(1001);
    const second = vehicle(1002, {
      ownerDocument: owner.document,
      status: 'CANCELADO',
    });
    const state = known(emptyState(), vehicle(1001));

    const result = planOf({
      desired: desiredOf([
        record(vehicle(1001), {}, owner),
        record(second, {}, owner),
      ]),
      state,
      tenant: both,
    });

    expect(steps(result)).not.toContain(`deactivate user ${owner.document}`);
  });

  it('deactivates a user none of whose vehicles is active', () => {
    const state = known(emptyState(), vehicle(1001), { linked: true });
    const desired = desiredOf([record(vehicle(1001, { status: 'CANCELADO' }))]);

    const result = planOf({ desired, state, tenant: both });

    expect(steps(result)).toEqual([
      'deactivate vehicle 1001',
      `deactivate user ${ownerOf(1001)}`,
    ]);
  });

  it('never takes the owner of an unreadable record for an absent user', () => {
    const state = known(emptyState(), vehicle(1001), { linked: true });

    const result = planOf({
      desired: desiredOf([]),
      state,
      tenant: both,
      protectedCodes: new Set(['1001']),
    });

    expect(result.actions).toEqual([]);
  });

  it('never takes the owner for absent when only the associate part was rejected', () => {
    const state = known(emptyState(), vehicle(1001), { linked: true });
    const unreadOwner = { ...record(vehicle(1001)), associate: undefined };

    const result = planOf({
      desired: desiredOf([unreadOwner]),
      state,
      tenant: both,
    });

    expect(result.actions).toEqual([]);
  });

  it('names a user by associate code, never by document', () => {
    const result = planOf({
      desired: desiredOf([record(vehicle(1001))]),
      tenant: both,
    });

    const labels = result.actions.map((a) => a.label);
    expect(labels).toContain('user:associate-8001');
    expect(labels.join()).not.toContain(ownerOf(1001));
  });
});
