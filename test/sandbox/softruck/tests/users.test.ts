import {
  useSandboxes,
  ENTERPRISE_A,
  ENTERPRISE_B,
  START,
  signIn,
  userBody,
  type Json,
} from './harness';

const { open: openSandbox } = useSandboxes();

describe('users', () => {
  const ANA = {
    username: '12345678909',
    name: 'Ana Souza',
    cpf: '12345678909',
    birthdate: '1980-05-17',
    email: 'ana@example.com',
  };

  it('creates a user with its enterprise and roles', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);

    // Act
    const answer = await api('POST', '/users', userBody(ANA));

    // Assess
    expect(answer.status).toBe(201);
    expect(answer.body.data).toMatchObject({
      type: 'users',
      attributes: { ...ANA, deactivated_at: null },
      relationships: {
        enterprise: { data: { type: 'enterprise', id: ENTERPRISE_A.id } },
        roles: { data: [{ type: 'roles', id: 'driver' }] },
      },
    });
    expect(sandbox.users()).toEqual([
      expect.objectContaining({
        id: answer.body.data.id,
        enterpriseId: ENTERPRISE_A.id,
        roleIds: ['driver'],
      }),
    ]);
  });

  it.each([
    ['cpf', 'users.cpf', '12345678909'],
    ['username', 'users.username', 'ana'],
  ])('finds a user by %s', async (_name, field, value) => {
    // Prepare
    const sandbox = await openSandbox();
    const seeded = sandbox.seedUser({
      enterpriseId: ENTERPRISE_A.id,
      username: 'ana',
      name: 'Ana',
      cpf: '12345678909',
    });
    sandbox.seedUser({
      enterpriseId: ENTERPRISE_A.id,
      username: 'bia',
      name: 'Bia',
    });
    const api = await signIn(sandbox);

    // Act
    const answer = await api('GET', `/users?filters[${field}][eq]=${value}`);

    // Assess
    expect(answer.body.data.map((u: Json) => u.id)).toEqual([seeded.id]);
  });

  it.each([
    [
      'a missing username',
      { ...ANA, username: undefined },
      'data.attributes.username',
    ],
    ['a missing name', { ...ANA, name: undefined }, 'data.attributes.name'],
    [
      'a cpf with punctuation',
      { ...ANA, cpf: '123.456.789-09' },
      'data.attributes.cpf',
    ],
    [
      'a birthdate in another format',
      { ...ANA, birthdate: '17/05/1980' },
      'data.attributes.birthdate',
    ],
    [
      'a birthdate that is no day',
      { ...ANA, birthdate: '2001-02-30' },
      'data.attributes.birthdate',
    ],
    ['a malformed email', { ...ANA, email: 'ana@' }, 'data.attributes.email'],
  ])('refuses %s with its path', async (_case, attributes, path) => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);

    // Act
    const answer = await api('POST', '/users', userBody(attributes));

    // Assess
    expect(answer.status).toBe(400);
    expect(answer.body.details.map((d: Json) => d.path)).toEqual([path]);
    expect(sandbox.users()).toEqual([]);
  });

  it('refuses a user without a role', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);
    const body = userBody(ANA);
    body.data.relationships.roles = { data: [] };

    // Act
    const answer = await api('POST', '/users', body);

    // Assess
    expect(answer.body.details[0].path).toBe('data.relationships.roles');
  });

  it('refuses a user of an enterprise that does not exist', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);

    // Act
    const answer = await api(
      'POST',
      '/users',
      userBody(ANA, 'nosuchenterpris'),
    );

    // Assess
    expect(answer.body.details[0].path).toBe('data.relationships.enterprise');
  });

  it('answers Already Exists for a username taken anywhere', async () => {
    // Prepare
    const sandbox = await openSandbox();
    sandbox.seedUser({
      enterpriseId: ENTERPRISE_B.id,
      username: ANA.username,
      name: 'Someone',
    });
    const api = await signIn(sandbox);

    // Act
    const answer = await api('POST', '/users', userBody(ANA));

    // Assess
    expect(answer.text).toContain('Already Exists');
  });

  it('answers Already Exists for a cpf taken in the enterprise', async () => {
    // Prepare
    const sandbox = await openSandbox();
    sandbox.seedUser({
      enterpriseId: ENTERPRISE_A.id,
      username: 'ana-by-hand',
      name: 'Ana',
      cpf: ANA.cpf,
    });
    const api = await signIn(sandbox);

    // Act
    const answer = await api('POST', '/users', userBody(ANA));

    // Assess
    expect(answer.text).toContain('Already Exists');
    expect(sandbox.users()).toHaveLength(1);
  });

  it('creates a cpf that exists only in another enterprise', async () => {
    // Prepare
    const sandbox = await openSandbox();
    sandbox.seedUser({
      enterpriseId: ENTERPRISE_B.id,
      username: 'ana-elsewhere',
      name: 'Ana',
      cpf: ANA.cpf,
    });
    const api = await signIn(sandbox);

    // Act
    const answer = await api('POST', '/users', userBody(ANA));

    // Assess
    expect(answer.status).toBe(201);
  });

  it('updates the attributes sent and keeps usernames unique', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const ana = sandbox.seedUser({
      enterpriseId: ENTERPRISE_A.id,
      username: 'ana',
      name: 'Ana',
    });
    sandbox.seedUser({
      enterpriseId: ENTERPRISE_A.id,
      username: 'bia',
      name: 'Bia',
    });
    const api = await signIn(sandbox);

    // Act
    const renamed = await api('PATCH', `/users/${ana.id}`, {
      data: { attributes: { name: 'Ana Souza', phone1: '11999998888' } },
    });
    const clash = await api('PATCH', `/users/${ana.id}`, {
      data: { attributes: { username: 'BIA' } },
    });

    // Assess
    expect(renamed.status).toBe(200);
    expect(clash.text).toContain('Already Exists');
    expect(sandbox.users()[0].attributes).toMatchObject({
      username: 'ana',
      name: 'Ana Souza',
      phone1: '11999998888',
    });
  });

  it('answers 404 to an update of an unknown user', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const api = await signIn(sandbox);

    // Act
    const answer = await api('PATCH', '/users/AAAAAAAAAAAAAAA', {
      data: { attributes: { name: 'X' } },
    });

    // Assess
    expect(answer.status).toBe(404);
  });

  it('deactivates and activates a user', async () => {
    // Prepare
    const sandbox = await openSandbox();
    const ana = sandbox.seedUser({
      enterpriseId: ENTERPRISE_A.id,
      username: 'ana',
      name: 'Ana',
    });
    const api = await signIn(sandbox);

    // Act
    await api('PATCH', `/users/${ana.id}/status/deactivation`);
    const offState = sandbox.users()[0].deactivatedAt;
    await api('PATCH', `/users/${ana.id}/status/activation`);

    // Assess
    expect(offState).toBe(new Date(START).toISOString());
    expect(sandbox.users()[0].deactivatedAt).toBeNull();
  });
});
