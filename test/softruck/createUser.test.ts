import { createUser } from '../../functions/sync/createUser';
import {
  applyContext,
  ENTERPRISE,
  holdings,
  OTHER_ENTERPRISE,
  useSoftruck,
  userCreate,
  writesOf,
} from './harness';

const open = useSoftruck();
const CPF = '52596589060';

describe('createUser', () => {
  it('creates the user in the tenant enterprise with a role, in one request', async () => {
    // Prepare
    const sandbox = await open();
    const c = applyContext(sandbox);

    // Act
    const outcome = await createUser(c, userCreate(CPF));

    // Assess
    expect(outcome.outcome).toBe('created');
    const [user] = holdings(sandbox).users;
    expect(user).toMatchObject({ roleIds: ['driver'] });
    expect(user.attributes).toMatchObject({ username: CPF, cpf: CPF });
    expect(c.state.users.get(CPF)?.softruckId).toBe(user.id);
    expect(writesOf(sandbox)).toEqual(['POST /v2/users']);
  });

  it('adopts the user, without a duplicate, when the answer is lost', async () => {
    // Prepare
    const sandbox = await open({ faults: { loseAnswerNext: 1 } });
    const c = applyContext(sandbox);

    // Act
    const outcome = await createUser(c, userCreate(CPF));

    // Assess
    expect(outcome.detail).toBe('adopted the existing Softruck record');
    const users = holdings(sandbox).users;
    expect(users).toHaveLength(1);
    expect(c.state.users.get(CPF)?.softruckId).toBe(users[0].id);
  });

  it('adopts a user made by hand with the CPF, keeping its username', async () => {
    // Prepare
    const sandbox = await open();
    const seeded = sandbox.seedUser({
      enterpriseId: ENTERPRISE.id,
      username: 'ana.silva',
      name: 'ANA',
      cpf: CPF,
    });
    const c = applyContext(sandbox);

    // Act
    await createUser(c, userCreate(CPF, { name: 'ANA MARIA DA SILVA' }));

    // Assess
    const [user] = holdings(sandbox).users;
    expect(user.id).toBe(seeded.id);
    expect(user.attributes).toMatchObject({
      username: 'ana.silva',
      name: 'ANA MARIA DA SILVA',
    });
    expect(c.state.users.get(CPF)?.attributes.username).toBe('ana.silva');
  });

  it('gives the same associate in a second tenant a tenant username', async () => {
    // Prepare
    const sandbox = await open();
    const other = sandbox.seedUser({
      enterpriseId: OTHER_ENTERPRISE.id,
      username: CPF,
      name: 'ANA',
      cpf: CPF,
    });
    const c = applyContext(sandbox);

    // Act
    const outcome = await createUser(c, userCreate(CPF));

    // Assess
    expect(outcome).toMatchObject({
      outcome: 'created',
      detail: 'username taken in another enterprise; tenant username used',
    });
    const [mine] = holdings(sandbox).users;
    expect(mine.attributes).toMatchObject({
      username: `${CPF}-alfa`,
      cpf: CPF,
    });
    expect(c.state.users.get(CPF)?.attributes.username).toBe(`${CPF}-alfa`);
    expect(sandbox.users().find((u) => u.id === other.id)).toEqual(other);
  });

  it('adopts, without a duplicate, a tenant-username user whose answer was lost', async () => {
    // Prepare
    const sandbox = await open();
    sandbox.seedUser({
      enterpriseId: OTHER_ENTERPRISE.id,
      username: CPF,
      name: 'ANA',
      cpf: CPF,
    });
    const c = applyContext(sandbox);
    await c.api.enterprise(ENTERPRISE.id);
    sandbox.setFaults({ loseAnswerNext: 1 });

    // Act
    const first = await createUser(c, userCreate(CPF));

    // Assess
    expect(first.outcome).toBe('created');
    expect(holdings(sandbox).users).toHaveLength(1);
    expect(sandbox.faults().loseAnswerNext).toBe(0);
  });

  it('fails the user when the tenant username is taken elsewhere too', async () => {
    // Prepare
    const sandbox = await open();
    for (const username of [CPF, `${CPF}-alfa`]) {
      sandbox.seedUser({
        enterpriseId: OTHER_ENTERPRISE.id,
        username,
        name: 'SOMEONE',
      });
    }
    const c = applyContext(sandbox);

    // Act
    const outcome = await createUser(c, userCreate(CPF));

    // Assess
    expect(outcome).toMatchObject({ outcome: 'failed' });
    expect(holdings(sandbox).users).toHaveLength(0);
    expect(c.state.users.size).toBe(0);
  });
});
