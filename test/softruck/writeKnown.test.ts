import type { VehicleAttributes } from '../../functions/softruck/attributes';
import type { SoftruckState } from '../../functions/state/SoftruckStateStore';
import type { VehicleState } from '../../functions/state/types';
import type { Action } from '../../functions/sync/plan';
import { writeKnown } from '../../functions/sync/writeKnown';
import {
  applyContext,
  clientOf,
  ENTERPRISE,
  holdings,
  useSoftruck,
  writesOf,
} from './harness';

const open = useSoftruck();
const GONE = 'Gone00000000001';
const ATTRIBUTES: VehicleAttributes = {
  plate: 'QWE4F21',
  vin: '9BGKS48U0LG123456',
  code: '77',
  color: 'PRATA',
};

const known = (softruckId: string, extra: Partial<VehicleState> = {}) => ({
  code: '77',
  softruckId,
  attributes: ATTRIBUTES,
  active: true,
  lastRunId: '2026-11-30',
  ...extra,
});
const stateWith = (vehicle: VehicleState): SoftruckState => ({
  vehicles: new Map([[vehicle.code, vehicle]]),
  users: new Map(),
});
const update = (softruckId: string, color: string): Action => ({
  type: 'update',
  kind: 'vehicle',
  key: '77',
  label: 'vehicle:77',
  softruckId,
  changes: { color },
  attributes: { ...ATTRIBUTES, color },
});

/** A client that keeps the body of every write it sends. */
function recordingClient(sandbox: Parameters<typeof clientOf>[0]) {
  const bodies: [string, unknown][] = [];
  const client = clientOf(sandbox, {
    fetchImpl: async (url, init) => {
      if (init?.method === 'PATCH' && init.body) {
        bodies.push([String(url), JSON.parse(String(init.body))]);
      }
      return fetch(url, init);
    },
  });
  return { client, bodies };
}

describe('writeKnown', () => {
  it('sends only the changed attributes of an update', async () => {
    // Prepare
    const sandbox = await open();
    const v = sandbox.seedVehicle({
      enterpriseId: ENTERPRISE.id,
      ...ATTRIBUTES,
    });
    const { client, bodies } = recordingClient(sandbox);
    const c = applyContext(sandbox, stateWith(known(v.id)), client);

    // Act
    const outcome = await writeKnown(c, update(v.id, 'PRETO') as never);

    // Assess
    expect(outcome).toEqual({
      key: 'vehicle:77',
      kind: 'vehicle',
      step: 'update',
      outcome: 'updated',
      detail: 'color',
    });
    expect(bodies.map(([, body]) => body)).toEqual([
      { data: { attributes: { color: 'PRETO' } } },
    ]);
    expect(c.state.vehicles.get('77')?.attributes.color).toBe('PRETO');
  });

  it('finds again, by plate, a vehicle whose stored id answers 404', async () => {
    // Prepare
    const sandbox = await open();
    const v = sandbox.seedVehicle({
      enterpriseId: ENTERPRISE.id,
      ...ATTRIBUTES,
    });
    const c = applyContext(
      sandbox,
      stateWith(known(GONE, { linkedUserDocument: '52596589060' })),
    );

    // Act
    const outcome = await writeKnown(c, update(GONE, 'PRETO') as never);

    // Assess
    expect(outcome.outcome).toBe('updated');
    expect(holdings(sandbox).vehicles[0].attributes.color).toBe('PRETO');
    const state = c.state.vehicles.get('77');
    expect(state?.softruckId).toBe(v.id);
    expect(state?.linkedUserDocument).toBeUndefined();
    expect(writesOf(sandbox)).toEqual([
      'PATCH /v2/vehicles/:id',
      'PATCH /v2/vehicles/:id',
    ]);
  });

  it('finds again, by chassis, a vehicle to deactivate whose plate changed', async () => {
    // Prepare
    const sandbox = await open();
    const v = sandbox.seedVehicle({
      enterpriseId: ENTERPRISE.id,
      ...ATTRIBUTES,
      plate: 'RTY5G67',
    });
    const c = applyContext(sandbox, stateWith(known(GONE)));
    const deactivate: Action = {
      type: 'deactivate',
      kind: 'vehicle',
      key: '77',
      label: 'vehicle:77',
      softruckId: GONE,
      reason: 'not active in SGA',
    };

    // Act
    const outcome = await writeKnown(c, deactivate as never);

    // Assess
    expect(outcome).toMatchObject({ outcome: 'deactivated' });
    expect(holdings(sandbox).vehicles[0].deactivatedAt).not.toBeNull();
    expect(c.state.vehicles.get('77')).toMatchObject({
      softruckId: v.id,
      active: false,
    });
  });

  it('forgets a record Softruck no longer holds at all, and says why', async () => {
    // Prepare
    const sandbox = await open();
    const c = applyContext(sandbox, stateWith(known(GONE)));

    // Act
    const writing = writeKnown(c, update(GONE, 'PRETO') as never);

    // Assess
    await expect(writing).rejects.toThrow(/no longer in Softruck; forgotten/);
    expect(c.state.vehicles.has('77')).toBe(false);
    expect(c.store.writes).toEqual([['forgetVehicle', '77']]);
    expect(holdings(sandbox).vehicles).toHaveLength(0);
  });

  it('moves the user links of a user found again under a new id', async () => {
    // Prepare
    const sandbox = await open();
    const cpf = '52596589060';
    const u = sandbox.seedUser({
      enterpriseId: ENTERPRISE.id,
      username: cpf,
      name: 'ANA',
      cpf,
    });
    const state = stateWith(
      known('Veh000000000001', {
        linkedUserDocument: cpf,
        linkedUserId: GONE,
      }),
    );
    state.users.set(cpf, {
      document: cpf,
      label: 'user:associate-9',
      softruckId: GONE,
      attributes: { username: cpf, name: 'ANA', cpf },
      active: false,
      lastRunId: '2026-11-30',
    });
    const c = applyContext(sandbox, state);
    const reactivate: Action = {
      type: 'reactivate',
      kind: 'user',
      key: cpf,
      label: 'user:associate-9',
      softruckId: GONE,
    };

    // Act
    await writeKnown(c, reactivate as never);

    // Assess
    expect(c.state.users.get(cpf)).toMatchObject({
      softruckId: u.id,
      active: true,
    });
    expect(c.state.vehicles.get('77')?.linkedUserId).toBeUndefined();
  });
});
