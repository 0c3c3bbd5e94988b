import { isObject } from '../attributes';
import { unauthorized, validationFailed, type Problem } from '../errors';
import type { Route } from '../router';
import type { RouteDeps } from './RouteDeps';

/** `POST /auth/login` and `POST /auth/refresh-token`. */
export function authRoutes({ accounts, tokens }: RouteDeps): Route[] {
  return [
    {
      method: 'POST',
      pattern: '/auth/login',
      public: true,
      handle(ctx) {
        const { username, password } = readStrings(ctx.json(), [
          'username',
          'password',
        ]);
        const known = accounts.some(
          (account) =>
            account.publicKey === ctx.account &&
            account.username === username &&
            account.password === password,
        );
        if (!known) throw unauthorized('invalid credentials');
        return { status: 200, body: { data: tokens.grant(ctx.account) } };
      },
    },
    {
      method: 'POST',
      pattern: '/auth/refresh-token',
      public: true,
      handle(ctx) {
        const body = readStrings(ctx.json(), ['auth_token', 'refresh_token']);
        const pair = tokens.refresh(
          body.auth_token,
          body.refresh_token,
          ctx.account,
        );
        if (!pair) throw unauthorized('invalid refresh token');
        return { status: 200, body: { data: pair } };
      },
    },
  ];
}

function readStrings<K extends string>(
  body: unknown,
  names: K[],
): Record<K, string> {
  const problems: Problem[] = [];
  const read = {} as Record<K, string>;
  for (const name of names) {
    const value = isObject(body) ? body[name] : undefined;
    if (typeof value === 'string') read[name] = value;
    else problems.push({ path: name, message: 'must be a string' });
  }
  if (problems.length > 0) throw validationFailed(problems);
  return read;
}
