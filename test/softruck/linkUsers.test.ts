import type { Outcome } from '../../functions/state/OutcomeStore';
import type { SoftruckState } from '../../functions/state/SoftruckStateStore';
import { linkUsers } from '../../functions/sync/linkUsers';
import type { Action } from '../../functions/sync/plan';
import type { SoftruckSandbox } from '../sandbox/softruck';
import { applyContext, ENTERPRISE, useSoftruck, writesOf } from './harness';

const open = useSoftruck();
type Link = Extract<Action, { type: 'link' }>;

/** `n` vehicles and one user per vehicle, in Softruck and in the state. */
function fleet(sandbox: SoftruckSandbox, n: number) {
  const state: SoftruckState = { vehicles: new Map(), users: new Map() };
  const links: Link[] = [];
  for (let i = 1; i <= n; i++) {
    const code = String(i);
    const document = String(10_000_000_000 + i);
    const v = sandbox.seedVehicle({
      enterpriseId: ENTERPRISE.id,
      plate: `ABC${code.padStart(4, '0')}`,
    });
    const u = sandbox.seedUser({
      enterpriseId: ENTERPRISE.id,
      username: document,
      name: 'X',
      cpf: document,
    });
    state.vehicles.set(code, {
      code,
      softruckId: v.id,
      attributes: { plate: v.attributes.plate as string },
      active: true,
      lastRunId: 'r',
    });
    state.users.set(document, {
      document,
      label: `user:associate-${i}`,
      softruckId: u.id,
      attributes: { username: document, name: 'X', cpf: document },
      active: true,
      lastRunId: 'r',
    });
    links.push({
      type: 'link',
      kind: 'link',
      key: code,
      label: `link:${code}`,
      document,
    });
  }
  return { state, links };
}

describe('linkUsers', () => {
  it('links many pairs in one request and remembers each link', async () => {
    // Prepare
    const sandbox = await open();
    const { state, links } = fleet(sandbox, 25);
    const c = applyContext(sandbox, state);
    const outcomes: Outcome[] = [];

    // Act
    await linkUsers(c, links, outcomes);

    // Assess
    expect(writesOf(sandbox)).toEqual(['POST /v2/vehicles/associations/users']);
    expect(sandbox.userLinks()).toHaveLength(25);
    expect(outcomes.every((o) => o.outcome === 'linked')).toBe(true);
    const first = c.state.vehicles.get('1');
    expect(first?.linkedUserId).toBe(
      c.state.users.get(links[0].document)?.softruckId,
    );
  });

  it('removes the seller link of a sold vehicle, and only that link', async () => {
    // Prepare
    const sandbox = await open();
    const { state, links } = fleet(sandbox, 2);
    const seller = state.users.get(links[1].document)!;
    const car = state.vehicles.get('1')!;
    sandbox.seedUserLink({
      vehicleId: car.softruckId,
      userId: seller.softruckId,
    });
    state.vehicles.set('1', {
      ...car,
      linkedUserDocument: seller.document,
      linkedUserId: seller.softruckId,
    });
    sandbox.seedDeviceLink({
      vehicleId: car.softruckId,
      deviceId: 'Dev000000000001',
    });
    const c = applyContext(sandbox, state);
    const outcomes: Outcome[] = [];

    // Act
    await linkUsers(c, [links[0]], outcomes);

    // Assess
    const buyer = state.users.get(links[0].document)!;
    expect(sandbox.userLinks()).toEqual([
      { vehicleId: car.softruckId, userId: buyer.softruckId },
    ]);
    expect(outcomes[0].detail).toBe('replaced the previous user');
    expect(sandbox.deviceLinkWrites()).toEqual([]);
    expect(sandbox.deviceLinks()).toHaveLength(1);
  });

  it('ends with one link when the answer of the link was lost', async () => {
    // Prepare
    const sandbox = await open({ faults: { loseAnswerNext: 1 } });
    const { state, links } = fleet(sandbox, 1);
    const c = applyContext(sandbox, state);
    const outcomes: Outcome[] = [];

    // Act
    await linkUsers(c, links, outcomes);

    // Assess
    expect(sandbox.userLinks()).toHaveLength(1);
    expect(outcomes.map((o) => o.outcome)).toEqual(['linked']);
  });

  it('fails a link whose vehicle was not created, and makes no call for it', async () => {
    // Prepare
    const sandbox = await open();
    const { state, links } = fleet(sandbox, 1);
    state.vehicles.clear();
    const c = applyContext(sandbox, state);
    const outcomes: Outcome[] = [];

    // Act
    await linkUsers(c, links, outcomes);

    // Assess
    expect(outcomes).toEqual([
      {
        key: 'link:1',
        kind: 'link',
        step: 'link',
        outcome: 'failed',
        detail: 'vehicle or user not created',
      },
    ]);
    expect(sandbox.requests).toEqual([]);
  });
});
