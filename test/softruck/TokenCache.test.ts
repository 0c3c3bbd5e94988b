import {
  jwtExpiry,
  type LifetimeMemory,
  TokenCache,
} from '../../functions/softruck/TokenCache';

const CREDENTIALS = {
  username: 'sync',
  password: 'secret',
  publicKey: 'pk-1',
};
const MINUTE = 60_000;

/** A JWT-shaped token whose claims say it expires at `expMs`. */
const jwt = (expMs: number) =>
  [
    Buffer.from('{"alg":"none"}').toString('base64url'),
    Buffer.from(JSON.stringify({ exp: expMs / 1000 })).toString('base64url'),
    'signature',
  ].join('.');

/** A cache on a hand-moved clock, and a login that counts itself. */
function cacheWith(tokens: (n: number) => string, memory?: LifetimeMemory) {
  let clock = 1_000_000;
  let logins = 0;
  const cache = new TokenCache(() => clock, memory);
  const login = async () => tokens(++logins);
  return {
    cache,
    token: () => cache.token(CREDENTIALS, login),
    advance: (ms: number) => (clock += ms),
    now: () => clock,
    logins: () => logins,
  };
}

/** Uses the token `times` times, one second apart. */
async function use(world: ReturnType<typeof cacheWith>, times: number) {
  let token = '';
  for (let i = 0; i < times; i++) {
    token = await world.token();
    world.advance(1000);
  }
  return token;
}

describe('TokenCache', () => {
  it('learns how long a token lasts from its refusal, and renews the next one before that', async () => {
    const world = cacheWith((n) => `opaque-${n}`);
    const first = await use(world, 60);
    world.advance(40 * MINUTE);
    await world.cache.refused(first);
    // The first token lasted 41 minutes: the next is renewed at 98%,
    // 40 minutes and 11 seconds after its login.
    const second = await world.token();
    expect(second).toBe('opaque-2');
    world.advance(40 * MINUTE);
    expect(await world.token()).toBe('opaque-2');
    world.advance(MINUTE / 2);
    expect(await world.token()).toBe('opaque-3');
    expect(world.logins()).toBe(3);
  });

  it('keeps a lifetime it learned in its memory, for other processes', async () => {
    const kept: number[] = [];
    const memory = {
      recall: async () => undefined,
      remember: async (ms: number) => void kept.push(ms),
    };
    const world = cacheWith((n) => `opaque-${n}`, memory);
    const first = await use(world, 60);
    world.advance(40 * MINUTE);

    await world.cache.refused(first);

    expect(kept).toEqual([41 * MINUTE]);
  });

  it('renews before a lifetime another process learned, without a refusal of its own', async () => {
    const recall = jest.fn(async () => 30 * MINUTE);
    const memory = { recall, remember: async () => undefined };
    const world = cacheWith((n) => `opaque-${n}`, memory);

    expect(await world.token()).toBe('opaque-1');
    world.advance(29 * MINUTE);
    expect(await world.token()).toBe('opaque-1');
    world.advance(MINUTE / 2);
    expect(await world.token()).toBe('opaque-2');
    expect(recall).toHaveBeenCalledTimes(1);
  });

  it('logs in when its memory cannot be read', async () => {
    const memory = {
      recall: () => Promise.reject(new Error('table unreachable')),
      remember: async () => undefined,
    };
    const world = cacheWith((n) => `opaque-${n}`, memory);

    expect(await world.token()).toBe('opaque-1');
    world.advance(600 * MINUTE);
    expect(await world.token()).toBe('opaque-1');
  });

  it('learns nothing from a token refused before much use (revoked, say)', async () => {
    const world = cacheWith((n) => `opaque-${n}`);
    const first = await use(world, 3);
    await world.cache.refused(first);
    await world.token();
    world.advance(600 * MINUTE);
    expect(await world.token()).toBe('opaque-2');
  });

  it('renews a JWT a minute before the expiry it states', async () => {
    const world = cacheWith(() => jwt(world.now() + 30 * MINUTE));
    const first = await world.token();
    world.advance(28 * MINUTE);
    expect(await world.token()).toBe(first);
    world.advance(MINUTE + 1);
    const second = await world.token();
    expect(second).not.toBe(first);
    expect(world.logins()).toBe(2);
  });

  it('does not renew at every request a JWT that is stale when granted', async () => {
    const world = cacheWith((n) => `${jwt(world.now() - MINUTE)}${n}`);
    await use(world, 5);
    expect(world.logins()).toBe(1);
  });

  it('reads no expiry from a token that is not a JWT', () => {
    expect(jwtExpiry('abc123')).toBeUndefined();
    expect(jwtExpiry('a.b.c')).toBeUndefined();
    expect(jwtExpiry(jwt(5_000_000))).toBe(5_000_000);
  });
});
