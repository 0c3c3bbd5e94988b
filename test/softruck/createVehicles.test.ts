import type { Outcome } from '../../functions/state/OutcomeStore';
import { createVehicles } from '../../functions/sync/createVehicles';
import {
  applyContext,
  ENTERPRISE,
  holdings,
  OTHER_ENTERPRISE,
  useSoftruck,
  vehicleCreate,
  writesOf,
} from './harness';

const open = useSoftruck();
const batchOf = (n: number) =>
  Array.from({ length: n }, (_, i) => vehicleCreate(String(i + 1)));

describe('createVehicles', () => {
  it('creates a batch in one request and remembers every id', async () => {
    // Prepare
    const sandbox = await open();
    const c = applyContext(sandbox);
    const outcomes: Outcome[] = [];

    // Act
    await createVehicles(c, batchOf(3), outcomes);

    // Assess
    expect(writesOf(sandbox)).toEqual(['POST /v2/vehicles']);
    const held = holdings(sandbox).vehicles;
    expect(held.map((v) => v.attributes.code)).toEqual(['1', '2', '3']);
    expect([...c.state.vehicles.values()].map((v) => v.softruckId)).toEqual(
      held.map((v) => v.id),
    );
    expect(outcomes.map((o) => o.outcome)).toEqual([
      'created',
      'created',
      'created',
    ]);
  });

  it('adopts the whole batch, without a duplicate, when its answer is lost', async () => {
    // Prepare
    const sandbox = await open({ faults: { loseAnswerNext: 1 } });
    const c = applyContext(sandbox);
    const outcomes: Outcome[] = [];

    // Act
    await createVehicles(c, batchOf(5), outcomes);

    // Assess
    const held = holdings(sandbox).vehicles;
    expect(held).toHaveLength(5);
    const ids = new Map(held.map((v) => [v.attributes.code, v.id]));
    for (const [code, state] of c.state.vehicles) {
      expect(state.softruckId).toBe(ids.get(code));
    }
    expect(outcomes.map((o) => o.detail)).toEqual(
      Array(5).fill('adopted the existing Softruck record'),
    );
    // The lost answer, its retry, the retry of the rest; one lookup each.
    expect(writesOf(sandbox)).toEqual(Array(3).fill('POST /v2/vehicles'));
    expect(sandbox.requests.filter((r) => r.method === 'GET')).toHaveLength(5);
  });

  it('adopts a vehicle made by hand, writes what differs and switches it on', async () => {
    // Prepare
    const sandbox = await open();
    const seeded = sandbox.seedVehicle({
      enterpriseId: ENTERPRISE.id,
      plate: 'ABC0002',
      color: 'AZUL',
      deactivatedAt: '2026-01-01T00:00:00.000Z',
    });
    const c = applyContext(sandbox);
    const outcomes: Outcome[] = [];
    const batch = batchOf(3);
    batch[1].attributes.color = 'PRATA';

    // Act
    await createVehicles(c, batch, outcomes);

    // Assess
    const held = holdings(sandbox).vehicles;
    expect(held).toHaveLength(3);
    const adopted = held.find((v) => v.id === seeded.id);
    expect(adopted?.attributes).toMatchObject({ code: '2', color: 'PRATA' });
    expect(adopted?.deactivatedAt).toBeNull();
    expect(c.state.vehicles.get('2')?.softruckId).toBe(seeded.id);
    expect(writesOf(sandbox)).toEqual([
      'POST /v2/vehicles',
      'PATCH /v2/vehicles/:id',
      'PATCH /v2/vehicles/:id/status/activation',
      'POST /v2/vehicles',
    ]);
  });

  it('never adopts a vehicle of another enterprise with the same plate', async () => {
    // Prepare
    const sandbox = await open();
    const foreign = sandbox.seedVehicle({
      enterpriseId: OTHER_ENTERPRISE.id,
      plate: 'ABC0001',
    });
    const c = applyContext(sandbox);

    // Act
    await createVehicles(c, batchOf(1), []);

    // Assess
    expect(holdings(sandbox).vehicles).toHaveLength(1);
    expect(c.state.vehicles.get('1')?.softruckId).not.toBe(foreign.id);
  });

  it('never lets two vehicle codes share one Softruck vehicle', async () => {
    // Prepare
    const sandbox = await open();
    const c = applyContext(sandbox);
    const unplated = (code: string) =>
      vehicleCreate(code, { plate: 'SP8U0LG123456', vin: '9BGKS48U0LG123456' });
    const outcomes: Outcome[] = [];

    // Act
    await createVehicles(c, [unplated('1'), unplated('2')], outcomes);

    // Assess
    expect(holdings(sandbox).vehicles).toHaveLength(1);
    expect(outcomes.map((o) => [o.key, o.outcome, o.detail])).toEqual([
      ['vehicle:1', 'created', undefined],
      ['vehicle:2', 'failed', 'same Softruck vehicle as vehicle 1'],
    ]);
    expect(c.state.vehicles.has('2')).toBe(false);
  });

  it('fails the record Softruck refuses, with its field, and creates the rest', async () => {
    // Prepare
    const sandbox = await open();
    const c = applyContext(sandbox);
    const outcomes: Outcome[] = [];
    const batch = batchOf(3);
    batch[1].attributes.plate = 'X'.repeat(20);

    // Act
    await createVehicles(c, batch, outcomes);

    // Assess
    expect(outcomes.find((o) => o.key === 'vehicle:2')).toEqual({
      key: 'vehicle:2',
      kind: 'vehicle',
      step: 'create',
      outcome: 'failed',
      detail: 'POST /vehicles: validation failed at data.1.attributes.plate',
    });
    expect(holdings(sandbox).vehicles.map((v) => v.attributes.code)).toEqual([
      '1',
      '3',
    ]);
    expect(writesOf(sandbox)).toEqual([
      'POST /v2/vehicles',
      'POST /v2/vehicles',
    ]);
  });

  it('creates once a batch whose first try failed unprocessed', async () => {
    // Prepare
    const sandbox = await open();
    const c = applyContext(sandbox);
    await c.api.enterprise(ENTERPRISE.id);
    sandbox.setFaults({ failNext: 1 });

    // Act
    await createVehicles(c, batchOf(4), []);

    // Assess
    expect(holdings(sandbox).vehicles).toHaveLength(4);
    expect(writesOf(sandbox)).toEqual([
      'POST /v2/vehicles',
      'POST /v2/vehicles',
    ]);
  });
});
